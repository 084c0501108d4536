import { createHash } from 'node:crypto';
import type { SearchSort } from '@news/database';

/**
 * The opaque `cursor` of GET /v1/articles: base64url JSON holding the last
 * row's sort key and id, and a fingerprint of the query it belongs to, so a
 * cursor replayed with other filters is refused instead of skipping rows.
 */
export interface CursorPosition {
  sort: SearchSort;
  key: string;
  id: string;
}

interface CursorBody {
  v: 1;
  s: SearchSort;
  k: string;
  i: string;
  f: string;
}

/** How PostgreSQL prints the sort keys (real and timestamptz); anything else is refused before SQL sees it. */
const RANK_KEY = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/;
const TIMESTAMP_KEY = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;

export function queryFingerprint(canonicalQuery: unknown): string {
  return createHash('sha256').update(JSON.stringify(canonicalQuery)).digest('base64url').slice(0, 16);
}

export function encodeCursor(position: CursorPosition, fingerprint: string): string {
  const body: CursorBody = { v: 1, s: position.sort, k: position.key, i: position.id, f: fingerprint };
  return Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
}

/** Returns the position, or a reason the cursor cannot be used with this query. */
export function decodeCursor(cursor: string, sort: SearchSort, fingerprint: string): CursorPosition | { error: string } {
  let body: Partial<CursorBody>;
  try {
    if (!/^[A-Za-z0-9_-]{1,2000}$/.test(cursor)) throw new Error('not base64url');
    body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<CursorBody>;
  } catch {
    return { error: 'is not a cursor this API issued' };
  }
  if (body?.v !== 1 || typeof body.k !== 'string' || typeof body.i !== 'string' || typeof body.s !== 'string') {
    return { error: 'is not a cursor this API issued' };
  }
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(body.i) || body.k.length > 64) {
    return { error: 'is not a cursor this API issued' };
  }
  if (body.s !== sort) return { error: 'belongs to a different query (same q, filters and sort are required)' };
  const keyShape = sort === 'relevance' ? RANK_KEY : TIMESTAMP_KEY;
  if (!keyShape.test(body.k)) return { error: 'is not a cursor this API issued' };
  if (body.f !== fingerprint) return { error: 'belongs to a different query (same q, filters and sort are required)' };
  return { sort: body.s, key: body.k, id: body.i };
}
