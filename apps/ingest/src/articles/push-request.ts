import type { ParseMeta } from '@news/wire-formats';
import type { RequestParts } from '../auth/canonical-request';

/** The parts of an HTTP push the pipeline needs, independent of Express. */
export interface PushRequest {
  method: string;
  /** The request target as sent (path and query string): signatures and Idempotency-Keys cover it. */
  url: string;
  rawBody: Buffer;
  contentType: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  query: Record<string, unknown>;
}

export interface PushAnswer {
  statusCode: number;
  body: Record<string, unknown>;
  headers?: Record<string, string>;
}

function one(v: unknown): string | undefined {
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' && s.trim() !== '' ? s.trim() : undefined;
}

/** Header values are ASCII; titles and URLs may be percent-encoded there. */
function decoded(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
}

/** What a signature and an Idempotency-Key's request hash cover. */
export function requestPartsOf(req: PushRequest): RequestParts {
  return { method: req.method, url: req.url, headers: req.headers, body: req.rawBody };
}

/** The source the request names: X-Source-Id header or ?source= query parameter. */
export function claimedSourceOf(req: PushRequest): string | undefined {
  return one(req.headers['x-source-id']) ?? one(req.query.source);
}

/** Metadata for bodies that carry none (HTML, plain text): headers first, then query parameters. */
export function metaOf(req: PushRequest, sourceId: string | undefined): ParseMeta {
  const h = (name: string) => decoded(one(req.headers[name]));
  const q = (name: string) => one(req.query[name]);
  return {
    charset: /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(req.contentType ?? '')?.[1],
    sourceId,
    url: h('x-article-url') ?? q('url'),
    title: h('x-article-title') ?? q('title'),
    externalId: h('x-external-id') ?? q('externalId'),
    language: one(req.headers['content-language']) ?? q('language'),
    publishedAt: h('x-published-at') ?? q('publishedAt'),
    provenance: h('x-article-provenance') ?? q('provenance'),
  };
}
