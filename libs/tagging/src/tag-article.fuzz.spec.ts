import { EntityTag, NormalisedArticle, TAG_LIMITS, validateContract } from '@news/contracts';
import { boundTags, MENTIONS_PER_ARTICLE } from './bound-tags';
import { tagArticle, TagResult } from './tag-article';

/** Deterministic PRNG so a failure reproduces. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)];

/** Words that start, join or end names, and the kinds of token hostile text is made of. */
const WORDS = [
  'Manchester',
  'United',
  'City',
  'Bank',
  'of',
  'England',
  'Street',
  'Inc.',
  'Ministry',
  'Foreign',
  'Minister',
  'Sergei',
  'Lavrov',
  'President',
  'Vladimir',
  'Putin',
  'New',
  'York',
  'Yankees',
  'and',
  'for',
  'the',
  'said',
  'Mr.',
  'Dr.',
  'U.S.',
  'NATO',
  'WHO',
  'LONDON',
  'BRUSSELS',
  '(Reuters)',
  '-',
  ',',
  '.',
  ':',
  '&',
  '(',
  ')',
  '"',
  "'s",
  '2-1',
  '12',
  'Island',
  'Lake',
  'County',
  'Federation',
  'Club',
  'Cup',
  'É',
  'Łódź',
  'São',
  'Paulo',
  '東京',
  'Москва',
  'مصر',
  '👍🏽',
  'e\u0301',
  '\u200b',
  '\ud800',
  'A'.repeat(120),
  'Zz'.repeat(80),
  'McDonald',
  "O'Brien",
  'Ocasio-Cortez',
  'London-based',
  'Monday',
];

function randomText(rand: () => number, words: number): string {
  let out = '';
  for (let i = 0; i < words; i++) {
    const r = rand();
    if (r < 0.03) out += '\n\n';
    else if (r < 0.05) out += '\n';
    else out += ' ';
    const w = pick(rand, WORDS);
    out += rand() < 0.1 ? w.toUpperCase() : w;
  }
  return out.trim();
}

/** Capitalised words and nothing else: one run as long as the text. */
function capitalisedWords(rand: () => number, chars: number): string {
  const vocabulary = [
    'Alpha',
    'Bravo',
    'City',
    'United',
    'Bank',
    'Street',
    'Holdings',
    'Manchester',
    'Paris',
    'Smith',
    'John',
    'Council',
    'Of',
  ];
  let out = '';
  while (out.length < chars) out += `${pick(rand, vocabulary)} `;
  return out.trim();
}

const ARTICLE_ID = '2ec11ac3-46df-557e-9c48-b75a0ab8c4e2';

/** The tags as the normaliser puts them in its event, validated by the store's own contract classes. */
function expectWithinContract(r: Omit<TagResult, 'detectedLanguage'>, title: string, text: string): void {
  const article = {
    articleId: ARTICLE_ID,
    title: title.slice(0, 1000),
    text,
    version: 1,
    pubStatus: 'usable',
    contentHash: 'a'.repeat(64),
    wordCount: 1,
    qualityFlags: [],
    language: r.language,
    languageConfidence: r.languageConfidence,
    people: r.people,
    organisations: r.organisations,
    places: r.places,
    subjects: r.subjects,
    keywords: r.keywords,
  };
  const v = validateContract(NormalisedArticle, JSON.parse(JSON.stringify(article)));
  expect(v.ok ? [] : v.errors.slice(0, 5)).toEqual([]);
  const entities = [...r.people, ...r.organisations, ...r.places];
  expect(entities.reduce((n, t) => n + t.mentions.length, 0)).toBeLessThanOrEqual(MENTIONS_PER_ARTICLE);
  for (const t of entities) {
    expect(t.count).toBeGreaterThanOrEqual(t.mentions.length);
    for (const m of t.mentions)
      expect((m.field === 'title' ? title : text).slice(m.start, m.end).length).toBe(m.end - m.start);
  }
  expect(typeof r.truncated).toBe('boolean');
}

describe('tagArticle: every tag it returns is one the contracts accept', () => {
  it('splits a list of 29 clubs into names instead of one long "place"', () => {
    const clubs =
      'Manchester United Liverpool Arsenal Chelsea Tottenham Hotspur Newcastle United Aston Villa Everton West ' +
      'Ham United Leicester City Leeds United ' +
      'Southampton Brighton Wolverhampton Wanderers Crystal Palace Fulham Brentford Nottingham Forest ' +
      'Bournemouth Burnley Sheffield United Norwich City ' +
      'Watford Middlesbrough Sunderland Stoke City Swansea City Cardiff City Hull City';
    const text = `The following clubs confirmed their entry: ${clubs}.`;
    const r = tagArticle({ title: 'Entries confirmed', text });
    expectWithinContract(r, 'Entries confirmed', text);
    const names = [...r.organisations, ...r.places].map((t) => t.name);
    expect(Math.max(...names.map((n) => n.length))).toBeLessThanOrEqual(40);
    expect(names).toEqual(expect.arrayContaining(['Arsenal', 'Chelsea', 'Aston Villa', 'Watford']));
    expect(r.truncated).toBe(false);
  });

  it('keeps 200 KB of capitalised words within every bound, and says it cut', () => {
    const rand = rng(7);
    for (let i = 0; i < 2; i++) {
      const text = capitalisedWords(rand, 200_000);
      const r = tagArticle({ title: 'Alpha Bravo', text });
      expectWithinContract(r, 'Alpha Bravo', text);
    }
    // Names of twelve words of 120 letters: no name fits 300 characters, so none is kept.
    const long = Array.from({ length: 12 }, (_, i) => `${'Q'.repeat(119)}${'abcdefghijkl'[i]}`).join(' ');
    const text = `The agency said ${long} Street was closed. ${long} Street reopened.`;
    const r = tagArticle({ title: 'Closed', text });
    expectWithinContract(r, 'Closed', text);
  });

  it('survives 300 random hostile texts (seeded)', () => {
    const rand = rng(42);
    for (let i = 0; i < 300; i++) {
      const title = randomText(rand, Math.floor(rand() * 20));
      const text = randomText(rand, Math.floor(rand() * 600));
      expectWithinContract(
        tagArticle({ title, text, languageHint: pick(rand, [undefined, 'en', 'de', 'en-GB']) }),
        title,
        text,
      );
    }
  });

  it('leaves the seed-sized clean article untouched (nothing to cut)', () => {
    const text =
      'Russian President Vladimir Putin spoke to US President Barack Obama on Monday. Putin said the Kremlin ' +
      'wanted calm in Ukraine.';
    const r = tagArticle({ title: 'Putin calls Obama', text });
    expect(r.truncated).toBe(false);
    expect(r.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Vladimir Putin', 'Barack Obama']));
  });
});

describe('boundTags', () => {
  const fields = { title: 'Title here', text: 'Some text of forty characters, give or take.' };
  const entity = (over: Partial<EntityTag> = {}): EntityTag => ({
    name: 'Name',
    rel: 'mentioned',
    confidence: 0.9,
    count: 1,
    mentions: [{ field: 'text', start: 0, end: 4 }],
    ...over,
  });
  const lists = (over: object = {}) => ({
    language: 'en',
    languageConfidence: 0.9,
    people: [],
    organisations: [],
    places: [],
    subjects: [],
    keywords: [],
    ...over,
  });

  it('returns tags already inside the bounds unchanged, not truncated', () => {
    const tags = lists({
      people: [entity()],
      places: [entity({ name: 'Oslo', countryCode: 'NO' })],
      subjects: [
        {
          code: 'medtop:11000000',
          name: 'politics',
          confidence: 0.7,
          uri: 'http://cv.iptc.org/newscodes/mediatopic/11000000',
        },
      ],
      keywords: [{ phrase: 'text', score: 1 }],
    });
    expect(boundTags(tags, fields)).toEqual({ ...tags, truncated: false });
  });

  it('drops what cannot be kept whole, cuts lists to their limits, and says so', () => {
    const many = Array.from({ length: TAG_LIMITS.entitiesPerKind + 5 }, (_, i) => entity({ name: `N${i}` }));
    const mentions = Array.from({ length: 150 }, () => ({ field: 'text' as const, start: 0, end: 4 }));
    const r = boundTags(
      lists({
        language: 'not a tag!',
        languageConfidence: Number.NaN,
        people: [
          entity({ name: 'x'.repeat(301) }),
          entity({ name: '' }),
          entity({ confidence: Number.NaN }),
          entity({ mentions: [{ field: 'text', start: 10, end: 999 }] }),
          entity({ name: 'Kept', confidence: 1.5, countryCode: 'nor', mentions }),
        ],
        organisations: many,
        subjects: [
          { code: 'medtop:1', name: 'x', confidence: 0.5 },
          { code: 'medtop:01000000', name: 'arts', confidence: -2 },
        ],
        keywords: [
          { phrase: 'p'.repeat(201), score: 1 },
          { phrase: 'ok', score: Number.POSITIVE_INFINITY },
          { phrase: 'fine', score: 0.5 },
        ],
      }),
      fields,
    );
    expect(r.truncated).toBe(true);
    expect(r.language).toBe('und');
    expect(r.languageConfidence).toBe(0);
    expect(r.people.map((p) => [p.name, p.confidence, p.count, p.mentions.length, p.countryCode])).toEqual([
      ['Kept', 1, 150, TAG_LIMITS.mentionsPerEntity, undefined],
    ]);
    expect(r.organisations).toHaveLength(TAG_LIMITS.entitiesPerKind);
    expect(r.subjects).toEqual([{ code: 'medtop:01000000', name: 'arts', confidence: 0 }]);
    expect(r.keywords).toEqual([{ phrase: 'fine', score: 0.5 }]);
    expectWithinContract({ ...r }, fields.title, fields.text);
  });

  it('spends the article mention budget on the most-mentioned entities', () => {
    const text = 'word '.repeat(5_000);
    const mentionsOf = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ field: 'text' as const, start: i * 5, end: i * 5 + 4 }));
    const places = Array.from({ length: 150 }, (_, i) =>
      entity({ name: `P${i}`, count: 20 + (i % 7), mentions: mentionsOf(20 + (i % 7)) }),
    );
    const r = boundTags(lists({ places }), { title: '', text });
    expect(r.truncated).toBe(true);
    expect(r.places.reduce((n, t) => n + t.mentions.length, 0)).toBe(MENTIONS_PER_ARTICLE);
    expect(Math.min(...r.places.map((t) => t.count))).toBeGreaterThanOrEqual(
      Math.max(...places.filter((p) => !r.places.some((k) => k.name === p.name)).map((p) => p.count)),
    );
  });
});
