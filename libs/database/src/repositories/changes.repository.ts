import { DataSource, EntityManager } from 'typeorm';
import type { ArticleChange } from './article.repository';

export const CHANGE_FEED_KINDS = ['created', 'updated', 'killed', 'embargo-lifted'] as const;
export type ChangeFeedKind = (typeof CHANGE_FEED_KINDS)[number];

/** A change as a write transaction records it. */
export interface ChangeRecord {
  articleId: string;
  version: number;
  change: ChangeFeedKind;
  sourceId: string;
  eventId: string | null;
}

/** A change as the feed serves it: `seq` is its place in commit order. */
export interface ChangeRow {
  seq: string;
  article_id: string;
  version: number;
  change: ChangeFeedKind;
  source_id: string;
  occurred_at: Date;
}

/**
 * The feed's commit lock (advisory, transaction-scoped). PostgreSQL releases a
 * transaction's locks only after its commit is visible to other snapshots, so
 * numbers taken under this lock are visible in number order: no reader can
 * see seq n+1 while seq n may still commit.
 */
const CHANGES_COMMIT_LOCK = 'SELECT pg_advisory_xact_lock(7312, 0)';

const INSERT_CHANGES_SQL = `
  INSERT INTO article_changes (article_id, version, change, source_id, event_id)
  SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::uuid[])`;

/**
 * Records the changes a transaction is about to commit. Call it as the
 * transaction's last statement: the lock is held until the commit, and a
 * transaction that waited on another lock while holding it could deadlock.
 */
export async function recordChanges(m: EntityManager, changes: ChangeRecord[]): Promise<void> {
  if (changes.length === 0) return;
  await m.query(CHANGES_COMMIT_LOCK);
  await m.query(INSERT_CHANGES_SQL, [
    changes.map((c) => c.articleId),
    changes.map((c) => c.version),
    changes.map((c) => c.change),
    changes.map((c) => c.sourceId),
    changes.map((c) => c.eventId),
  ]);
}

/** Reads of the changes feed. */
export class ChangesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Changes after `afterSeq`, in commit order. */
  async since(afterSeq: bigint, limit: number): Promise<ChangeRow[]> {
    return this.dataSource.query(
      // Ordered by the column, qualified: the text alias `seq` would sort 1000 before 999.
      `SELECT c.seq::text AS seq, c.article_id::text AS article_id, c.version, c.change, c.source_id, c.occurred_at
         FROM article_changes c WHERE c.seq > $1::bigint ORDER BY c.seq LIMIT $2`,
      [afterSeq.toString(), limit],
    );
  }

  /** The newest visible seq (0 when there is none): the stream's cheap "anything new?" probe. */
  async latest(): Promise<bigint> {
    const rows: Array<{ seq: string | null }> = await this.dataSource.query(
      `SELECT max(seq)::text AS seq FROM article_changes`,
    );
    return BigInt(rows[0]?.seq ?? '0');
  }
}

/**
 * What consumers are told of a write, as the stored event says it: a kill; else,
 * for an article held back by an embargo that a new version lifted, the change
 * remembered while it was held; else created or updated.
 */
export function changeKindOf(
  pubStatus: string,
  heldChange: string | null,
  inserted: boolean,
): 'created' | 'updated' | 'killed' {
  if (pubStatus === 'canceled') return 'killed';
  if (heldChange === 'created' || heldChange === 'updated') return heldChange;
  return inserted ? 'created' : 'updated';
}

/** The feed's rows for a batch's changes: those announced now (an embargoed one waits for its lift). */
export function changeRecords(
  changed: Array<ArticleChange & { lastEventId: string; sourceId: string }>,
): ChangeRecord[] {
  return changed
    .filter((c) => !c.held)
    .map((c) => ({
      articleId: c.id,
      version: c.version,
      change: c.change!,
      sourceId: c.sourceId,
      eventId: c.lastEventId,
    }));
}
