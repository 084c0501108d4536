import { cleanArticle } from '../clean-article';
import { BoilerplateModel } from './boilerplate-model';

/** A synthetic source: every article carries the same chrome lines around its own story. */
const CHROME = [
  'Follow The Example Times for the latest updates on every story',
  'Our journalism depends on readers like you and we thank you for reading us today',
  'The Example Times is published by Example Media Group in association with partners',
];
const WORDS = 'river council budget school harbour festival election museum railway hospital market bridge'.split(' ');

function story(n: number): string[] {
  const w = (k: number) => WORDS[(n * 7 + k) % WORDS.length];
  return [
    `Article ${n}: the ${w(1)} committee met on day ${n} and discussed how the ${w(2)} would change the town ` +
      `over the next ${n + 2} years.`,
    `Residents said the ${w(3)} plan number ${n} was unexpected, and several of them asked for a public meeting ` +
      `about the ${w(4)} before any decision.`,
    `A spokesperson for the ${w(5)} confirmed that figure ${n * 13} was accurate and promised a full report by ` +
      `the end of the month.`,
  ];
}

const articleLines = (n: number) => [CHROME[0], ...story(n), CHROME[1], CHROME[2]];

describe('BoilerplateModel', () => {
  it('learns the chrome a source repeats across 30+ articles and removes only it', () => {
    const model = new BoilerplateModel({ replicaId: 'r1' });
    for (let n = 0; n < 35; n++) model.learn('example-times', `a${n}`, articleLines(n));
    const fresh = articleLines(100);
    expect(model.filter('example-times', fresh)).toEqual(story(100));
    for (const line of CHROME) expect(model.isBoilerplate('example-times', line)).toBe(true);
    // Another source has learned nothing.
    expect(model.filter('other-source', fresh)).toEqual(fresh);
  });

  it('forgets one replica slice of a source, keeping the others', () => {
    const a = new BoilerplateModel({ replicaId: 'r1' });
    for (let n = 0; n < 35; n++) a.learn('example-times', `a${n}`, articleLines(n));
    const b = new BoilerplateModel({ replicaId: 'r2' });
    b.merge(a.snapshot(true));
    for (let n = 35; n < 70; n++) b.learn('example-times', `a${n}`, articleLines(n));
    expect(b.stats().slices).toBe(2);

    expect(b.forget('example-times', 'r1')).toBe(true);
    expect(b.stats()).toMatchObject({ sources: 1, slices: 1 });
    // r2's own 35 articles still make the chrome.
    expect(b.filter('example-times', articleLines(100))).toEqual(story(100));

    expect(b.forget('example-times', 'r2')).toBe(true);
    expect(b.stats()).toMatchObject({ sources: 0, slices: 0 });
    expect(b.filter('example-times', articleLines(100))).toEqual(articleLines(100));
    expect(b.forget('example-times', 'r2')).toBe(false);
  });

  it('does not treat a story as chrome when only a few articles were seen, nor when one article is re-sent', () => {
    const model = new BoilerplateModel({ replicaId: 'r1' });
    for (let n = 0; n < 3; n++) model.learn('s', `a${n}`, articleLines(n));
    expect(model.isBoilerplate('s', CHROME[0])).toBe(false);
    for (let v = 0; v < 10; v++) model.learn('s', 'same-article', articleLines(7));
    expect(model.isBoilerplate('s', story(7)[0])).toBe(false);
  });

  it('works through cleanArticle: learning as articles stream in', () => {
    const model = new BoilerplateModel({ replicaId: 'r1' });
    const outputs = Array.from({ length: 32 }, (_, n) =>
      cleanArticle(
        {
          body: articleLines(n).join('\n\n'),
          contentType: 'text/plain',
          title: `Story ${n}`,
          source: 'example-times',
          url: `https://example.com/${n}`,
        },
        { boilerplate: model },
      ),
    );
    const last = outputs[outputs.length - 1];
    expect(last.paragraphs).toEqual(story(31));
    for (const chrome of CHROME) expect(last.text).not.toContain(chrome.slice(0, 30));
  });

  it('snapshots to JSON and restores after a restart', () => {
    const model = new BoilerplateModel({ replicaId: 'r1' });
    for (let n = 0; n < 30; n++) model.learn('s', `a${n}`, articleLines(n));
    const json = JSON.stringify(model.snapshot());
    const restored = BoilerplateModel.fromSnapshot(JSON.parse(json), { replicaId: 'r1' });
    expect(restored.filter('s', articleLines(99))).toEqual(story(99));
    expect(restored.snapshot()).toEqual(model.snapshot());
  });

  it('merges replicas: idempotent, order-independent, no double counting', () => {
    const a = new BoilerplateModel({ replicaId: 'a' });
    const b = new BoilerplateModel({ replicaId: 'b' });
    // Each replica alone sees too few articles to be sure.
    for (let n = 0; n < 3; n++) a.learn('s', `a${n}`, articleLines(n));
    for (let n = 3; n < 6; n++) b.learn('s', `b${n}`, articleLines(n));
    expect(a.isBoilerplate('s', CHROME[1])).toBe(false);
    a.merge(b.snapshot(true));
    b.merge(a.snapshot(true));
    expect(a.isBoilerplate('s', CHROME[1])).toBe(true);
    expect(b.isBoilerplate('s', CHROME[1])).toBe(true);
    const before = JSON.stringify(a.snapshot());
    a.merge(b.snapshot());
    a.merge(b.snapshot());
    expect(JSON.stringify(a.snapshot())).toBe(before);
  });

  it('rejects a malformed snapshot without changing state', () => {
    const model = new BoilerplateModel({ replicaId: 'a' });
    model.learn('s', 'k', ['x']);
    const before = JSON.stringify(model.snapshot());
    expect(() => model.merge({ version: 2 })).toThrow(/invalid boilerplate snapshot/);
    expect(() => model.merge({ version: 1, sources: { s: { b: { documents: 'x' } } } })).toThrow(/documents/);
    expect(JSON.stringify(model.snapshot())).toBe(before);
  });

  it('keeps memory bounded and forgets chrome a source stopped using', () => {
    const model = new BoilerplateModel({
      replicaId: 'a',
      maxLinesPerSource: 100,
      maxSources: 5,
      halfLifeDocuments: 20,
    });
    for (let n = 0; n < 200; n++)
      model.learn(
        's',
        `k${n}`,
        [`unique line ${n} with words`, 'old footer line', ...(n >= 100 ? ['new footer line'] : [])]
          .slice(0, n < 100 ? 2 : 3)
          .filter((l) => n < 100 || l !== 'old footer line'),
      );
    expect(model.stats().lines).toBeLessThanOrEqual(100);
    expect(model.isBoilerplate('s', 'new footer line')).toBe(true);
    expect(model.isBoilerplate('s', 'old footer line')).toBe(false);
    for (let s = 0; s < 10; s++) model.learn(`src${s}`, 'k', ['line']);
    expect(model.stats().sources).toBeLessThanOrEqual(5);
  });
});

describe('cleanArticle with a BoilerplateModel', () => {
  it('never lets learned chrome empty an article (templated stories that differ only in numbers)', () => {
    const model = new BoilerplateModel({ replicaId: 'r1' });
    const body = (n: number) =>
      `Result ${n}: the home team won by ${n} points in round ${n + 1}, the league said.\n\nFooter line of the site.`;
    let last = cleanArticle(
      { body: body(0), contentType: 'text/plain', title: 't', source: 's' },
      { boilerplate: model, documentKey: 'k0' },
    );
    for (let n = 1; n < 30; n++)
      last = cleanArticle(
        { body: body(n), contentType: 'text/plain', title: 't', source: 's' },
        { boilerplate: model, documentKey: `k${n}` },
      );
    expect(last.text).not.toBe('');
    expect(last.qualityFlags).not.toContain('empty_after_cleaning');
  });
});
