import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { DECLARED_PROVENANCES, DeclaredProvenance, SOURCE_ID_PATTERN } from '@news/contracts';
import { ConfigValidationError } from '@news/config';
import { readerNamed, wireFormatNames } from '@news/wire-formats';

/** A source allowed to push: its id, the SHA-256 of each of its API keys, and optional HMAC secret and rate limit. */
export interface SourceConfig {
  id: string;
  keySha256: string[];
  hmacSecret?: string;
  rateLimitPerMinute?: number;
  /** `scraped` for a source that pushes pages, `edited` for one whose HTML or text is a wire's copy. */
  provenance?: DeclaredProvenance;
  /** The wire format of pushes whose Content-Type does not name one (text/plain, octet-stream): `anpa1312`, `iptc7901`… */
  wireFormat?: string;
  /** E-mail: the From addresses this source's messages may come from (none: any). */
  allowedSenders?: string[];
  /** The charset of pushes whose Content-Type declares none (wires that send ISO-8859-1 or Windows-1252 without saying). */
  charset?: string;
}

export class SourceConfigError extends ConfigValidationError {
  constructor(problems: string[]) {
    super(problems, 'source configuration');
    this.name = 'SourceConfigError';
  }
}

function isKnownCharset(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/**
 * Reads the sources JSON (an array, or `{ "sources": [...] }`). Problems are
 * named by source index and field, never with a key or secret value.
 */
export function parseSources(json: string, origin: string): SourceConfig[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new SourceConfigError([`${origin}: not valid JSON`]);
  }
  const list = Array.isArray(parsed) ? parsed : (parsed as { sources?: unknown })?.sources;
  if (!Array.isArray(list)) throw new SourceConfigError([`${origin}: must be a JSON array of sources or {"sources": [...]}`]);
  const problems: string[] = [];
  const out: SourceConfig[] = [];
  list.forEach((raw: unknown, i) => {
    const s = (raw ?? {}) as Record<string, unknown>;
    const where = `${origin}[${i}]`;
    if (typeof s.id !== 'string' || !SOURCE_ID_PATTERN.test(s.id)) problems.push(`${where}.id: must be a source id slug`);
    const keys = Array.isArray(s.keySha256) ? s.keySha256 : typeof s.keySha256 === 'string' ? [s.keySha256] : [];
    if (keys.length === 0 || !keys.every((k) => typeof k === 'string' && /^[0-9a-fA-F]{64}$/.test(k))) {
      problems.push(`${where}.keySha256: must be one or more SHA-256 hex digests (64 hex characters) of the API keys`);
    }
    if (s.hmacSecret !== undefined && (typeof s.hmacSecret !== 'string' || s.hmacSecret.length < 16)) {
      problems.push(`${where}.hmacSecret: must be a string of at least 16 characters`);
    }
    if (s.rateLimitPerMinute !== undefined && !(Number.isInteger(s.rateLimitPerMinute) && (s.rateLimitPerMinute as number) >= 0)) {
      problems.push(`${where}.rateLimitPerMinute: must be a non-negative integer`);
    }
    if (s.provenance !== undefined && !DECLARED_PROVENANCES.includes(s.provenance as DeclaredProvenance)) {
      problems.push(`${where}.provenance: must be "edited" or "scraped"`);
    }
    if (s.wireFormat !== undefined && (typeof s.wireFormat !== 'string' || !readerNamed(s.wireFormat))) {
      problems.push(`${where}.wireFormat: must be one of ${wireFormatNames().join(', ')}`);
    }
    if (s.allowedSenders !== undefined && !(Array.isArray(s.allowedSenders) && s.allowedSenders.every((a) => typeof a === 'string' && a.includes('@')))) {
      problems.push(`${where}.allowedSenders: must be a list of e-mail addresses`);
    }
    if (s.charset !== undefined && !(typeof s.charset === 'string' && isKnownCharset(s.charset))) {
      problems.push(`${where}.charset: must be a charset name such as windows-1252 or iso-8859-15`);
    }
    out.push({
      id: s.id as string,
      keySha256: (keys as string[]).map((k) => k.toLowerCase()),
      hmacSecret: s.hmacSecret as string | undefined,
      rateLimitPerMinute: s.rateLimitPerMinute as number | undefined,
      provenance: s.provenance as DeclaredProvenance | undefined,
      wireFormat: s.wireFormat as string | undefined,
      allowedSenders: s.allowedSenders as string[] | undefined,
      charset: s.charset as string | undefined,
    });
  });
  if (problems.length > 0) throw new SourceConfigError(problems);
  return out;
}

/** Looks sources up by the hash of a presented API key. */
export class SourceRegistry {
  private readonly byKeyHash = new Map<string, SourceConfig>();
  private readonly byId = new Map<string, SourceConfig>();

  constructor(sources: SourceConfig[]) {
    const problems: string[] = [];
    for (const s of sources) {
      if (this.byId.has(s.id)) problems.push(`source ${s.id} is configured twice`);
      this.byId.set(s.id, s);
      for (const h of s.keySha256) {
        if (this.byKeyHash.has(h)) problems.push(`a key of source ${s.id} is also a key of source ${this.byKeyHash.get(h)!.id}`);
        this.byKeyHash.set(h, s);
      }
    }
    if (problems.length > 0) throw new SourceConfigError(problems);
  }

  static fromConfig(env: { INGEST_API_KEYS?: string; INGEST_SOURCES_FILE?: string }): SourceRegistry {
    const sources: SourceConfig[] = [];
    if (env.INGEST_API_KEYS) sources.push(...parseSources(env.INGEST_API_KEYS, 'INGEST_API_KEYS'));
    if (env.INGEST_SOURCES_FILE) {
      let text: string;
      try {
        text = readFileSync(env.INGEST_SOURCES_FILE, 'utf8');
      } catch (err) {
        throw new SourceConfigError([`INGEST_SOURCES_FILE: cannot read ${env.INGEST_SOURCES_FILE}: ${(err as NodeJS.ErrnoException).code}`]);
      }
      sources.push(...parseSources(text, 'INGEST_SOURCES_FILE'));
    }
    return new SourceRegistry(sources);
  }

  get size(): number {
    return this.byId.size;
  }

  /** The source a key belongs to; the key is hashed first, so the lookup's timing says nothing about stored keys. */
  sourceForKey(apiKey: string): SourceConfig | undefined {
    return this.byKeyHash.get(sha256Hex(apiKey));
  }

  get(id: string): SourceConfig | undefined {
    return this.byId.get(id);
  }
}
