import type { DataSource } from 'typeorm';
import { exec } from './prepared-query';

/** An article's text as stored before a batch's write: an update that changes it leaves a group. */
export interface PreviousText {
  contentHash: string;
  wordCount: number;
}

/** What a batch's write did that bears on the groups of equal texts. */
export interface GroupChanges {
  /** Ids of the articles whose current version changed. */
  changed: Array<{ id: string }>;
  /** New copies linked to their group's original as they were inserted: [id, duplicateOf]. */
  linkedOnInsert: Array<[id: string, duplicateOf: string]>;
  previous: Map<string, PreviousText>;
}

/** A member of a group of equal texts, as the batch's write left it. */
interface GroupMember {
  id: string;
  contentHash: string;
  wordCount: number;
}

/**
 * Serialises the linkers of the same text (in a fixed order, so two batches cannot deadlock). Taken in the
 * short linking transaction after a batch's write commits, not during the write: batches on different
 * partitions that share a text then wait for the linking, not for each other's whole write.
 */
const LOCK_HASHES_SQL = `
  SELECT count(pg_advisory_xact_lock(7311, k)) FROM (
    SELECT DISTINCT hashtext(h) AS k FROM unnest($1::text[]) AS h ORDER BY k) AS keys`;

/**
 * Recomputes the duplicate links of the given groups of equal clean texts: the group's first live article
 * with words (lowest seq) is the original, every other member with words links to it; empty texts, kills
 * and originals link to nothing. A group recomputed whole is right whatever order concurrent batches
 * committed in, and a redelivered batch recomputes it again (changing nothing), so a crash between the
 * write and the linking loses no link.
 */
const LINK_DUPLICATE_GROUPS_SQL = `
  -- char(64) like the column: compared with text, the column would be cast and its index not used.
  WITH groups AS (SELECT DISTINCT unnest($1::text[])::char(64) AS content_hash),
  -- One sort per group (live members with words first, then arrival order) finds each group's original;
  -- a join of members with a per-group subquery made the planner compare every pair.
  members AS (
    SELECT a.id, a.duplicate_of, a.word_count, a.pub_status,
           first_value(a.id) OVER w AS first_id,
           first_value(a.pub_status <> 'canceled' AND a.word_count > 0) OVER w AS first_is_live
      FROM articles a JOIN groups g ON a.content_hash = g.content_hash
    WINDOW w AS (PARTITION BY a.content_hash ORDER BY (a.pub_status <> 'canceled' AND a.word_count > 0) DESC, a.seq
                 ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)),
  wanted AS (
    SELECT id, duplicate_of,
           CASE WHEN word_count = 0 OR pub_status = 'canceled' OR NOT first_is_live OR first_id = id THEN NULL
                ELSE first_id END AS link
      FROM members)
  UPDATE articles a SET duplicate_of = w.link
    FROM wanted w
   WHERE a.id = w.id AND w.duplicate_of IS DISTINCT FROM w.link
  RETURNING a.id, a.duplicate_of`;

/**
 * For the batch's copies linked as they were inserted: the groups whose first live article with words (by
 * seq) is no longer the one the copy was linked to. One index probe per group
 * (articles_content_hash_group_idx), whatever its size, where the full recomputation reads every member.
 */
const STALE_INSERT_LINKS_SQL = `
  SELECT g.content_hash
    FROM unnest($1::text[], $2::uuid[]) AS g(content_hash, linked)
   WHERE (SELECT o.id FROM articles o
           WHERE o.content_hash = g.content_hash::char(64) AND o.pub_status <> 'canceled' AND o.word_count > 0
           ORDER BY o.seq LIMIT 1) IS DISTINCT FROM g.linked`;

/** Links each article to the original of its group of equal texts (`duplicate_of`), after a batch's write. */
export class DuplicateGroupRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The groups of equal texts whose links this batch may have left wrong, to be recomputed whole. Equal
   * hashes mean equal texts, so a group's members all have words or none do; a group without words links
   * nothing (the upsert clears such rows' links) and is never recomputed: all empty texts are one group,
   * which grows without bound. A new copy linked as it was inserted needs its group recomputed only if that
   * link is no longer the group's first live article (a batch with an earlier seq committed meanwhile): one
   * index probe instead of reading the group. Everything else is recomputed: first members, updates (both
   * the group left and the one joined), kills, and rows the batch did not change (a redelivery after a
   * crash between the write and the linking).
   */
  async toRecompute(winners: GroupMember[], written: GroupChanges): Promise<string[]> {
    const linkedOnInsert = new Map(written.linkedOnInsert);
    const changedIds = new Set(written.changed.map((c) => c.id));
    const whole = new Set<string>();
    const probes: Array<[contentHash: string, linked: string]> = [];
    for (const w of winners) {
      const before = written.previous.get(w.id);
      const left = before && before.wordCount > 0 && before.contentHash !== w.contentHash && changedIds.has(w.id);
      if (left) whole.add(before.contentHash);
      if (w.wordCount === 0) continue;
      const linked = linkedOnInsert.get(w.id);
      if (linked !== undefined) probes.push([w.contentHash, linked]);
      else whole.add(w.contentHash);
    }
    const pending = probes.filter(([h]) => !whole.has(h));
    if (pending.length > 0) {
      const stale: Array<{ content_hash: string }> = await this.dataSource.query(STALE_INSERT_LINKS_SQL, [
        pending.map(([h]) => h),
        pending.map(([, linked]) => linked),
      ]);
      for (const r of stale) whole.add(r.content_hash.trim());
    }
    return [...whole];
  }

  /** Recomputes the links of these texts' groups in a short transaction of its own; returns the rows whose link it changed. */
  async link(contentHashes: string[]): Promise<Array<{ id: string; duplicate_of: string | null }>> {
    if (contentHashes.length === 0) return [];
    return this.dataSource.transaction(async (m) => {
      await m.query(LOCK_HASHES_SQL, [contentHashes]);
      const { records } = await exec<{ id: string; duplicate_of: string | null }>(m, LINK_DUPLICATE_GROUPS_SQL, [
        contentHashes,
      ]);
      return records;
    });
  }
}
