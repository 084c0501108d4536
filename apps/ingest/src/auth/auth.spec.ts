import { RateLimiter } from './rate-limiter';
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
