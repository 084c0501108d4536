/**
 * GET /v1/articles beyond filters: the query syntax and its 400s, the any-term fallback, CJK and
 * token normalisation, BCP 47 language filters, snippets with offsets, facets, fields= and the
 * recency boost, through the real HTTP API and PostgreSQL.
 */
import { articleIdFor } from '@news/contracts';
import { asBatch, EventSpec, normalisedEvent, runTag } from './support/normalised-events';
import { openStoreHarness, StoreHarness } from './support/store-harness';
import { startStoreApi, StoreApi } from './support/store-api';

type Hit = {
  id: string;
  title?: string;
  snippet?: { text: string; matches: Array<[number, number]> };
  titleMatches?: Array<[number, number]>;
  [k: string]: unknown;
};

describe('search features (real PostgreSQL)', () => {
  let h: StoreHarness;
  let api: StoreApi;
  const tag = runTag();
  const w = (word: string) => `${word}${tag}`; // words no other test's article contains
  const s1 = `sf-${tag}`;
  const s2 = `sg-${tag}`;
  const sources = `source=${s1}&source=${s2}`;
  const id = (externalId: string) => articleIdFor(externalId.startsWith('g') ? s2 : s1, externalId);
  const ids = (body: { items: Hit[] }) => body.items.map((i) => i.id);
  const search = async (query: string) => {
    const res = await api.get(`/v1/articles?${sources}&${query}`);
    expect([res.status, res.body.errors]).toEqual([200, undefined]);
    return res.body as {
      items: Hit[];
      matchMode?: string;
      nextCursor: string | null;
      facets?: Record<string, unknown>;
    };
  };

  const articles: EventSpec[] = [
    {
      sourceId: s1,
      externalId: 'slogan',
      version: 1,
      language: 'en-GB',
      title: `New slogans for the ${w('campaign')}`,
      text:
        `The party unveiled a slogan. ${w('alpha')} general election coming. Outkast's Speakerboxxx/The Love ` +
        `Below played at 43km/h.`,
      people: ['Jane Doe'],
      places: ['Leeds'],
      subjects: ['medtop:11000000'],
      publishedAt: '2024-03-05T10:00:00Z',
    },
    {
      sourceId: s1,
      externalId: 'budget',
      version: 1,
      language: 'en',
      title: 'Budget day',
      text: `The budget was ${w('alpha')} and the election general. ${w('beta')} tax rises.`,
      people: ['Jane Doe'],
      subjects: ['medtop:04000000'],
      publishedAt: '2024-04-05T10:00:00Z',
    },
    {
      sourceId: s2,
      externalId: 'g-old',
      version: 1,
      language: 'no',
      title: `Regjeringen ${w('gamma')}`,
      text: `Regjeringen la fram statsbudsjettet. ${w('delta')}.`,
      places: ['Oslo'],
      publishedAt: '2020-01-01T10:00:00Z',
    },
    {
      sourceId: s2,
      externalId: 'g-new',
      version: 1,
      language: 'nb-NO',
      title: `Regjeringen ${w('gamma')}`,
      text: `Regjeringen la fram statsbudsjettet igjen. ${w('delta')}.`,
      places: ['Oslo'],
      publishedAt: new Date(Date.now() - 86_400_000).toISOString(),
    },
    {
      sourceId: s2,
      externalId: 'g-zh',
      version: 1,
      language: 'zh-CN',
      title: '北部医院',
      text: `政府周一宣布，将在北部两个省份新建医院，以缓解当地看病难的问题。${w('zh')}`,
      publishedAt: '2024-06-02T10:00:00Z',
    },
    {
      sourceId: s2,
      externalId: 'g-ja',
      version: 1,
      language: 'ja',
      title: '病院の建設',
      text: `政府は月曜日、北部の二つの県に新しい病院を建設する計画を発表した。${w('ja')}`,
      publishedAt: '2024-06-03T10:00:00Z',
    },
  ];

  beforeAll(async () => {
    h = await openStoreHarness();
    api = await startStoreApi(tag);
    await h.service.storeBatch(asBatch(articles.map(normalisedEvent)));
    // Under embargo: never a hit, never counted.
    const embargoed = normalisedEvent({
      sourceId: s1,
      externalId: 'embargoed',
      version: 1,
      language: 'en',
      text: `Embargoed ${w('alpha')} story.`,
    });
    embargoed.article.embargoedUntil = new Date(Date.now() + 86_400_000);
    await h.service.storeBatch(asBatch([embargoed]));
  });
  afterAll(async () => {
    await api?.close();
    await h?.close();
  });

  it('matches phrases, prefixes, required, excluded and alternative terms', async () => {
    expect(ids(await search(`q=${w('alpha')} "general election"`))).toEqual([id('slogan')]);
    expect(new Set(ids(await search(`q=${w('alpha')} general election`)))).toEqual(
      new Set([id('slogan'), id('budget')]),
    );
    expect(ids(await search(`q=${w('alpha').slice(0, -2)}*`)).sort()).toEqual([id('budget'), id('slogan')].sort());
    expect(ids(await search(`q=${w('alpha')} -${w('beta')}`))).toEqual([id('slogan')]);
    expect(ids(await search(`q=${w('alpha')} NOT slogans`))).toEqual([id('budget')]);
    expect(new Set(ids(await search(`q=${w('beta')} OR ${w('campaign')}`)))).toEqual(
      new Set([id('slogan'), id('budget')]),
    );
  });

  it('answers 400 naming the problem of a malformed query', async () => {
    const res = await api.get(`/v1/articles?q=${encodeURIComponent('"general election')}`);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'q', messages: ['has an unclosed quotation mark (character 1)'] }]);
    const star = await api.get(`/v1/articles?q=${encodeURIComponent('sl*gan')}`);
    expect(star.body.errors[0].messages[0]).toMatch(/'\*' may only end a word/);
  });

  it('falls back to any term, ranked, and says so, on every page', async () => {
    const all = await search(`q=${w('alpha')} ${w('beta')}`);
    expect([ids(all), all.matchMode]).toEqual([[id('budget')], 'all']);
    const any = await search(`q=${w('beta')} ${w('campaign')} ${w('nowhere')}&limit=1`);
    expect(any.matchMode).toBe('any');
    expect(any.items).toHaveLength(1);
    const next = await search(`q=${w('beta')} ${w('campaign')} ${w('nowhere')}&limit=1&cursor=${any.nextCursor}`);
    expect(next.matchMode).toBe('any');
    expect([...ids(any), ...ids(next)].sort()).toEqual([id('budget'), id('slogan')].sort());
    const required = await search(`q=%2B${w('beta')} ${w('nowhere')}`);
    expect([ids(required), required.matchMode]).toEqual([[id('budget')], 'any']);
  });

  it('counts common words when nothing rarer matches, rather than answer an empty page', async () => {
    // With statistics, `the` is a word most articles hold: matching any term, it counts only when the rare word finds
    // nothing.
    await h.db.query('ANALYZE articles');
    const first = await search(`q=the ${w('nowhere')}&limit=1`);
    expect([first.items.length, first.matchMode]).toEqual([1, 'any']);
    const next = await search(`q=the ${w('nowhere')}&limit=1&cursor=${first.nextCursor}`);
    expect([next.items.length, next.matchMode]).toEqual([1, 'any']);
    expect(ids(next)).not.toEqual(ids(first));
  });

  it('finds any form of a word without a language, and words inside slashes and units', async () => {
    for (const q of ['slogans campaign', 'Speakerboxxx', 'speakerboxxx/the', '43km', '43 km/h', 'Outkast']) {
      expect([q, ids(await search(`q=${encodeURIComponent(q)}`))]).toEqual([q, [id('slogan')]]);
    }
  });

  it('finds Chinese and Japanese words typed without spaces', async () => {
    expect(ids(await search(`q=${encodeURIComponent('两个省份')}`))).toEqual([id('g-zh')]);
    expect(ids(await search(`q=${encodeURIComponent('新しい病院を建設')}`))).toEqual([id('g-ja')]);
    expect(new Set(ids(await search(`q=${encodeURIComponent('北部')}`)))).toEqual(new Set([id('g-zh'), id('g-ja')]));
  });

  it('filters languages by primary subtag, with Norwegian as nb whatever old rows say', async () => {
    for (const language of ['nb', 'no', 'nb-NO']) {
      const expected = language === 'nb-NO' ? [id('g-new')] : [id('g-new'), id('g-old')];
      expect([language, ids(await search(`q=${w('gamma')}&language=${language}`)).sort()]).toEqual([
        language,
        expected.sort(),
      ]);
    }
    expect((await search(`q=${w('gamma')}&fields=id,language`)).items.map((i) => i.language).sort()).toEqual([
      'nb',
      'nb-NO',
    ]);
    expect(ids(await search(`q=${w('gamma')}&language=en`))).toEqual([]);
  });

  it('highlights the matches in a snippet and in the title, with offsets', async () => {
    const [hit] = (await search(`q=slogans general`)).items;
    expect(hit.id).toBe(id('slogan'));
    const words = (text: string, ranges: Array<[number, number]>) => ranges.map(([s, e]) => text.slice(s, e));
    expect(words(hit.snippet!.text, hit.snippet!.matches)).toEqual(['slogan', 'general']);
    expect(words(hit.title!, hit.titleMatches!)).toEqual(['slogans']);
    const [zh] = (await search(`q=${encodeURIComponent('两个省份')}`)).items;
    expect(words(zh.snippet!.text, zh.snippet!.matches)).toEqual(['两个省份']);
  });

  it('returns only the fields asked for', async () => {
    const body = await search(`q=${w('alpha')}&fields=title,rank`);
    expect(body.items.map((i) => Object.keys(i).sort())).toEqual([
      ['id', 'rank', 'title'],
      ['id', 'rank', 'title'],
    ]);
  });

  it('counts facets over every match, not the page', async () => {
    const body = await search(
      `q=${w('alpha')}&limit=1&facets=source,language,subject,person,place,published&facetInterval=month`,
    );
    expect(body.items).toHaveLength(1);
    expect(body.facets).toEqual({
      total: 2,
      sampled: false,
      sampleSize: 1000,
      counts: {
        source: [{ value: s1, count: 2 }],
        language: [{ value: 'en', count: 2 }],
        subject: [
          { value: 'medtop:04000000', count: 1 },
          { value: 'medtop:11000000', count: 1 },
        ],
        person: [{ value: 'jane doe', count: 2 }],
        place: [{ value: 'leeds', count: 1 }],
      },
      published: [
        { from: '2024-03-01', count: 1 },
        { from: '2024-04-01', count: 1 },
      ],
    });
    const norwegian = await search(`q=${w('delta')}&facets=language`);
    expect(norwegian.facets).toEqual({
      total: 2,
      sampled: false,
      sampleSize: 1000,
      counts: { language: [{ value: 'nb', count: 2 }] },
    });
  });

  it('counts facets over the first matches in the search order when there are more than the sample', async () => {
    const found = await h.reader.search(
      { q: w('alpha'), sources: [s1, s2], sort: '-published', limit: 5 },
      { facets: { facets: ['subject', 'published'], size: 10, interval: 'month', sample: 1 } },
    );
    expect(found.rows).toHaveLength(2);
    expect(found.facets).toEqual({
      total: 1,
      sampled: true,
      sampleSize: 1,
      counts: { subject: [{ value: 'medtop:04000000', count: 1 }] },
      published: [{ from: '2024-04-01', count: 1 }],
    });
  });

  it('ranks only the newest matches of a prefix by relevance, and pages through every match by date', async () => {
    const q = `${w('alpha').slice(0, -2)}*`;
    const ranked = await h.reader.search({ q, sources: [s1, s2], sort: 'relevance', limit: 5, prefixCandidates: 1 });
    expect(ranked.rows.map((r) => r.id)).toEqual([id('budget')]);
    const newest = await h.reader.search({ q, sources: [s1, s2], sort: '-published', limit: 5, prefixCandidates: 1 });
    expect(newest.rows.map((r) => r.id)).toEqual([id('budget'), id('slogan')]);
  });

  it('boosts recent articles when asked for a recency half-life', async () => {
    const plain = ids(await search(`q=${w('gamma')} statsbudsjettet`));
    expect(plain[0]).toBe(id('g-old')); // the shorter text ranks first on words alone
    const recent = await api.get(`/v1/articles?${sources}&q=${w('gamma')}%20statsbudsjettet&recencyHalfLife=30`);
    expect(ids(recent.body)).toEqual([id('g-new'), id('g-old')]);
    expect(recent.body.items[0].rank).toBeGreaterThan(recent.body.items[1].rank);
  });
});
