/**
 * A small corpus of hostile and out-of-range query parameters and cursors
 * against the store's API and the real PostgreSQL: every one is answered
 * with a 4xx, never a 5xx, and range errors are 400s naming the parameter.
 */
import type { SearchSort } from '@news/database';
import { encodeCursor } from '../../apps/store/src/query/search-cursor';
import { parseSearchParams } from '../../apps/store/src/query/search-params';
import { startStoreApi, StoreApi } from './support/store-api';

const ID = '00000000-0000-4000-8000-000000000000';

/** A cursor the API would accept for this query in every respect but its key. */
function tampered(query: Record<string, string>, sort: SearchSort, key: string): string {
  const parsed = parseSearchParams(query);
  if (!parsed.ok) throw new Error(`bad base query ${JSON.stringify(query)}`);
  return encodeCursor({ sort, key, id: ID }, parsed.fingerprint);
}

const q = (params: Record<string, string>) => `/v1/articles?${new URLSearchParams(params).toString()}`;

/** [path, the parameter a 400 must name] */
const NAMED: Array<[string, string]> = [
  ...[
    '0000-01-01',
    '0000-01-01T00:00:00Z',
    '+010000-01-01T00:00:00Z',
    '0999-12-31',
    '2024-02-30',
    '2024-13-45',
    '2024-01-01T00:00+99:00',
  ].flatMap((v): Array<[string, string]> => [
    [q({ publishedFrom: v }), 'publishedFrom'],
    [q({ publishedTo: v }), 'publishedTo'],
    [q({ receivedFrom: v }), 'receivedFrom'],
    [q({ receivedTo: v }), 'receivedTo'],
  ]),
  ...[
    '2026-13-45 25:61:61+00',
    '0000-01-01 00:00:00+00',
    '0000-12-31 23:59:59+00',
    '2024-01-01 00:00:00+99',
    '2024-02-30 00:00:00+00',
    '10000-01-01 00:00:00+00',
  ].map((key): [string, string] => [q({ cursor: tampered({}, '-published', key) }), 'cursor']),
  ...['2026-13-45 25:61:61+00', '0000-01-01 00:00:00+00'].map((key): [string, string] => [
    q({ sort: 'received', cursor: tampered({ sort: 'received' }, 'received', key) }),
    'cursor',
  ]),
  ...['1e39', '1e999', '-1e-50', '9'.repeat(60), '-' + '9'.repeat(59), 'NaN', 'Infinity'].map(
    (key): [string, string] => [q({ q: 'ferry', cursor: tampered({ q: 'ferry' }, 'relevance', key) }), 'cursor'],
  ),
  [q({ limit: '1e3' }), 'limit'],
  [q({ limit: '-1' }), 'limit'],
  [q({ cursor: 'not a cursor' }), 'cursor'],
  [q({ cursor: Buffer.from('{"v":1}').toString('base64url') }), 'cursor'],
  [q({ person: 'x'.repeat(301) }), 'person'],
  [q({ q: 'a\u0000b' }), 'q'],
  [q({ subject: 'medtop:1' }), 'subject'],
  ['/v1/articles?publishedFrom[a]=1', 'publishedFrom[a]'],
  ['/v1/articles?sort=relevance&sort=published', 'sort'],
  [q({ fields: 'id,__proto__' }), 'fields'],
  [q({ fields: ',,,' }), 'fields'],
  ['/v1/articles?fields=id&fields=title', 'fields'],
  [`/v1/articles/${ID}?fields=nope`, 'fields'],
  [`/v1/articles/${ID}/versions/0`, 'n'],
  [`/v1/articles/${ID}/versions/-1`, 'n'],
  [`/v1/articles/${ID}/versions/99999999999`, 'n'],
  [`/v1/articles/${ID}/versions/1e3`, 'n'],
  ['/v1/changes?since=-1', 'since'],
  ['/v1/changes?since=abc', 'since'],
  ['/v1/changes?since=99999999999999999999', 'since'],
  ['/v1/changes?since=1&since=2', 'since'],
  ['/v1/changes?limit=0', 'limit'],
  ['/v1/changes?limit=1001', 'limit'],
  ['/v1/changes?cursor=1', 'cursor'],
  ['/v1/changes/stream?since=%00', 'since'],
];

/** Paths that must not reach 5xx, whatever else they answer. */
const OTHERS = [
  '/v1/articles/not-a-uuid',
  `/v1/articles/${ID}x`,
  `/v1/articles/${ID}/versions`,
  '/v1/articles/%00',
  '/v1/articles/%E0%A4%A',
  '/v1/articles?q=' + encodeURIComponent('"unclosed OR -'),
  '/v1/articles?q=' + encodeURIComponent('!!! & | <-> :*'),
  '/v1/articles?' + 'source=a&'.repeat(200),
  `/v1/articles/${ID}/versions/1`,
  `/v1/articles/${ID}/versions/%00`,
  '/v1/changes?since=0&limit=1000',
  '/v1/keys',
  '/v1/changes/' + 'x'.repeat(2000),
];

/** Headers a client may get wrong: each answered below 500 on every route. */
const HEADERS: Array<Record<string, string>> = [
  { Accept: 'application/ninjs+json; version=9' },
  { Accept: 'application/ninjs+json; profile="ninjs-schema_1.0"' },
  { Accept: ';;;,,,q=abc' },
  { Accept: 'text/html;q=1, application/json;q=0' },
  { 'If-None-Match': '"' + 'x'.repeat(500) },
  { 'If-None-Match': 'W/, *, ,' },
  { Authorization: 'Bearer' },
  { Authorization: 'Bearer ' + 'k'.repeat(10_000) },
  { Authorization: 'Basic dXNlcjpwYXNz' },
];

describe('store API: bad input gets a 4xx naming the parameter, never a 5xx (real PostgreSQL)', () => {
  let api: StoreApi;

  beforeAll(async () => {
    api = await startStoreApi(`bad-input-${Date.now()}`);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('answers every out-of-range date and tampered cursor with a 400 naming the parameter', async () => {
    const answers = [];
    for (const [path] of NAMED) {
      const res = await fetch(`${api.url}${path}`);
      const body = (await res.json().catch(() => ({}))) as { errors?: Array<{ field: string }> };
      answers.push({ path, status: res.status, fields: (body.errors ?? []).map((e) => e.field) });
    }
    expect(answers).toEqual(NAMED.map(([path, field]) => ({ path, status: 400, fields: [field] })));
  });

  it('never answers 5xx to the rest of the corpus', async () => {
    const answers = [];
    for (const path of OTHERS) answers.push({ path, status: (await fetch(`${api.url}${path}`)).status });
    expect(answers.filter((a) => a.status >= 500)).toEqual([]);
    expect(answers.every((a) => a.status >= 200 && a.status < 500)).toBe(true);
  });

  it('never answers 5xx to a bad header on any route', async () => {
    const routes = ['/v1/articles', `/v1/articles/${ID}`, `/v1/articles/${ID}/versions/1`, '/v1/changes'];
    const answers = [];
    for (const path of routes)
      for (const headers of HEADERS)
        answers.push({ path, headers, status: (await fetch(`${api.url}${path}`, { headers })).status });
    expect(answers.filter((a) => a.status >= 500)).toEqual([]);
    const bad = await fetch(`${api.url}/v1/changes/stream`, { headers: { 'Last-Event-ID': 'not-a-cursor' } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: Array<{ field: string }> }).errors[0].field).toBe('Last-Event-ID');
  });

  it('answers the whole corpus 401, never 5xx, when no key is given in keys mode', async () => {
    const keyed = await startStoreApi(`bad-input-keys-${Date.now()}`, {
      STORE_AUTH_MODE: 'keys',
      STORE_API_KEYS: JSON.stringify([{ id: 'someone', keySha256: ['0'.repeat(64)], scopes: ['read'] }]),
    });
    try {
      const statuses = [];
      for (const path of [...NAMED.map(([p]) => p), ...OTHERS.filter((p) => p.startsWith('/v1/'))])
        statuses.push({ path, status: (await fetch(`${keyed.url}${path}`)).status });
      // Routes Express cannot match (a bad percent-encoding) answer 400 or 404 before any guard: never 5xx.
      expect(statuses.filter((s) => s.status !== 401 && !(s.status === 400 || s.status === 404))).toEqual([]);
      expect(statuses.filter((s) => s.status === 401).length).toBeGreaterThan(statuses.length - 4);
    } finally {
      await keyed.close();
    }
  });

  it('still pages with the edges of the range', async () => {
    const edges = await api.get(q({ publishedFrom: '1000-01-01', publishedTo: '9999-12-31T23:59:59Z', limit: '1' }));
    expect(edges.status).toBe(200);
    const cursor = await api.get(q({ cursor: tampered({}, '-published', '9999-12-31 23:59:59+00') }));
    expect(cursor.status).toBe(200);
  });
});
