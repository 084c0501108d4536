import { createHash } from 'node:crypto';
import { DATE_RANGE } from '@news/contracts';
import type { MatchMode, SearchSort } from '@news/database';

/**
 * The opaque `cursor` of GET /v1/articles: base64url JSON holding the last
 * row's sort key and id, and a fingerprint of the query it belongs to, so a
 * cursor replayed with other filters is refused instead of skipping rows.
 */
export interface CursorPosition {
  sort: SearchSort;
  key: string;
  id: string;
  /** The first page fell back to any-term matching: the next pages match the same way. */
  matchMode?: MatchMode;
  /** … with common words counted too (run-search.ts). */
  broad?: boolean;
  /** The instant the first page measured ages from (recency boost). */
  asOf?: Date;
}

interface CursorBody {
  v: 1;
  s: SearchSort;
  k: string;
  i: string;
  f: string;
  m?: 'any';
  b?: 1;
  t?: number;
}

/** How PostgreSQL prints the sort keys (real and timestamptz); anything else is refused before SQL sees it. */
const RANK_KEY = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/;
const TIMESTAMP_KEY = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?([+-])(\d{2})(?::(\d{2}))?$/;

/**
 * A rank PostgreSQL can read as `real` (float4): rounded to single precision, a
 * larger magnitude overflows and a non-zero one too small underflows to zero,
 * and PostgreSQL answers both with an error, not a row.
 */
export function isRankKey(key: string): boolean {
  if (!RANK_KEY.test(key)) return false;
  const x = Number(key);
  const single = Math.fround(x);
  return Number.isFinite(single) && (single !== 0 || x === 0);
}

/** A day that exists (JavaScript's Date turns 2024-02-30 into 1 March; PostgreSQL refuses it). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  return (
    month >= 1 && month <= 12 && day >= 1 && day <= new Date(utcMs({ year, month: month + 1, day: 0 })).getUTCDate()
  );
}

interface UtcFields {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
}

/** Date.UTC without its mapping of years 0-99 to 1900-1999. */
function utcMs({ year, month, day, hour = 0, minute = 0, second = 0 }: UtcFields): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, 0);
  return d.getTime();
}

/**
 * A timestamp as PostgreSQL prints it, with every field in range (month, day of
 * that month, hour, minute, second, a UTC offset of at most 15 hours) and the
 * instant inside the contracts' DATE_RANGE, which holds every stored date.
 */
export function isTimestampKey(key: string): boolean {
  const m = TIMESTAMP_KEY.exec(key);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  const [sign, offsetHours, offsetMinutes] = [m[8], Number(m[9]), Number(m[10] ?? '0')];
  if (!isCalendarDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return false;
  if (offsetHours > 15 || offsetMinutes > 59) return false;
  const local = utcMs({ year, month, day, hour, minute, second });
  const instant = local - (sign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
  return instant >= DATE_RANGE.min.getTime() && instant <= DATE_RANGE.max.getTime();
}

const isStorableTime = (ms: number) => ms >= DATE_RANGE.min.getTime() && ms <= DATE_RANGE.max.getTime();

export function queryFingerprint(canonicalQuery: unknown): string {
  return createHash('sha256').update(JSON.stringify(canonicalQuery)).digest('base64url').slice(0, 16);
}

export function encodeCursor(position: CursorPosition, fingerprint: string): string {
  const body: CursorBody = { v: 1, s: position.sort, k: position.key, i: position.id, f: fingerprint };
  if (position.matchMode === 'any') body.m = 'any';
  if (position.broad) body.b = 1;
  if (position.asOf) body.t = position.asOf.getTime();
  return Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
}

/** Returns the position, or a reason the cursor cannot be used with this query. */
export function decodeCursor(
  cursor: string,
  sort: SearchSort,
  fingerprint: string,
): CursorPosition | { error: string } {
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
  const keyOk = sort === 'relevance' ? isRankKey(body.k) : isTimestampKey(body.k);
  if (!keyOk) return { error: 'is not a cursor this API issued' };
  if (body.f !== fingerprint) return { error: 'belongs to a different query (same q, filters and sort are required)' };
  if (
    (body.m !== undefined && body.m !== 'any') ||
    (body.b !== undefined && body.b !== 1) ||
    (body.t !== undefined && !(Number.isSafeInteger(body.t) && isStorableTime(body.t)))
  ) {
    return { error: 'is not a cursor this API issued' };
  }
  return {
    sort: body.s,
    key: body.k,
    id: body.i,
    matchMode: body.m,
    broad: body.b === 1 ? true : undefined,
    asOf: body.t === undefined ? undefined : new Date(body.t),
  };
}
