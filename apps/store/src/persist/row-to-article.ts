import type { NormalisedArticle, PubStatus, QualityFlag } from '@news/contracts';
import type { ArticleRow, ArticleVersionRow } from '@news/database';

const orUndefined = <T>(v: T | null): T | undefined => (v === null ? undefined : v);
const dateOrUndefined = (v: unknown): Date | undefined =>
  typeof v === 'string' || v instanceof Date ? new Date(v) : undefined;

/**
 * A stored row as the normalised contract's article, for announcing an
 * article after the event that wrote it is gone (an embargo lifting).
 */
export function rowToArticle(row: ArticleRow): NormalisedArticle {
  const d = row.details;
  const tags = row.tags as Pick<NormalisedArticle, 'people' | 'organisations' | 'places' | 'subjects' | 'keywords'>;
  return {
    articleId: row.id,
    externalId: orUndefined(row.external_id),
    url: orUndefined(row.url),
    canonicalUrl: orUndefined(row.canonical_url),
    title: row.title,
    text: row.body_text,
    authors: d.authors as string[] | undefined,
    siteName: d.siteName as string | undefined,
    description: d.description as string | undefined,
    leadImage: d.leadImage as string | undefined,
    language: orUndefined(row.language),
    detectedLanguage: orUndefined(row.detected_language),
    languageConfidence: d.languageConfidence as number | undefined,
    publishedAt: orUndefined(row.published_at),
    modifiedAt: dateOrUndefined(d.modifiedAt),
    version: row.version,
    versionCreated: orUndefined(row.version_created),
    pubStatus: row.pub_status as PubStatus,
    embargoedUntil: orUndefined(row.embargoed_until),
    provenance: orUndefined(row.provenance) as NormalisedArticle['provenance'],
    feed: row.feed,
    contentHash: row.content_hash.trim(),
    wordCount: row.word_count,
    qualityFlags: row.quality_flags as QualityFlag[],
    people: tags.people,
    organisations: tags.organisations,
    places: tags.places,
    subjects: tags.subjects,
    keywords: tags.keywords,
  };
}

/** One recorded version as the contract's article, for serving a version in another form (ninjs). */
export function versionToArticle(v: ArticleVersionRow): NormalisedArticle {
  const tags = v.tags as Pick<NormalisedArticle, 'people' | 'organisations' | 'places' | 'subjects' | 'keywords'>;
  return {
    ...rowToArticle({
      ...v,
      id: v.article_id,
      source_first_seen_at: v.received_at,
      killed_at: null,
      duplicate_of: null,
      correlation_id: '',
      last_event_id: v.event_id,
      stored_at: v.recorded_at,
      updated_at: v.recorded_at,
      traceparent: null,
      tracestate: null,
    }),
    people: tags.people,
    organisations: tags.organisations,
    places: tags.places,
    subjects: tags.subjects,
    keywords: tags.keywords,
  };
}
