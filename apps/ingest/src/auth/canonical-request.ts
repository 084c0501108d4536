import { createHash } from 'node:crypto';

/**
 * The request headers whose values become article data or decide how the body
 * is read, in the order the canonical request lists them. One list for the
 * HMAC signature and for an Idempotency-Key's request hash: a header that
 * changes the article must change both. Absent headers count as empty.
 */
export const SIGNED_HEADERS = [
  'content-type',
  'content-language',
  'x-source-id',
  'x-external-id',
  'x-article-url',
  'x-article-title',
  'x-published-at',
  'x-article-provenance',
  'x-wire-format',
] as const;

/** The parts of an HTTP request that make an article. */
export interface RequestParts {
  method: string;
  /** The request target as sent: path and query string (`/v1/articles?externalId=x`). */
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** RFC 3986 percent-encoding: encodeURIComponent plus the four characters it leaves alone. */
function rfc3986(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function decodeQueryPart(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

/**
 * The query string as a signer writes it: each `name=value` decoded as ingest
 * reads it (`+` is a space), re-encoded per RFC 3986, sorted bytewise, joined
 * by `&`. Order and encoding choices of the sender do not matter; values do.
 */
export function canonicalQuery(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return '';
  return url
    .slice(q + 1)
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const [name, value] = eq < 0 ? [pair, ''] : [pair.slice(0, eq), pair.slice(eq + 1)];
      return `${rfc3986(decodeQueryPart(name))}=${rfc3986(decodeQueryPart(value))}`;
    })
    .sort()
    .join('&');
}

function headerValue(v: string | string[] | undefined): string {
  return (Array.isArray(v) ? v.join(',') : (v ?? '')).trim();
}

/**
 * The canonical request: method, path, canonical query, each of SIGNED_HEADERS
 * as `name:value`, the timestamp (empty for an Idempotency-Key's hash) and the
 * SHA-256 hex of the body, one per line. docs/ingest.md ("Signed pushes") gives
 * the same definition to feed providers, with reference signers.
 */
export function canonicalRequest(parts: RequestParts, timestamp = ''): string {
  const q = parts.url.indexOf('?');
  const path = q < 0 ? parts.url : parts.url.slice(0, q);
  return [
    parts.method.toUpperCase(),
    path,
    canonicalQuery(parts.url),
    ...SIGNED_HEADERS.map((h) => `${h}:${headerValue(parts.headers[h])}`),
    timestamp,
    createHash('sha256').update(parts.body).digest('hex'),
  ].join('\n');
}

/** SHA-256 hex of everything in a request that becomes article data (an Idempotency-Key's request hash). */
export function requestHashOf(parts: RequestParts): string {
  return createHash('sha256').update(canonicalRequest(parts)).digest('hex');
}
