import { createHash } from 'node:crypto';
import { RateLimiter } from './rate-limiter';
import { canonicalQuery, canonicalRequest, requestHashOf, RequestParts } from './canonical-request';
import { signatureFor, signatureMatches } from './signature';
import { parseSources, sha256Hex, SourceConfigError, SourceRegistry } from './source-registry';

describe('source registry', () => {
  const key = 'k-123456789';
  const sources = parseSources(JSON.stringify([{ id: 'wire-a', keySha256: [sha256Hex(key)], hmacSecret: 'sixteen-chars-at-least' }]), 'test');

  it('finds a source by the hash of its key, and nothing for another key', () => {
    const reg = new SourceRegistry(sources);
    expect(reg.sourceForKey(key)?.id).toBe('wire-a');
    expect(reg.sourceForKey('other')).toBeUndefined();
  });

  it('accepts {"sources": [...]} and names every problem without revealing values', () => {
    expect(parseSources('{"sources":[]}', 'x')).toEqual([]);
    let err: SourceConfigError | undefined;
    try {
      parseSources(JSON.stringify([{ id: 'Bad Id', keySha256: ['plain-key-not-a-hash'], hmacSecret: 'short' }]), 'INGEST_API_KEYS');
    } catch (e) {
      err = e as SourceConfigError;
    }
    expect(err?.problems).toEqual([
      'INGEST_API_KEYS[0].id: must be a source id slug',
      'INGEST_API_KEYS[0].keySha256: must be one or more SHA-256 hex digests (64 hex characters) of the API keys',
      'INGEST_API_KEYS[0].hmacSecret: must be a string of at least 16 characters',
    ]);
    expect(err?.message).not.toContain('plain-key-not-a-hash');
    expect(() => parseSources('not json', 'F')).toThrow(/F: not valid JSON/);
  });

  it('refuses a key shared by two sources and a source given twice', () => {
    const h = sha256Hex('same');
    expect(() => new SourceRegistry([{ id: 'a', keySha256: [h] }, { id: 'b', keySha256: [h] }])).toThrow(/also a key of source a/);
    expect(() => new SourceRegistry([{ id: 'a', keySha256: [h] }, { id: 'a', keySha256: [sha256Hex('x')] }])).toThrow(/twice/);
  });
});

describe('canonical request', () => {
  const parts = (over: Partial<RequestParts> = {}): RequestParts => ({
    method: 'POST',
    url: '/v1/articles?title=Ferry%20timetable&externalId=f-1',
    headers: { 'content-type': 'text/plain', 'x-article-title': ' Ferry ', authorization: 'Bearer k' },
    body: Buffer.from('Text.'),
    ...over,
  });

  it('lists method, path, sorted query, every metadata header, timestamp and body hash', () => {
    expect(canonicalRequest(parts(), '1700000000').split('\n')).toEqual([
      'POST',
      '/v1/articles',
      'externalId=f-1&title=Ferry%20timetable',
      'content-type:text/plain',
      'content-language:',
      'x-source-id:',
      'x-external-id:',
      'x-article-url:',
      'x-article-title:Ferry',
      'x-published-at:',
      'x-article-provenance:',
      'x-wire-format:',
      '1700000000',
      createHash('sha256').update('Text.').digest('hex'),
    ]);
  });

  it('reads the query as ingest does: order and encoding choices do not matter, values do', () => {
    expect(canonicalQuery('/p?b=2&a=x+y&c')).toBe('a=x%20y&b=2&c=');
    expect(canonicalQuery("/p?a=%78%20y&b=2&c=")).toBe(canonicalQuery('/p?c&b=2&a=x+y'));
    expect(canonicalQuery("/p?q=it's(1)*!")).toBe('q=it%27s%281%29%2A%21');
    expect(canonicalQuery('/p?bad=%E0%A4%A')).toBe('bad=%25E0%25A4%25A');
    expect(canonicalQuery('/p')).toBe('');
  });

  it('an Idempotency-Key request hash changes with the query, a metadata header or the body, not with other headers', () => {
    const base = requestHashOf(parts());
    expect(requestHashOf(parts({ headers: { ...parts().headers, authorization: 'Bearer other', 'x-correlation-id': 'c' } }))).toBe(base);
    expect(requestHashOf(parts({ url: '/v1/articles?title=Ferry%20timetable&externalId=f-2' }))).not.toBe(base);
    expect(requestHashOf(parts({ headers: { ...parts().headers, 'x-article-url': 'https://evil.example/' } }))).not.toBe(base);
    expect(requestHashOf(parts({ body: Buffer.from('Text!') }))).not.toBe(base);
    expect(requestHashOf(parts({ url: '/v1/other?title=Ferry%20timetable&externalId=f-1' }))).not.toBe(base);
  });
});

describe('HMAC signature', () => {
  it('matches sha256=<hex> of the raw body only', () => {
    const body = Buffer.from('{"a":1}');
    expect(signatureMatches('secret', body, signatureFor('secret', body))).toBe(true);
    expect(signatureMatches('secret', Buffer.from('{"a":2}'), signatureFor('secret', body))).toBe(false);
    expect(signatureMatches('other', body, signatureFor('secret', body))).toBe(false);
    expect(signatureMatches('secret', body, undefined)).toBe(false);
    expect(signatureMatches('secret', body, 'sha1=abc')).toBe(false);
  });
});

describe('rate limiter', () => {
  it('allows perMinute requests, then says how long to wait, and refills', () => {
    let now = 0;
    const limiter = new RateLimiter(() => now);
    expect([1, 2, 3].map(() => limiter.take('s', 3))).toEqual([0, 0, 0]);
    expect(limiter.take('s', 3)).toBe(20);
    expect(limiter.take('other', 3)).toBe(0);
    now += 20_000;
    expect(limiter.take('s', 3)).toBe(0);
    expect(limiter.take('s', 0)).toBe(0);
  });
});
