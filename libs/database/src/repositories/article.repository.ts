import { DataSource, EntityManager } from 'typeorm';
import { failpoint } from '@news/config';
import { filterTagsFor, TaggedArticle } from '../search/filter-tags';
import { searchConfigFor } from '../search/search-config';
import { SEARCH_ANALYSIS_VERSION } from '../search/search-text';
import { searchRecordFields, searchVectorSql } from '../search/search-vector-sql';
import { changeKindOf, ChangeFeedKind, changeRecords, recordChanges } from './changes.repository';
import { DuplicateGroupRepository, PreviousText } from './duplicate-group.repository';
import { exec } from './prepared-query';
import { latestPerId, VersionStamp } from './version-order';

/** One version of an article as received (one normalised event). */
export interface ArticleWrite extends VersionStamp {
  id: string;
  sourceId: string;
  externalId: string | null;
  url: string | null;
  canonicalUrl: string | null;
  title: string;
  bodyText: string;
  language: string | null;
  publishedAt: Date | null;
  receivedAt: Date;
  wordCount: number;
  qualityFlags: string[];
  tags: TaggedArticle & Record<string, unknown>;
  correlationId: string;
  lastEventId: string;
  /** What the feed declared (subjects, urgency, byline…), as the normalised contract's `feed`. */
  feed: Record<string, unknown>;
  /** What the normaliser read besides text and tags (authors, site name, description, lead image…). */
  details: Record<string, unknown>;
  embargoedUntil: Date | null;
  detectedLanguage: string | null;
  provenance: string | null;
  /** W3C trace context of the push (headers of the normalised event), kept for an embargo release. */
  traceparent?: string | null;
  tracestate?: string | null;
}

export interface ArticleChange {
  id: string;
  version: number;
  pubStatus: string;
  inserted: boolean;
  /** Under embargo: announced when it lifts (EmbargoRepository), not now. */
  held: boolean;
  /** The change consumers are told of (what the stored event and the changes feed say). */
  change?: ChangeFeedKind;
}

/** What one batch did, for logs and tests. */
export interface BatchWriteResult {
  /** Articles whose current version changed (inserted, updated or killed). */
  changed: Array<ArticleChange & { lastEventId: string; sourceId: string }>;
  /** Rows added to article_versions (0 for a redelivered batch). */
  versionsRecorded: number;
  /** Changed articles linked to an earlier article with the same text. */
  duplicatesLinked: Array<{ id: string; duplicateOf: string }>;
}

/** Columns every statement below reads from the JSON batch. */
const RECORD_COLUMNS = `
    ord integer, id uuid, source_id text, external_id text, url text, canonical_url text, title text, body_text text,
    language text, published_at timestamptz, received_at timestamptz, version integer,
    version_created timestamptz, pub_status text, content_hash text, word_count integer,
    quality_flags jsonb, tags jsonb, correlation_id text, last_event_id uuid,
    search_config text, filter_tags text[], feed jsonb, details jsonb, embargoed_until timestamptz, detected_language text,
    provenance text, state_hash text, search_title text, search_body text, traceparent text, tracestate text`;

const SOURCES_SQL = `
  INSERT INTO sources (id) SELECT DISTINCT s FROM unnest($1::text[]) AS s ORDER BY s
  ON CONFLICT (id) DO NOTHING`;

/**
 * Set-based upsert of the batch's winners (one row per id). The WHERE of the
 * conflict clause repeats the rules of `supersedes`, so an older or equal
 * version arriving late never overwrites the current row.
 */
/** When a version's announcement is due, if not now: a future embargo (a kill is announced at once). */
const ANNOUNCE_DUE = (r: string) =>
  `CASE WHEN ${r}.embargoed_until > now() AND ${r}.pub_status <> 'canceled' THEN ${r}.embargoed_until END`;

const UPSERT_SQL = `
  INSERT INTO articles AS a (
    id, source_id, external_id, url, canonical_url, title, body_text, language, published_at,
    received_at, version, version_created, pub_status, content_hash, word_count, quality_flags,
    tags, correlation_id, last_event_id, search_config, search_vector, filter_tags, killed_at, stored_at, updated_at,
    duplicate_of, feed, details, embargoed_until, detected_language, provenance, state_hash, announce_due_at, announce_change,
    search_analysis, traceparent, tracestate)
  SELECT r.id, r.source_id, r.external_id, r.url, r.canonical_url, r.title, r.body_text, r.language,
         r.published_at, r.received_at, r.version, r.version_created, r.pub_status, r.content_hash,
         r.word_count, r.quality_flags, r.tags, r.correlation_id, r.last_event_id,
         r.search_config::regconfig,
         ${searchVectorSql('r.search_config', 'r.search_title', 'r.search_body')},
         r.filter_tags,
         CASE WHEN r.pub_status = 'canceled' THEN COALESCE(r.version_created, now()) END,
         now(), now(),
         -- A new live article whose text is already stored links to that group's original now, so the
         -- linking after commit finds it right and does not rewrite the row: an update of every index,
         -- the two GIN ones included.
         CASE WHEN r.pub_status <> 'canceled' AND r.word_count > 0 THEN
           (SELECT o.id FROM articles o
             WHERE o.content_hash = r.content_hash::char(64) AND o.id <> r.id
               AND o.pub_status <> 'canceled' AND o.word_count > 0
             ORDER BY o.seq LIMIT 1)
         END,
         r.feed, r.details, r.embargoed_until, r.detected_language, r.provenance, r.state_hash,
         ${ANNOUNCE_DUE('r')}, CASE WHEN ${ANNOUNCE_DUE('r')} IS NOT NULL THEN 'created' END,
         ${SEARCH_ANALYSIS_VERSION}, r.traceparent, r.tracestate
  FROM jsonb_to_recordset($1::jsonb) AS r(${RECORD_COLUMNS})
  ORDER BY r.ord
  ON CONFLICT (id) DO UPDATE SET
    source_id = EXCLUDED.source_id, external_id = EXCLUDED.external_id, url = EXCLUDED.url,
    canonical_url = EXCLUDED.canonical_url, title = EXCLUDED.title, body_text = EXCLUDED.body_text,
    language = EXCLUDED.language, published_at = EXCLUDED.published_at, received_at = EXCLUDED.received_at,
    version = EXCLUDED.version, version_created = EXCLUDED.version_created, pub_status = EXCLUDED.pub_status,
    content_hash = EXCLUDED.content_hash, word_count = EXCLUDED.word_count,
    quality_flags = EXCLUDED.quality_flags, tags = EXCLUDED.tags, correlation_id = EXCLUDED.correlation_id,
    last_event_id = EXCLUDED.last_event_id, search_config = EXCLUDED.search_config,
    search_vector = EXCLUDED.search_vector, search_analysis = EXCLUDED.search_analysis, filter_tags = EXCLUDED.filter_tags,
    -- A kill keeps the time of the first kill; any other status clears it.
    killed_at = CASE WHEN EXCLUDED.pub_status = 'canceled' THEN COALESCE(a.killed_at, EXCLUDED.killed_at) END,
    -- A text with no words is nobody's duplicate (its group is not recomputed: see writeBatch).
    duplicate_of = CASE WHEN EXCLUDED.word_count = 0 THEN NULL ELSE a.duplicate_of END,
    feed = EXCLUDED.feed, details = EXCLUDED.details, embargoed_until = EXCLUDED.embargoed_until, detected_language = EXCLUDED.detected_language,
    provenance = EXCLUDED.provenance, state_hash = EXCLUDED.state_hash,
    -- Held back until its embargo. While nobody has been told of the article, the change to announce
    -- stays 'created', even when a later version lifts the embargo and is announced at once.
    announce_due_at = EXCLUDED.announce_due_at,
    announce_change = CASE WHEN a.announce_due_at IS NOT NULL THEN a.announce_change
                           WHEN EXCLUDED.announce_due_at IS NOT NULL THEN 'updated' END,
    traceparent = EXCLUDED.traceparent, tracestate = EXCLUDED.tracestate,
    updated_at = now()
  WHERE EXCLUDED.version > a.version
     OR (EXCLUDED.version = a.version
         AND COALESCE(EXCLUDED.version_created, '-infinity') > COALESCE(a.version_created, '-infinity'))
     OR (EXCLUDED.version = a.version
         AND EXCLUDED.version_created IS NOT DISTINCT FROM a.version_created
         AND (EXCLUDED.state_hash <> COALESCE(a.state_hash, a.content_hash) OR EXCLUDED.pub_status <> a.pub_status))
  RETURNING a.id, a.version, a.pub_status, (a.xmax = 0) AS inserted, a.last_event_id, a.duplicate_of,
            a.announce_due_at IS NOT NULL AS held, a.announce_change, a.source_id`;

/**
 * Every version received goes to the history, winners and late losers alike;
 * a copy of a version already recorded (redelivery) is skipped by the
 * identity constraint.
 */
const VERSIONS_SQL = `
  INSERT INTO article_versions (
    article_id, version, version_created, pub_status, content_hash, source_id, external_id, url, canonical_url,
    title, body_text, language, published_at, received_at, word_count, quality_flags, tags, event_id,
    correlation_id, applied, feed, details, embargoed_until, detected_language, provenance, state_hash)
  SELECT r.id, r.version, r.version_created, r.pub_status, r.content_hash, r.source_id, r.external_id, r.url,
         r.canonical_url, r.title, r.body_text, r.language, r.published_at, r.received_at, r.word_count,
         r.quality_flags, r.tags, r.last_event_id, r.correlation_id, r.last_event_id = ANY($2::uuid[]),
         r.feed, r.details, r.embargoed_until, r.detected_language, r.provenance, r.state_hash
  FROM jsonb_to_recordset($1::jsonb) AS r(${RECORD_COLUMNS})
  ORDER BY r.ord
  ON CONFLICT ON CONSTRAINT article_versions_identity DO NOTHING`;

/** The current text of the batch's articles before it is written: an update that changes it leaves a group. */
const PREVIOUS_TEXTS_SQL = `
  SELECT id, content_hash, word_count FROM articles WHERE id = ANY($1::uuid[])`;

function toRecord(r: ArticleWrite, ord: number) {
  return {
    ord,
    id: r.id,
    source_id: r.sourceId,
    external_id: r.externalId,
    url: r.url,
    canonical_url: r.canonicalUrl,
    title: r.title,
    body_text: r.bodyText,
    language: r.language,
    published_at: r.publishedAt?.toISOString() ?? null,
    received_at: r.receivedAt.toISOString(),
    version: r.version,
    version_created: r.versionCreated?.toISOString() ?? null,
    pub_status: r.pubStatus,
    content_hash: r.contentHash,
    word_count: r.wordCount,
    quality_flags: r.qualityFlags,
    tags: r.tags,
    correlation_id: r.correlationId,
    last_event_id: r.lastEventId,
    search_config: searchConfigFor(r.language),
    filter_tags: filterTagsFor(r.tags),
    feed: r.feed,
    details: r.details,
    embargoed_until: r.embargoedUntil?.toISOString() ?? null,
    detected_language: r.detectedLanguage,
    provenance: r.provenance,
    state_hash: r.stateHash,
    traceparent: r.traceparent ?? null,
    tracestate: r.tracestate ?? null,
  };
}

export class ArticleRepository {
  private readonly groups: DuplicateGroupRepository;

  constructor(private readonly dataSource: DataSource) {
    this.groups = new DuplicateGroupRepository(dataSource);
  }

  /**
   * Registers the batch's sources, writes the batch in one transaction (the
   * current version of each article with same-batch versions resolved first,
   * every version into the history), then recomputes the duplicate links of the groups it may have
   * changed in a second, short one. Returns what changed (nothing for a redelivered batch).
   */
  async writeBatch(rows: ArticleWrite[]): Promise<BatchWriteResult> {
    if (rows.length === 0) return { changed: [], versionsRecorded: 0, duplicatesLinked: [] };
    const winners = latestPerId(rows);
    // Sources first, committed on their own: inside the write transaction a new source's row would stay
    // locked until that whole batch committed, and every concurrent batch from the same source would wait
    // for it. An unused source row left by a crash here is harmless.
    await this.dataSource.query(SOURCES_SQL, [[...new Set(rows.map((r) => r.sourceId))]]);
    const written = await this.dataSource.transaction(async (m) => {
      const previous = await this.previousTexts(m, winners);
      const { changed, linkedOnInsert } = await this.upsertCurrent(m, winners);
      const applied = changed.map((c) => c.lastEventId);
      const versionsRecorded = await this.recordVersions(m, rows, applied);
      // Last: the feed's commit lock is held from here to the commit.
      await recordChanges(m, changeRecords(changed));
      // Fault tests crash here: every statement done, nothing committed.
      failpoint('store.before-commit');
      return { changed, versionsRecorded, linkedOnInsert, previous };
    });
    const relinked = await this.groups.link(await this.groups.toRecompute(winners, written));
    // Links set on insert, then whatever the recomputation changed (it has the last word)
    const links = new Map(written.linkedOnInsert);
    for (const r of relinked) {
      if (r.duplicate_of === null) links.delete(r.id);
      else links.set(r.id, r.duplicate_of);
    }
    const duplicatesLinked = [...links].map(([id, duplicateOf]) => ({ id, duplicateOf }));
    return { changed: written.changed, versionsRecorded: written.versionsRecorded, duplicatesLinked };
  }

  private async previousTexts(m: EntityManager, winners: ArticleWrite[]): Promise<Map<string, PreviousText>> {
    const rows: Array<{ id: string; content_hash: string; word_count: number }> = await m.query(PREVIOUS_TEXTS_SQL, [
      winners.map((w) => w.id),
    ]);
    return new Map(rows.map((r) => [r.id, { contentHash: r.content_hash.trim(), wordCount: r.word_count }]));
  }

  private async upsertCurrent(
    m: EntityManager,
    winners: ArticleWrite[],
  ): Promise<{ changed: BatchWriteResult['changed']; linkedOnInsert: Array<[id: string, duplicateOf: string]> }> {
    const { records: rows } = await exec<{
      id: string;
      version: number;
      pub_status: string;
      inserted: boolean;
      last_event_id: string;
      duplicate_of: string | null;
      held: boolean;
      announce_change: string | null;
      source_id: string;
    }>(m, UPSERT_SQL, [
      JSON.stringify(winners.map((w, i) => ({ ...toRecord(w, i), ...searchRecordFields(w.title, w.bodyText) }))),
    ]);
    const changed = rows.map((r) => ({
      id: r.id,
      version: r.version,
      pubStatus: r.pub_status,
      inserted: r.inserted,
      lastEventId: r.last_event_id,
      held: r.held,
      sourceId: r.source_id,
      change: changeKindOf(r.pub_status, r.announce_change, r.inserted),
    }));
    const linkedOnInsert = rows
      .filter((r) => r.inserted && r.duplicate_of !== null)
      .map((r): [string, string] => [r.id, r.duplicate_of!]);
    return { changed, linkedOnInsert };
  }

  private async recordVersions(m: EntityManager, rows: ArticleWrite[], appliedEventIds: string[]): Promise<number> {
    const { affected } = await exec(m, VERSIONS_SQL, [JSON.stringify(rows.map(toRecord)), appliedEventIds]);
    return affected;
  }
}
