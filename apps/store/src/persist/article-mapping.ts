import { canonicalHash, type NormalisedArticle, type NormalisedArticleEvent } from '@news/contracts';
import type { ArticleWrite } from '@news/database';

/** PostgreSQL text cannot hold NUL; one stray byte must not fail a whole batch. */
const withoutNul = (s: string) => (s.includes('\u0000') ? s.replace(/\u0000/g, '') : s);

/** What the normaliser read besides text, tags and the feed's metadata: kept whole, shown by the API. */
function detailsOf(a: NormalisedArticle): Record<string, unknown> {
  const details: Record<string, unknown> = {
    authors: a.authors,
    siteName: a.siteName,
    description: a.description,
    leadImage: a.leadImage,
    modifiedAt: a.modifiedAt,
    languageConfidence: a.languageConfidence,
  };
  return Object.fromEntries(Object.entries(details).filter(([, v]) => v !== undefined));
}

/**
 * Everything stored about a version except what is derived from it (tags)
 * or says when it travelled: a headline fixed, a subject added or an embargo
 * moved is a new state of the article even at the same version.
 */
function stateHashOf(a: NormalisedArticle, details: Record<string, unknown>): string {
  return canonicalHash({
    title: a.title,
    text: a.text,
    externalId: a.externalId,
    url: a.url,
    canonicalUrl: a.canonicalUrl,
    language: a.language,
    publishedAt: a.publishedAt,
    pubStatus: a.pubStatus,
    embargoedUntil: a.embargoedUntil,
    feed: a.feed ?? {},
    details,
  });
}

/** Contract → database row, at the edge of the store. */
export function toArticleWrite(event: NormalisedArticleEvent): ArticleWrite {
  const a = event.article;
  const details = detailsOf(a);
  return {
    id: a.articleId,
    sourceId: event.envelope.sourceId,
    externalId: a.externalId ?? null,
    url: a.url ?? null,
    canonicalUrl: a.canonicalUrl ?? null,
    title: withoutNul(a.title),
    bodyText: withoutNul(a.text),
    language: a.language ?? null,
    publishedAt: a.publishedAt ?? null,
    receivedAt: event.envelope.receivedAt,
    version: a.version,
    versionCreated: a.versionCreated ?? null,
    pubStatus: a.pubStatus,
    contentHash: a.contentHash,
    stateHash: stateHashOf(a, details),
    wordCount: a.wordCount,
    qualityFlags: a.qualityFlags,
    tags: {
      people: a.people ?? [],
      organisations: a.organisations ?? [],
      places: a.places ?? [],
      subjects: a.subjects ?? [],
      keywords: a.keywords ?? [],
    },
    correlationId: event.envelope.correlationId,
    lastEventId: event.envelope.eventId,
    feed: (a.feed ?? {}) as Record<string, unknown>,
    details,
    embargoedUntil: a.embargoedUntil ?? null,
    detectedLanguage: a.detectedLanguage ?? null,
    provenance: a.provenance ?? null,
  };
}
