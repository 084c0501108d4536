import { cleanArticle } from '../clean-article';
import { BoilerplateModel } from './boilerplate-model';
import { hasChromeShape } from './learned-chrome';

/** A running story: every update repeats the same 28-word background paragraph. */
const BACKGROUND =
  'The storm, the strongest to hit the coast in a decade, has cut power to more than 200,000 homes and closed ' +
  'every port in the region since Sunday.';
const updates = [
  'Rescue teams reached the northern villages on Tuesday morning after the roads were cleared.',
  'The government said on Tuesday it would send an extra 500 soldiers to help with the clean-up.',
  'Ferries resumed a limited service between the islands on Tuesday afternoon, the operator said.',
  'Schools in the three worst-hit districts will stay closed until Friday, officials announced.',
  'Insurers estimated the damage at about 1.2 billion euros in a first assessment on Tuesday.',
  'Electricity was restored to half of the homes that lost power, the grid operator said on Wednesday.',
  'The port of the regional capital reopened to cargo ships on Wednesday morning after inspections.',
  'The weather service lifted its last storm warning for the coast on Wednesday evening.',
];
const quote = (n: number) =>
  `“We are doing everything we can,” said the regional governor in statement number ${n + 1} of the day.`;

function storyHtml(n: number): string {
  return `<p>${updates[n]}</p><p>${BACKGROUND}</p><p>${quote(n)}</p>`;
}

describe('learned chrome is chrome, not a running story’s background', () => {
  it.each(['unknown', 'edited'] as const)(
    'keeps a background paragraph repeated in 8 stories of one source (%s)',
    (provenance) => {
      const model = new BoilerplateModel({ replicaId: 'r1' });
      const results = updates.map((_, n) =>
        cleanArticle(
          { body: storyHtml(n), contentType: 'text/html', title: `Storm update ${n + 1}`, source: 'wire', provenance },
          { boilerplate: model, documentKey: `storm-${n}` },
        ),
      );
      // The model does see the paragraph as recurring: it is the shape that keeps it.
      expect(model.isBoilerplate('wire', BACKGROUND)).toBe(true);
      for (const [n, r] of results.entries()) {
        expect(r.paragraphs).toEqual([updates[n], BACKGROUND, quote(n)]);
        expect(r.wordCount).toBe(r.inputWords);
      }
    },
  );

  it('still removes a recurring short line (a sign-off, a promo label) from the same stories', () => {
    const model = new BoilerplateModel({ replicaId: 'r1' });
    let last = cleanArticle({ body: '', contentType: 'text/html' });
    for (let n = 0; n < 8; n++) {
      last = cleanArticle(
        {
          body: `${storyHtml(n)}<p>More from Example Wire</p>`,
          contentType: 'text/html',
          title: `Storm update ${n + 1}`,
          source: 'wire',
          provenance: 'edited',
        },
        { boilerplate: model, documentKey: `storm-${n}` },
      );
    }
    expect(last.paragraphs).toEqual([updates[7], BACKGROUND, quote(7)]);
  });
});

describe('a recurring prose paragraph', () => {
  const PROMO = 'Gazette readers can collect their free wall calendar at the front desk on Main Street.';

  it('is chrome at an edge of the text once it recurred in 30+ stories of the source', () => {
    const model = new BoilerplateModel({ replicaId: 'r1' });
    const body = (n: number) => `<p>${updates[n % 8]} (${n})</p><p>${quote(n)}</p><p>${PROMO}</p>`;
    const clean = (n: number) =>
      cleanArticle(
        { body: body(n), contentType: 'text/html', title: `Story ${n}`, source: 'gazette', provenance: 'edited' },
        { boilerplate: model, documentKey: `g-${n}` },
      );
    for (let n = 0; n < 10; n++) expect(clean(n).paragraphs).toContain(PROMO);
    for (let n = 10; n < 40; n++) clean(n);
    expect(clean(40).paragraphs).not.toContain(PROMO);
  });

  it('is story in the middle of the text, however often it recurs', () => {
    const model = new BoilerplateModel({ replicaId: 'r1' });
    let last = cleanArticle({ body: '', contentType: 'text/html' });
    for (let n = 0; n < 40; n++) {
      last = cleanArticle(
        {
          body: storyHtml(n % 8).replace('<p>', `<p>(${n}) `),
          contentType: 'text/html',
          title: `Storm update ${n + 1}`,
          source: 'wire',
          provenance: 'edited',
        },
        { boilerplate: model, documentKey: `storm-${n}` },
      );
    }
    expect(last.paragraphs).toContain(BACKGROUND);
  });
});

describe('hasChromeShape', () => {
  it.each([
    ['More from Example Wire', true],
    ['Follow us on Twitter', true],
    ['Share this article', true],
    ['Reporting by Jane Doe; editing by John Roe', true],
    [BACKGROUND, false],
    ['The port reopened on Wednesday after the inspections were completed.', false],
    ['Team\tPts\nArsenal\t12', false],
  ])('%j → %s', (line, expected) => {
    expect(hasChromeShape(line)).toBe(expected);
  });
});
