import type { ArticleEntity } from '@news/database';

/** The API's representation of a stored article (entity → JSON at the edge). */
export function toArticleView(a: ArticleEntity) {
  return {
    id: a.id,
    sourceId: a.sourceId,
    externalId: a.externalId,
    url: a.url,
    canonicalUrl: a.canonicalUrl,
    title: a.title,
    text: a.bodyText,
    language: a.language,
    publishedAt: a.publishedAt?.toISOString() ?? null,
    receivedAt: a.receivedAt.toISOString(),
    version: a.version,
    versionCreated: a.versionCreated?.toISOString() ?? null,
    pubStatus: a.pubStatus,
    contentHash: a.contentHash,
    wordCount: a.wordCount,
    qualityFlags: a.qualityFlags,
    ...a.tags,
    storedAt: a.storedAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}
