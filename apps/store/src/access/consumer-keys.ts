import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export const SCOPES = ['read', 'read:embargoed', 'admin'] as const;
export type Scope = (typeof SCOPES)[number];

/** A consumer of the API: its id, the SHA-256 of each of its keys, its scopes and rate limit. */
export interface ConsumerKey {
  id: string;
  keySha256: string[];
  scopes: Scope[];
  rateLimitPerMinute?: number;
}

/** Who is asking: a configured consumer, or anyone in open mode. */
export interface Caller {
  id: string;
  scopes: ReadonlySet<Scope>;
  rateLimitPerMinute?: number;
}

export class ConsumerKeyError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid consumer keys:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConsumerKeyError';
  }
}

const CONSUMER_ID = /^[a-z0-9][a-z0-9._-]{0,63}$/;

export const sha256Hex = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');

/** `admin` may do everything; `read:embargoed` includes `read`. */
export function grants(scopes: ReadonlySet<Scope>, needed: Scope): boolean {
  return scopes.has(needed) || scopes.has('admin') || (needed === 'read' && scopes.has('read:embargoed'));
}

/** Reads the keys JSON (an array, or `{"keys": [...]}`); problems name the entry and field, never a key. */
export function parseConsumerKeys(json: string, origin: string): ConsumerKey[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new ConsumerKeyError([`${origin}: not valid JSON`]);
  }
  const list = Array.isArray(parsed) ? parsed : (parsed as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(list))
    throw new ConsumerKeyError([`${origin}: must be a JSON array of consumers or {"keys": [...]}`]);
  const problems: string[] = [];
  const out = list.map((raw: unknown, i): ConsumerKey => {
    const k = (raw ?? {}) as Record<string, unknown>;
    const where = `${origin}[${i}]`;
    if (typeof k.id !== 'string' || !CONSUMER_ID.test(k.id))
      problems.push(`${where}.id: must be a lower-case slug of at most 64 characters`);
    const hashes = Array.isArray(k.keySha256) ? k.keySha256 : typeof k.keySha256 === 'string' ? [k.keySha256] : [];
    if (hashes.length === 0 || !hashes.every((h) => typeof h === 'string' && /^[0-9a-fA-F]{64}$/.test(h))) {
      problems.push(`${where}.keySha256: must be one or more SHA-256 hex digests (64 hex characters) of the keys`);
    }
    const scopes = Array.isArray(k.scopes) ? k.scopes : [];
    if (scopes.length === 0 || !scopes.every((s) => (SCOPES as readonly unknown[]).includes(s))) {
      problems.push(`${where}.scopes: must be a non-empty list of ${SCOPES.join(', ')}`);
    }
    if (
      k.rateLimitPerMinute !== undefined &&
      !(Number.isInteger(k.rateLimitPerMinute) && (k.rateLimitPerMinute as number) >= 0)
    ) {
      problems.push(`${where}.rateLimitPerMinute: must be a non-negative integer`);
    }
    return {
      id: k.id as string,
      keySha256: (hashes as string[]).map((h) => String(h).toLowerCase()),
      scopes: scopes as Scope[],
      rateLimitPerMinute: k.rateLimitPerMinute as number | undefined,
    };
  });
  if (problems.length > 0) throw new ConsumerKeyError(problems);
  return out;
}

export interface KeySettings {
  STORE_AUTH_MODE: 'keys' | 'open';
  STORE_API_KEYS?: string;
  STORE_API_KEYS_FILE?: string;
}

/** The configured consumers, looked up by the hash of a presented key. */
export class ConsumerKeys {
  private readonly byHash = new Map<string, ConsumerKey>();

  constructor(
    readonly mode: 'keys' | 'open',
    readonly consumers: ConsumerKey[],
  ) {
    const problems: string[] = [];
    const ids = new Set<string>();
    for (const c of consumers) {
      if (ids.has(c.id)) problems.push(`consumer ${c.id} is configured twice`);
      ids.add(c.id);
      for (const h of c.keySha256) {
        if (this.byHash.has(h)) problems.push(`a key of ${c.id} is also a key of ${this.byHash.get(h)!.id}`);
        this.byHash.set(h, c);
      }
    }
    if (mode === 'keys' && consumers.length === 0) {
      problems.push(
        'STORE_AUTH_MODE=keys needs at least one consumer in STORE_API_KEYS or STORE_API_KEYS_FILE (or ' +
          'STORE_AUTH_MODE=open for local development)',
      );
    }
    if (problems.length > 0) throw new ConsumerKeyError(problems);
  }

  static fromConfig(s: KeySettings, env: NodeJS.ProcessEnv = process.env): ConsumerKeys {
    if (s.STORE_AUTH_MODE === 'open' && env.NODE_ENV === 'production') {
      throw new ConsumerKeyError([
        'STORE_AUTH_MODE=open is for local development and is refused when NODE_ENV=production',
      ]);
    }
    const consumers: ConsumerKey[] = [];
    if (s.STORE_API_KEYS) consumers.push(...parseConsumerKeys(s.STORE_API_KEYS, 'STORE_API_KEYS'));
    if (s.STORE_API_KEYS_FILE) {
      let text: string;
      try {
        text = readFileSync(s.STORE_API_KEYS_FILE, 'utf8');
      } catch (err) {
        throw new ConsumerKeyError([
          `STORE_API_KEYS_FILE: cannot read ${s.STORE_API_KEYS_FILE}: ${(err as NodeJS.ErrnoException).code}`,
        ]);
      }
      consumers.push(...parseConsumerKeys(text, 'STORE_API_KEYS_FILE'));
    }
    return new ConsumerKeys(s.STORE_AUTH_MODE, consumers);
  }

  /** The caller a key belongs to; the key is hashed first, so the lookup's timing says nothing about stored keys. */
  callerForKey(key: string): Caller | undefined {
    const c = this.byHash.get(sha256Hex(key));
    return c && { id: c.id, scopes: new Set(c.scopes), rateLimitPerMinute: c.rateLimitPerMinute };
  }
}

/** Open mode's caller: may read what is public, nothing embargoed, no admin route. */
export const OPEN_CALLER: Caller = { id: 'open', scopes: new Set<Scope>(['read']) };
