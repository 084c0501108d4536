import type { ChangeRow } from '@news/database';
import type { ParamError } from '../query/search-params';

export const DEFAULT_CHANGES_LIMIT = 100;
export const MAX_CHANGES_LIMIT = 1_000;

/** One change as the feed serves it. A kill is a tombstone: no link, nothing to fetch. */
export function toChangeView(c: ChangeRow) {
  const tombstone = c.change === 'killed';
  return {
    cursor: c.seq,
    change: c.change,
    id: c.article_id,
    version: c.version,
    sourceId: c.source_id,
    occurredAt: c.occurred_at.toISOString(),
    tombstone,
    href: tombstone ? null : `/v1/articles/${c.article_id}`,
  };
}

export type ChangesQuery = { ok: true; since: bigint; limit: number } | { ok: false; errors: ParamError[] };

const CURSOR = /^(0|[1-9]\d{0,18})$/;

/** `since` (a cursor the feed gave, or 0 for the beginning) and `limit`; nothing else. */
export function parseChangesQuery(query: Record<string, unknown>, lastEventId?: string): ChangesQuery {
  const errors: ParamError[] = [];
  for (const name of Object.keys(query)) {
    if (name !== 'since' && name !== 'limit')
      errors.push({ field: name, messages: ['is not a parameter of this endpoint'] });
  }
  // A reconnecting EventSource repeats its first URL and says where it got to in Last-Event-ID: that wins.
  const rawSince = lastEventId ?? query.since ?? '0';
  let since = 0n;
  if (typeof rawSince !== 'string' || !CURSOR.test(rawSince) || BigInt(rawSince) > 9_223_372_036_854_775_807n) {
    errors.push({
      field: lastEventId !== undefined ? 'Last-Event-ID' : 'since',
      messages: ['must be a cursor this feed gave (or 0 for the beginning)'],
    });
  } else since = BigInt(rawSince);
  let limit = DEFAULT_CHANGES_LIMIT;
  if (query.limit !== undefined) {
    if (
      typeof query.limit !== 'string' ||
      !/^\d{1,4}$/.test(query.limit) ||
      Number(query.limit) < 1 ||
      Number(query.limit) > MAX_CHANGES_LIMIT
    ) {
      errors.push({ field: 'limit', messages: [`must be an integer from 1 to ${MAX_CHANGES_LIMIT}`] });
    } else limit = Number(query.limit);
  }
  return errors.length ? { ok: false, errors } : { ok: true, since, limit };
}
