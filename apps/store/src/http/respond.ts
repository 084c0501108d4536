import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';

export interface Answer {
  body: unknown;
  contentType: string;
  /** See docs/api.md ("Caching"). */
  cacheControl: string;
  /** RFC 8288 links, e.g. `<…>; rel="next"`. */
  links?: string[];
}

/** True when If-None-Match names this ETag (or `*`); weak and strong forms compare alike for GET. */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag.replace(/^W\//, '') === bare;
  });
}

/**
 * Sends a representation with a strong ETag of its exact bytes: a client that
 * sends it back in If-None-Match gets 304 with no body while nothing changed.
 * Vary names what the body depends on besides the URL.
 */
export function answer(req: Request, res: Response, a: Answer): void {
  const bytes = Buffer.from(JSON.stringify(a.body), 'utf8');
  const etag = `"${createHash('sha256').update(a.contentType).update(bytes).digest('base64url').slice(0, 32)}"`;
  res.setHeader('ETag', etag);
  res.setHeader('Cache-Control', a.cacheControl);
  res.setHeader('Vary', 'Accept, Authorization');
  if (a.links?.length) res.setHeader('Link', a.links.join(', '));
  if (matchesEtag(req.header('if-none-match'), etag)) {
    res.status(304).end();
    return;
  }
  res.status(200).setHeader('Content-Type', a.contentType);
  res.setHeader('Content-Length', String(bytes.length));
  res.end(req.method === 'HEAD' ? undefined : bytes);
}

/** The API's absolute base as the client reached it (the configured public URL wins). */
export function baseUrlOf(req: Request, configured?: string): string {
  if (configured) return configured.replace(/\/$/, '');
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}
