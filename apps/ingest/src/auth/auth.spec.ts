import { createHash, createHmac } from 'node:crypto';
import { RateLimiter } from './rate-limiter';
import { canonicalQuery, canonicalRequest, requestHashOf, RequestParts } from './canonical-request';
import { signatureFor, verifySignature } from './signature';
import { parseSources, sha256Hex, SourceConfigError, SourceRegistry } from './source-registry';

describe('source registry', () => {
  const key = 'k-123456789';
  const sources = parseSources(
    JSON.stringify([{ id: 'wire-a', keySha256: [sha256Hex(key)], hmacSecret: 'sixteen-chars-at-least' }]),
    'test',
  );

  it('finds a source by the hash of its key, and nothing for another key', () => {
    const reg = new SourceRegistry(sources);
    expect(reg.sourceForKey(key)?.id).toBe('wire-a');
    expect(reg.sourceForKey('other')).toBeUndefined();
  });

  it('accepts {"sources": [...]} and names every problem without revealing values', () => {
    expect(parseSources('{"sources":[]}', 'x')).toEqual([]);
    let err: SourceConfigError | undefined;
    try {
      parseSources(
        JSON.stringify([{ id: 'Bad Id', keySha256: ['plain-key-not-a-hash'], hmacSecret: 'short' }]),
        'INGEST_API_KEYS',
      );
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
    expect(
      () =>
        new SourceRegistry([
          { id: 'a', keySha256: [h] },
          { id: 'b', keySha256: [h] },
        ]),
    ).toThrow(/also a key of source a/);
    expect(
      () =>
        new SourceRegistry([
          { id: 'a', keySha256: [h] },
          { id: 'a', keySha256: [sha256Hex('x')] },
        ]),
    ).toThrow(/twice/);
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
    expect(canonicalQuery('/p?a=%78%20y&b=2&c=')).toBe(canonicalQuery('/p?c&b=2&a=x+y'));
    expect(canonicalQuery("/p?q=it's(1)*!")).toBe('q=it%27s%281%29%2A%21');
    expect(canonicalQuery('/p?bad=%E0%A4%A')).toBe('bad=%25E0%25A4%25A');
    expect(canonicalQuery('/p')).toBe('');
  });

  it('an Idempotency-Key hash changes with the query, a metadata header or the body, not other headers', () => {
    const base = requestHashOf(parts());
    expect(
      requestHashOf(parts({ headers: { ...parts().headers, authorization: 'Bearer other', 'x-correlation-id': 'c' } })),
    ).toBe(base);
    expect(requestHashOf(parts({ url: '/v1/articles?title=Ferry%20timetable&externalId=f-2' }))).not.toBe(base);
    expect(
      requestHashOf(parts({ headers: { ...parts().headers, 'x-article-url': 'https://evil.example/' } })),
    ).not.toBe(base);
    expect(requestHashOf(parts({ body: Buffer.from('Text!') }))).not.toBe(base);
    expect(requestHashOf(parts({ url: '/v1/other?title=Ferry%20timetable&externalId=f-1' }))).not.toBe(base);
  });
});

describe('HMAC signature over the canonical request', () => {
  const now = 1_700_000_000_000;
  const ts = String(now / 1000);
  const req = (headers: Record<string, string>, url = '/v1/articles?externalId=x'): RequestParts => ({
    method: 'POST',
    url,
    headers: { 'content-type': 'text/plain', ...headers },
    body: Buffer.from('Body.'),
  });
  const signed = (extra: Record<string, string> = {}, url?: string) => {
    const unsigned = req(extra, url);
    return {
      ...unsigned,
      headers: {
        ...unsigned.headers,
        'x-signature-timestamp': ts,
        'x-signature-256': signatureFor('secret', unsigned, ts),
      },
    };
  };
  const check = (p: RequestParts, nowMs = now) => verifySignature('secret', p, { windowSeconds: 300, nowMs });

  it('accepts the request as signed, within the window either way', () => {
    expect(check(signed())).toEqual({ ok: true });
    expect(check(signed(), now + 300_000)).toEqual({ ok: true });
    expect(check(signed(), now - 300_000)).toEqual({ ok: true });
  });

  it('refuses it with any metadata header, query parameter, body or timestamp changed', () => {
    const s = signed({ 'x-article-title': 'Port open' });
    const variants: RequestParts[] = [
      { ...s, headers: { ...s.headers, 'x-article-title': 'FAKE: Port closed after explosion' } },
      { ...s, headers: { ...s.headers, 'x-article-url': 'https://evil.example/fake' } },
      { ...s, url: '/v1/articles?externalId=new' },
      { ...s, url: '/v1/articles?externalId=x&url=https://evil.example/fake' },
      { ...s, body: Buffer.from('Body!') },
      { ...s, headers: { ...s.headers, 'x-signature-timestamp': String(Number(ts) + 1) } },
      { ...s, headers: { ...s.headers, 'content-type': 'text/html' } },
    ];
    for (const v of variants)
      expect(check(v)).toMatchObject({ ok: false, reason: expect.stringMatching(/does not match/) });
    expect(check(s, now + 301_000)).toMatchObject({ ok: false, reason: expect.stringMatching(/more than 300 s/) });
    expect(check(s, now - 301_000)).toMatchObject({ ok: false, reason: expect.stringMatching(/more than 300 s/) });
  });

  it('refuses a signature of the body alone, a missing timestamp and a wrong secret', () => {
    const bodyOnly = `sha256=${createHmac('sha256', 'secret').update('Body.').digest('hex')}`;
    expect(check({ ...req({}), headers: { ...req({}).headers, 'x-signature-256': bodyOnly } })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/Timestamp/),
    });
    expect(
      check({ ...req({}), headers: { ...req({}).headers, 'x-signature-256': bodyOnly, 'x-signature-timestamp': ts } }),
    ).toMatchObject({ ok: false });
    expect(check(req({}))).toMatchObject({ ok: false, reason: expect.stringMatching(/missing/) });
    const other = signed();
    expect(verifySignature('other-secret', other, { windowSeconds: 300, nowMs: now })).toMatchObject({ ok: false });
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
