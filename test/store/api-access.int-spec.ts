/**
 * Who may read the store's API (real PostgreSQL): consumer keys with scopes and
 * rate limits, errors as application/problem+json, ETag/304, Cache-Control,
 * Link rel="next", fields= and the total count.
 */
import { createHash } from 'node:crypto';
import { asBatch, normalisedEvent, runTag } from './support/normalised-events';
import { openStoreHarness, StoreHarness } from './support/store-harness';
import { startStoreApi, StoreApi } from './support/store-api';

const sha = (k: string) => createHash('sha256').update(k).digest('hex');
const KEYS = {
  reader: 'reader-key-0123456789',
  embargo: 'embargo-key-0123456789',
  admin: 'admin-key-0123456789',
  slow: 'slow-key-0123456789',
};
const auth = (key: string) => ({ Authorization: `Bearer ${key}` });

describe('store API access (keys, scopes, rate limits, problem+json, caching)', () => {
  let h: StoreHarness;
  let api: StoreApi;
  const tag = runTag();
  const source = `acc-${tag}`;
  const live = normalisedEvent({ sourceId: source, externalId: 'live', version: 1, text: `Live story ${tag}` });
  const held = normalisedEvent({ sourceId: source, externalId: 'held', version: 1, text: `Held story ${tag}` });
  held.article.embargoedUntil = new Date(Date.now() + 3_600_000);
  const pages = Array.from({ length: 5 }, (_, i) =>
    normalisedEvent({ sourceId: source, externalId: `p${i}`, version: 1, text: `Paged story ${i} ${tag}` }),
  );

  beforeAll(async () => {
    h = await openStoreHarness();
    await h.service.storeBatch(asBatch([live, held, ...pages]));
    api = await startStoreApi(`access-${tag}`, {
      STORE_AUTH_MODE: 'keys',
      STORE_API_KEYS: JSON.stringify([
        { id: 'reader', keySha256: [sha(KEYS.reader)], scopes: ['read'] },
        { id: 'embargo-reader', keySha256: [sha(KEYS.embargo)], scopes: ['read:embargoed'] },
        { id: 'operator', keySha256: [sha(KEYS.admin)], scopes: ['admin'] },
        { id: 'slow', keySha256: [sha(KEYS.slow)], scopes: ['read'], rateLimitPerMinute: 2 },
      ]),
    });
  });

  afterAll(async () => {
    await api?.close();
    await h?.close();
  });

  const routes = () => [
    '/v1/articles',
    `/v1/articles/${live.article.articleId}`,
    `/v1/articles/${live.article.articleId}/versions`,
    `/v1/articles/${live.article.articleId}/versions/1`,
    '/v1/changes',
    '/v1/changes/stream',
    '/v1/keys',
  ];

  it('answers every route without a key, or with an unknown one, 401 as problem+json', async () => {
    for (const path of routes()) {
      for (const headers of [{}, auth('not-a-key')]) {
        const res = await api.get(path, headers);
        expect({ path, status: res.status }).toEqual({ path, status: 401 });
        expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect(res.headers.get('www-authenticate')).toBe('Bearer realm="news-store"');
        expect(res.body).toMatchObject({
          type: 'urn:news-pipeline:problem:unauthenticated',
          status: 401,
          instance: path,
        });
      }
    }
  });

  it('answers a route the key has no scope for 403, and serves the OpenAPI document to anyone', async () => {
    const res = await api.get('/v1/keys', auth(KEYS.reader));
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ type: 'urn:news-pipeline:problem:insufficient-scope', status: 403 });
    const keys = await api.get('/v1/keys', auth(KEYS.admin));
    expect(keys.status).toBe(200);
    expect(keys.body.items.map((k: { id: string }) => k.id)).toEqual(['reader', 'embargo-reader', 'operator', 'slow']);
    expect(JSON.stringify(keys.body)).not.toContain(sha(KEYS.reader));
    expect((await api.get('/v1/openapi.json')).status).toBe(200);
  });

  it('serves an embargoed article only to a key with read:embargoed', async () => {
    const path = `/v1/articles/${held.article.articleId}`;
    expect((await api.get(path, auth(KEYS.reader))).status).toBe(404);
    const res = await api.get(path, auth(KEYS.embargo));
    expect(res.status).toBe(200);
    expect(res.body.embargoedUntil).toBe(held.article.embargoedUntil!.toISOString());
    expect((await api.get(path, auth(KEYS.admin))).status).toBe(200);
  });

  it("answers 429 with Retry-After past a key's rate limit, without touching other keys", async () => {
    const path = `/v1/articles/${live.article.articleId}`;
    expect((await api.get(path, auth(KEYS.slow))).status).toBe(200);
    expect((await api.get(path, auth(KEYS.slow))).status).toBe(200);
    const limited = await api.get(path, auth(KEYS.slow));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(limited.body).toMatchObject({ type: 'urn:news-pipeline:problem:rate-limited', status: 429 });
    expect((await api.get(path, auth(KEYS.reader))).status).toBe(200);
  });

  it('keeps the field list of a 400 as the errors extension', async () => {
    const res = await api.get('/v1/articles?limit=0&sort=popular', auth(KEYS.reader));
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      type: 'urn:news-pipeline:problem:invalid-parameters',
      title: 'Invalid parameters',
      status: 400,
    });
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['limit', 'sort']);
    expect(res.body.detail).toContain('limit');
  });

  it('answers If-None-Match with 304 while the article is unchanged, with Cache-Control and Vary', async () => {
    const path = `/v1/articles/${live.article.articleId}`;
    const first = await api.get(path, auth(KEYS.reader));
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    expect(first.headers.get('vary')).toBe('Accept, Authorization');
    const again = await api.get(path, { ...auth(KEYS.reader), 'If-None-Match': etag });
    expect(again.status).toBe(304);
    const ninjs = await api.get(path, {
      ...auth(KEYS.reader),
      Accept: 'application/ninjs+json',
      'If-None-Match': etag,
    });
    expect(ninjs.status).toBe(200);
    await h.service.storeBatch(
      asBatch([
        normalisedEvent({ sourceId: source, externalId: 'live', version: 2, text: `Live story, updated ${tag}` }),
      ]),
    );
    expect((await api.get(path, { ...auth(KEYS.reader), 'If-None-Match': etag })).status).toBe(200);
  });

  it('pages with Link rel="next", selects fields, and counts the total', async () => {
    const res = await api.get(`/v1/articles?source=${source}&limit=2&fields=id,title`, auth(KEYS.reader));
    expect(res.status).toBe(200);
    expect(res.body.total).toEqual({ value: 6, exact: true });
    expect(res.headers.get('x-total-count')).toBe('6');
    expect(res.body.items).toHaveLength(2);
    for (const item of res.body.items) expect(Object.keys(item).sort()).toEqual(['id', 'title']);
    const link = /^<([^>]+)>; rel="next"$/.exec(res.headers.get('link') ?? '');
    expect(link).not.toBeNull();
    expect(link![1]).toBe(res.body.links.next);
    const next = await api.get(new URL(link![1]).pathname + new URL(link![1]).search, auth(KEYS.reader));
    expect(next.status).toBe(200);
    expect(next.body.items.map((i: { id: string }) => i.id)).not.toContain(res.body.items[0].id);
    const bad = await api.get(`/v1/articles?fields=id,nope`, auth(KEYS.reader));
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('fields');
  });

  it('counts exactly up to the bound, and beyond it estimates, never below the bound + 1', async () => {
    // The source's six searchable articles (the embargoed one is not searchable).
    const search = { sources: [source], sort: '-published' as const, limit: 20 };
    expect(await h.reader.countSearch(search, 6)).toEqual({ value: 6, exact: true });
    const estimated = await h.reader.countSearch(search, 3);
    expect(estimated.exact).toBe(false);
    expect(estimated.value).toBeGreaterThanOrEqual(4);
  });

  it('answers 406 for a representation it cannot give', async () => {
    const res = await api.get(`/v1/articles/${live.article.articleId}`, { ...auth(KEYS.reader), Accept: 'text/html' });
    expect(res.status).toBe(406);
    const v4 = await api.get(`/v1/articles/${live.article.articleId}`, {
      ...auth(KEYS.reader),
      Accept: 'application/ninjs+json; version=4.0',
    });
    expect(v4.status).toBe(406);
  });
});
