/**
 * The store's answers match its OpenAPI document (real PostgreSQL): every
 * route's JSON against the schema the document gives it, problem details
 * against Problem, and ninjs against the official schema it names.
 */
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { ninjsErrors } from '../../tools/contracts/ninjs-validator';
import { asBatch, normalisedEvent, runTag } from './support/normalised-events';
import { openStoreHarness, StoreHarness } from './support/store-harness';
import { startStoreApi, StoreApi } from './support/store-api';

describe('store answers match /v1/openapi.json (real PostgreSQL)', () => {
  let h: StoreHarness;
  let api: StoreApi;
  const tag = runTag();
  const source = `oas-${tag}`;
  const rich = normalisedEvent({
    sourceId: source,
    externalId: 'rich',
    version: 1,
    text: `Ferry fares rise ${tag}.\n\nSecond paragraph.`,
    language: 'en-GB',
    people: ['Kari Nordmann'],
    places: ['Oslo'],
    subjects: ['medtop:04000000'],
    publishedAt: '2025-01-01T09:00:00Z',
  });
  rich.article.feed = {
    urgency: 3,
    byline: 'By Kari Nordmann',
    subjects: [{ scheme: 'medtop', code: 'medtop:20000538', name: 'x' }],
    genres: [{ code: 'genre:Actuality' }],
    keywords: ['ferry'],
    firstCreated: new Date('2025-01-01T08:00:00Z'),
  };
  const copy = normalisedEvent({ sourceId: `${source}-b`, externalId: 'copy', version: 1, text: rich.article.text });
  const killed = normalisedEvent({
    sourceId: source,
    externalId: 'killed',
    version: 2,
    text: `Killed ${tag}`,
    pubStatus: 'canceled',
  });
  let check: (name: string, data: unknown) => string[];

  beforeAll(async () => {
    h = await openStoreHarness();
    await h.service.storeBatch(asBatch([rich]));
    await h.service.storeBatch(asBatch([copy, killed]));
    api = await startStoreApi(`oas-${tag}`);
    const doc = (await api.get('/v1/openapi.json')).body as { components: { schemas: Record<string, unknown> } };
    const defs = JSON.parse(
      JSON.stringify(doc.components.schemas).replace(/#\/components\/schemas\//g, '#/$defs/'),
    ) as Record<string, unknown>;
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    ajv.addSchema({ $id: 'https://store.test/components', $defs: defs });
    check = (name, data) => {
      const validate = ajv.getSchema(`https://store.test/components#/$defs/${name}`)!;
      return validate(data) ? [] : (validate.errors ?? []).map((e) => `${name}${e.instancePath} ${e.message}`);
    };
  });

  afterAll(async () => {
    await api?.close();
    await h?.close();
  });

  const expectValid = async (path: string, schema: string, status = 200, headers: Record<string, string> = {}) => {
    const res = await api.get(path, headers);
    expect({ path, status: res.status }).toEqual({ path, status });
    expect({ path, errors: check(schema, res.body) }).toEqual({ path, errors: [] });
    return res.body;
  };

  it('describes every JSON answer of the article routes, storedAt and updatedAt included', async () => {
    const article = await expectValid(`/v1/articles/${rich.article.articleId}`, 'Article');
    expect(article).toMatchObject({ storedAt: expect.any(String), updatedAt: expect.any(String) });
    await expectValid(`/v1/articles/${copy.article.articleId}`, 'Article');
    await expectValid(`/v1/articles/${rich.article.articleId}/versions`, 'Versions');
    await expectValid(`/v1/articles/${rich.article.articleId}/versions/1`, 'Version');
    await expectValid(`/v1/articles?source=${source}`, 'SearchPage');
    await expectValid(`/v1/articles?source=${source}&fields=title,rank`, 'SearchPage');
    await expectValid(`/v1/articles?q=ferry&source=${source}`, 'SearchPage');
    await expectValid('/v1/changes?since=0&limit=5', 'ChangesPage');
  });

  it('describes every error as a Problem', async () => {
    await expectValid('/v1/articles/not-a-uuid', 'Problem', 400);
    await expectValid('/v1/articles/00000000-0000-4000-8000-000000000000', 'Problem', 404);
    const gone = await expectValid(`/v1/articles/${killed.article.articleId}`, 'Problem', 410);
    expect(gone.killedAt).toEqual(expect.any(String));
    await expectValid(`/v1/articles/${rich.article.articleId}`, 'Problem', 406, { Accept: 'text/html' });
    await expectValid('/v1/articles?sort=sideways', 'Problem', 400);
    await expectValid('/v1/changes?since=-1', 'Problem', 400);
    await expectValid('/v1/keys', 'Problem', 403);
    await expectValid('/v1/nowhere', 'Problem', 404);
  });

  it.each(['2.0', '2.1', '2.2', '3.0', '3.1'] as const)(
    'answers ninjs %s valid against the official schema on every ninjs route',
    async (version) => {
      const accept = { Accept: `application/ninjs+json; version=${version}` };
      for (const path of [
        `/v1/articles/${rich.article.articleId}`,
        `/v1/articles/${copy.article.articleId}`,
        `/v1/articles/${rich.article.articleId}/versions/1`,
        `/v1/articles?source=${source}`,
        `/v1/articles?source=${source}&fields=title`,
      ]) {
        const res = await api.get(path, accept);
        expect({ path, status: res.status, type: res.headers.get('content-type') }).toEqual({
          path,
          status: 200,
          type: `application/ninjs+json; version=${version}; charset=utf-8`,
        });
        expect({ path, errors: ninjsErrors(version, res.body) }).toEqual({ path, errors: [] });
      }
    },
  );
});
