import { canonicalLanguage, type ArticleVersionRow, type SearchHitRow, type StoredArticleRow } from '@news/database';
import type { HitField } from './hit-fields';

const iso = (d: Date | null) => d?.toISOString() ?? null;
export const articleHref = (id: string) => `/v1/articles/${id}`;

/** Authors, site name, description, lead image: null when the article has none. */
function detailsView(d: Record<string, unknown>) {
  return {
    authors: (d.authors as string[] | undefined) ?? [],
    siteName: d.siteName ?? null,
    description: d.description ?? null,
    leadImage: d.leadImage ?? null,
    modifiedAt: d.modifiedAt ?? null,
  };
}

/** The API's representation of an article's current version (row → JSON at the edge). */
export function toArticleView(a: StoredArticleRow) {
  return {
    id: a.id,
    source: { id: a.source_id, firstSeenAt: a.source_first_seen_at.toISOString() },
    sourceId: a.source_id,
    externalId: a.external_id,
    url: a.url,
    canonicalUrl: a.canonical_url,
    title: a.title,
    text: a.body_text,
    language: languageView(a.language),
    detectedLanguage: a.detected_language,
    publishedAt: iso(a.published_at),
    receivedAt: a.received_at.toISOString(),
    version: a.version,
    versionCreated: iso(a.version_created),
    pubStatus: a.pub_status,
    embargoedUntil: iso(a.embargoed_until),
    provenance: a.provenance,
    contentHash: a.content_hash.trim(),
    wordCount: a.word_count,
    qualityFlags: a.quality_flags,
    ...detailsView(a.details),
    feed: a.feed,
    tags: {
      people: a.tags.people ?? [],
      organisations: a.tags.organisations ?? [],
      places: a.tags.places ?? [],
      subjects: a.tags.subjects ?? [],
      keywords: a.tags.keywords ?? [],
    },
    duplicateOf: a.duplicate_of ? { id: a.duplicate_of, href: articleHref(a.duplicate_of) } : null,
    duplicates: a.duplicates.map((d) => ({ ...d, href: articleHref(d.id) })),
    versionCount: a.version_count,
    storedAt: a.stored_at.toISOString(),
    updatedAt: a.updated_at.toISOString(),
    links: { self: articleHref(a.id), versions: `${articleHref(a.id)}/versions` },
  };
}

export function toVersionView(v: ArticleVersionRow) {
  return {
    version: v.version,
    versionCreated: iso(v.version_created),
    pubStatus: v.pub_status,
    contentHash: v.content_hash.trim(),
    current: v.current,
    /** False for a version that arrived after a newer one and never became current. */
    applied: v.applied,
    sourceId: v.source_id,
    url: v.url,
    title: v.title,
    text: v.body_text,
    language: v.language,
    publishedAt: iso(v.published_at),
    receivedAt: v.received_at.toISOString(),
    wordCount: v.word_count,
    qualityFlags: v.quality_flags,
    detectedLanguage: v.detected_language,
    embargoedUntil: iso(v.embargoed_until),
    ...detailsView(v.details),
    feed: v.feed,
    tags: v.tags,
    eventId: v.event_id,
    recordedAt: v.recorded_at.toISOString(),
  };
}

/** A stored language tag as the API shows it: BCP 47, current code (`no` → `nb`). */
const languageView = (l: string | null) => (l === null ? null : canonicalLanguage(l));

/** A search hit with the fields asked for (`fields=`, hit-fields.ts). */
export function toSearchHitView(h: SearchHitRow, fields: Set<HitField>) {
  const all: Record<HitField, () => unknown> = {
    id: () => h.id,
    href: () => articleHref(h.id),
    sourceId: () => h.source_id,
    title: () => h.title,
    language: () => languageView(h.language),
    url: () => h.url,
    version: () => h.version,
    publishedAt: () => iso(h.published_at),
    receivedAt: () => h.received_at.toISOString(),
    excerpt: () => h.excerpt,
    rank: () => h.rank,
    snippet: () => h.snippet ?? null,
    titleMatches: () => h.title_matches ?? [],
  };
  return Object.fromEntries([...fields].map((f) => [f, all[f]()]));
}
