/** GET /v1/articles (full text, every filter, sort, keyset pagination, 400s), GET /:id, /:id/versions, OpenAPI. */
import { articleIdFor } from '@news/contracts';
import { SEARCH_PARAMS } from '../../apps/store/src/query/search-params';
import { asBatch, EventSpec, normalisedEvent, runTag } from './support/normalised-events';
import { openStoreHarness, StoreHarness } from './support/store-harness';
import { startStoreApi, StoreApi } from './support/store-api';

describe('store query API (real PostgreSQL)', () => {
  let h: StoreHarness;
  let api: StoreApi;
  const tag = runTag();
  const word = `zq${tag}`; // a word no other test's article contains
  const s1 = `sa-${tag}`;
  const s2 = `sb-${tag}`;
  const s3 = `sc-${tag}`;
  const both = `source=${s1}&source=${s2}`;
  const id = (sourceId: string, externalId: string) => articleIdFor(sourceId, externalId);
  const A = id(s1, 'a');
  const B = id(s1, 'b');
  const C = id(s2, 'c');
  const D = id(s2, 'd');
  const E = id(s1, 'killed');
  const ids = (body: { items: Array<{ id: string }> }) => body.items.map((i) => i.id);

  const articles: EventSpec[] = [
    {
      sourceId: s1,
      externalId: 'a',
      version: 1,
      language: 'en',
      title: `Elections called ${word}`,
      text: `Voters elected a new parliament. ${word} appears in the body too.`,
      people: ['Vladimir Putin'],
      organisations: ['NATO'],
      places: ['Kyiv'],
      subjects: ['medtop:11000000'],
      publishedAt: '2024-01-10T10:00:00Z',
      receivedAt: '2024-01-11T10:00:00Z',
    },
    {
      sourceId: s1,
      externalId: 'b',
      version: 1,
      language: 'fr',
      title: 'Les élections',
      text: `Les électeurs ont voté. ${word} à Paris.`,
      places: ['Paris'],
      subjects: ['medtop:04000000'],
      publishedAt: '2024-02-10T10:00:00Z',
      receivedAt: '2024-02-11T10:00:00Z',
    },
    {
      sourceId: s2,
      externalId: 'c',
      version: 1,
      language: 'en-GB',
      title: 'Markets',
      text: `The economy grew. ${word} said the minister.`,
      people: ['Angela Merkel'],
      organisations: ['European Union'],
      subjects: ['medtop:04000000', 'medtop:11000000'],
      publishedAt: '2024-03-10T10:00:00Z',
      receivedAt: '2024-03-12T10:00:00Z',
    },
    {
      sourceId: s2,
      externalId: 'd',
      version: 1,
      title: 'Untitled',
      text: `No language known ${word}.`,
      receivedAt: '2024-04-01T10:00:00Z',
    },
    {
      sourceId: s1,
      externalId: 'killed',
      version: 1,
      text: `Killed story ${word}.`,
      receivedAt: '2024-01-05T00:00:00Z',
    },
  ];

  beforeAll(async () => {
    h = await openStoreHarness();
    api = await startStoreApi(tag);
    await h.service.storeBatch(asBatch(articles.map(normalisedEvent)));
    await h.service.storeBatch(
      asBatch([
        normalisedEvent({
          sourceId: s1,
          externalId: 'killed',
          version: 2,
          text: `Killed story ${word}.`,
          pubStatus: 'canceled',
          versionCreated: '2024-01-06T00:00:00Z',
        }),
      ]),
    );
    // 25 articles for pagination, several sharing a timestamp so the id breaks ties.
    const many = Array.from({ length: 25 }, (_, i): EventSpec => ({
      sourceId: s3,
      externalId: `p${i}`,
      version: 1,
      text: `Page filler ${i} ${tag}`,
      publishedAt: new Date(Date.UTC(2024, 5, 1 + Math.floor(i / 3))).toISOString(),
    }));
    await h.service.storeBatch(asBatch(many.map(normalisedEvent)));
  });
  afterAll(async () => {
    await api?.close();
    await h?.close();
  });

  it('ranks full-text matches (title above body) and hides killed articles', async () => {
    const res = await api.get(`/v1/articles?q=${word}&${both}`);
    expect(res.status).toBe(200);
    expect(res.body.sort).toBe('relevance');
    expect(new Set(ids(res.body))).toEqual(new Set([A, B, C, D]));
    expect(ids(res.body)[0]).toBe(A);
    const ranks = res.body.items.map((i: { rank: number }) => i.rank);
    expect([...ranks].sort((x, y) => y - x)).toEqual(ranks);
    expect(res.body.nextCursor).toBeNull();
  });

  it('stems in each article’s own language, with or without a language asked for', async () => {
    // "election" is not a word of article A, but its English stem is; B is French ("élections").
    expect(ids((await api.get(`/v1/articles?q=election&language=en&${both}`)).body)).toEqual([A]);
    expect(ids((await api.get(`/v1/articles?q=election&${both}`)).body)).toEqual([A]);
    expect(ids((await api.get(`/v1/articles?q=election&language=fr&${both}`)).body)).toEqual([]);
    expect(ids((await api.get(`/v1/articles?q=élection&language=fr&${both}`)).body)).toEqual([B]);
    expect(ids((await api.get(`/v1/articles?q=elections&${both}`)).body)).toEqual([A]);
  });

  it.each([
    ['source', `source=${s2}`, [C, D]],
    ['language (primary subtag matches en-GB)', `${both}&language=en`, [A, C]],
    ['language (exact tag)', `${both}&language=en-GB`, [C]],
    ['subject', `${both}&subject=medtop:04000000`, [B, C]],
    ['two subjects (all required)', `${both}&subject=medtop:04000000&subject=medtop:11000000`, [C]],
    ['person (case-insensitive)', `${both}&person=vladimir%20putin`, [A]],
    ['organisation', `${both}&organisation=European%20Union`, [C]],
    ['place', `${both}&place=Paris`, [B]],
    ['published from', `${both}&publishedFrom=2024-02-01T00:00:00Z`, [B, C, D]],
    ['published range', `${both}&publishedFrom=2024-02-01&publishedTo=2024-03-01`, [B]],
    ['received to', `${both}&receivedTo=2024-02-01T00:00:00Z`, [A]],
    ['received range', `${both}&receivedFrom=2024-02-11T10:00:00Z&receivedTo=2024-03-12T10:00:00Z`, [B]],
    ['q with filters', `q=${word}&${both}&subject=medtop:11000000&language=en`, [A, C]],
  ])('filters by %s', async (_name, query, expected) => {
    const res = await api.get(`/v1/articles?${query}`);
    expect(res.status).toBe(200);
    expect(new Set(ids(res.body))).toEqual(new Set(expected));
  });

  it('sorts by published and received time, both directions', async () => {
    expect(ids((await api.get(`/v1/articles?${both}`)).body)).toEqual([D, C, B, A]); // -published is the default
    expect(ids((await api.get(`/v1/articles?${both}&sort=published`)).body)).toEqual([A, B, C, D]);
    expect(ids((await api.get(`/v1/articles?${both}&sort=-received`)).body)).toEqual([D, C, B, A]);
    expect(ids((await api.get(`/v1/articles?${both}&sort=received`)).body)).toEqual([A, B, C, D]);
  });

  it('pages with an opaque cursor, without gaps or repeats, in every sort', async () => {
    for (const sort of ['-published', 'published', '-received', 'received']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const res: { status: number; body: { items: Array<{ id: string }>; nextCursor: string | null } } =
          await api.get(`/v1/articles?source=${s3}&sort=${sort}&limit=10${cursor ? `&cursor=${cursor}` : ''}`);
        expect(res.status).toBe(200);
        seen.push(...ids(res.body));
        cursor = res.body.nextCursor;
        pages++;
      } while (cursor && pages < 10);
      expect(pages).toBe(3);
      expect(seen).toHaveLength(25);
      expect(new Set(seen).size).toBe(25);
      const all = ids((await api.get(`/v1/articles?source=${s3}&sort=${sort}&limit=100`)).body);
      expect(seen).toEqual(all);
    }
  });

  it('pages a ranked full-text search', async () => {
    const first = await api.get(`/v1/articles?q=${word}&${both}&limit=2`);
    expect(first.body.items).toHaveLength(2);
    const second = await api.get(`/v1/articles?q=${word}&${both}&limit=2&cursor=${first.body.nextCursor}`);
    expect(second.status).toBe(200);
    const all = ids((await api.get(`/v1/articles?q=${word}&${both}`)).body);
    expect([...ids(first.body), ...ids(second.body)]).toEqual(all);
    expect(second.body.nextCursor).toBeNull();
  });

  it.each([
    ['an unknown parameter', `bogus=1`, ['bogus']],
    ['limit out of range', `limit=0`, ['limit']],
    ['limit not a number', `limit=ten`, ['limit']],
    ['an unknown sort', `sort=popular`, ['sort']],
    ['relevance without q', `sort=relevance`, ['sort']],
    ['a bad date', `publishedFrom=yesterday`, ['publishedFrom']],
    ['an empty range', `receivedFrom=2024-02-01&receivedTo=2024-01-01`, ['receivedTo']],
    ['a bad subject code', `subject=politics`, ['subject']],
    ['a bad language', `language=english!`, ['language']],
    ['a bad source', `source=Not%20A%20Slug`, ['source']],
    ['q twice', `q=a&q=b`, ['q']],
    ['an empty q', `q=%20`, ['q']],
    ['several at once', `limit=1000&sort=x&person=`, ['limit', 'sort', 'person']],
    ['a forged cursor', `cursor=not-a-cursor`, ['cursor']],
    ['an unclosed phrase', `q=%22general%20election`, ['q']],
    ['unknown fields', `fields=id,body`, ['fields']],
    ['an unknown facet', `facets=colour`, ['facets']],
  ])('answers 400 naming the parameter for %s', async (_name, query, fields) => {
    const res = await api.get(`/v1/articles?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([...fields].sort());
    for (const f of fields) expect(res.body.detail).toContain(f);
  });

  it('refuses a cursor replayed with different filters', async () => {
    const first = await api.get(`/v1/articles?source=${s3}&limit=5`);
    const replay = await api.get(`/v1/articles?source=${s3}&language=en&limit=5&cursor=${first.body.nextCursor}`);
    expect(replay.status).toBe(400);
    expect(replay.body.errors[0].field).toBe('cursor');
  });

  it('serves the current version with tags, source and links', async () => {
    const res = await api.get(`/v1/articles/${A}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: A,
      source: { id: s1 },
      title: `Elections called ${word}`,
      language: 'en',
      version: 1,
      pubStatus: 'usable',
      versionCount: 1,
      duplicateOf: null,
      links: { self: `/v1/articles/${A}`, versions: `/v1/articles/${A}/versions` },
    });
    expect(res.body.tags.people).toEqual([expect.objectContaining({ name: 'Vladimir Putin' })]);
    expect(res.body.tags.subjects).toEqual([expect.objectContaining({ code: 'medtop:11000000' })]);
  });

  it('answers 410 with the kill time for a killed article, and still serves its history', async () => {
    const res = await api.get(`/v1/articles/${E}`);
    expect(res.status).toBe(410);
    expect(res.body.killedAt).toBe('2024-01-06T00:00:00.000Z');
    const versions = await api.get(`/v1/articles/${E}/versions`);
    expect(versions.status).toBe(200);
    expect(
      versions.body.items.map((v: { version: number; pubStatus: string; current: boolean }) => [
        v.version,
        v.pubStatus,
        v.current,
      ]),
    ).toEqual([
      [2, 'canceled', true],
      [1, 'usable', false],
    ]);
  });

  it('answers 404 and 400 for unknown and malformed ids on both routes', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await api.get(`/v1/articles/${unknown}`)).status).toBe(404);
    expect((await api.get(`/v1/articles/${unknown}/versions`)).status).toBe(404);
    const bad = await api.get(`/v1/articles/nope/versions`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('id');
  });

  it('publishes an OpenAPI document that lists every route and search parameter', async () => {
    const res = await api.get('/v1/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(Object.keys(res.body.paths).sort()).toEqual([
      '/v1/articles',
      '/v1/articles/{id}',
      '/v1/articles/{id}/versions',
      '/v1/articles/{id}/versions/{n}',
      '/v1/changes',
      '/v1/changes/stream',
      '/v1/keys',
      '/v1/openapi.json',
    ]);
    const params = res.body.paths['/v1/articles'].get.parameters.map((p: { name: string }) => p.name);
    // The search parameters, then the representation's own (fields=, docs/api.md).
    expect(params).toEqual([...SEARCH_PARAMS.map((p) => p.name), 'fields']);
    expect(Object.keys(res.body.paths['/v1/articles/{id}'].get.responses)).toEqual(
      expect.arrayContaining(['200', '400', '404', '410']),
    );
  });
});
