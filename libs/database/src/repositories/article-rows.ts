/** The columns of an article's current version that the API and the announcements read. */
export interface ArticleRow {
  id: string;
  source_id: string;
  source_first_seen_at: Date;
  external_id: string | null;
  url: string | null;
  canonical_url: string | null;
  title: string;
  body_text: string;
  language: string | null;
  detected_language: string | null;
  published_at: Date | null;
  received_at: Date;
  version: number;
  version_created: Date | null;
  pub_status: string;
  killed_at: Date | null;
  content_hash: string;
  word_count: number;
  quality_flags: string[];
  tags: Record<string, unknown>;
  feed: Record<string, unknown>;
  details: Record<string, unknown>;
  embargoed_until: Date | null;
  provenance: string | null;
  duplicate_of: string | null;
  correlation_id: string;
  last_event_id: string;
  stored_at: Date;
  updated_at: Date;
  /** W3C trace context of the push that wrote this version (an embargo release continues its trace). */
  traceparent: string | null;
  tracestate: string | null;
}

/** The current version with what the API shows beside it. */
export interface StoredArticleRow extends ArticleRow {
  duplicates: Array<{ id: string; sourceId: string; url: string | null; externalId: string | null }>;
  duplicate_of_external_id: string | null;
  version_count: number;
}

/** SELECT list for ArticleRow, over `articles a JOIN sources s`. */
export const CURRENT_ARTICLE_COLUMNS = `
  a.id, a.source_id, s.first_seen_at AS source_first_seen_at, a.external_id, a.url, a.canonical_url,
  a.title, a.body_text, a.language, a.detected_language, a.published_at, a.received_at, a.version,
  a.version_created, a.pub_status, a.killed_at, a.content_hash, a.word_count, a.quality_flags, a.tags,
  a.feed, a.details, a.embargoed_until, a.provenance, a.duplicate_of, a.correlation_id, a.last_event_id,
  a.stored_at, a.updated_at, a.traceparent, a.tracestate`;

/** An article under embargo is not shown: SQL condition over `articles a`. */
export const VISIBLE_NOW = `(a.embargoed_until IS NULL OR a.embargoed_until <= now())`;
