import type { NormalisedArticleEvent } from '@news/contracts';
import type { ArticleWrite } from '@news/database';

/** PostgreSQL text cannot hold NUL; one stray byte must not fail a whole batch. */
const withoutNul = (s: string) => (s.includes('\u0000') ? s.replace(/\u0000/g, '') : s);

/** Contract → database row, at the edge of the store. */
export function toArticleWrite(event: NormalisedArticleEvent): ArticleWrite {
  const a = event.article;
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
  };
}
