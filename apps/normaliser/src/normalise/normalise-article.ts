import { cleanArticle } from '@news/cleaning';
import { articleIdFor, NormalisedArticleEvent, RawArticleEvent, toContract } from '@news/contracts';

/**
 * Raw event in, normalised event out; pure. The output's event id is derived
 * from the input's, so processing the same raw event twice yields the same
 * normalised event (downstream sees a duplicate, not a new version).
 */
export function normaliseRawEvent(raw: RawArticleEvent): NormalisedArticleEvent {
  const a = raw.article;
  const cleaned = cleanArticle({ body: a.body, contentType: a.contentType, title: a.title, url: a.url });
  return toContract(NormalisedArticleEvent, {
    envelope: {
      eventId: articleIdFor('normaliser', raw.envelope.eventId),
      schemaVersion: 1,
      sourceId: raw.envelope.sourceId,
      receivedAt: raw.envelope.receivedAt,
      correlationId: raw.envelope.correlationId,
      causationId: raw.envelope.eventId,
    },
    article: {
      articleId: a.articleId,
      externalId: a.externalId,
      url: a.url,
      title: cleaned.title,
      text: cleaned.text,
      language: a.language,
      publishedAt: a.publishedAt,
      version: a.version,
      versionCreated: a.versionCreated,
      pubStatus: a.pubStatus,
      contentHash: cleaned.contentHash,
      wordCount: cleaned.wordCount,
      qualityFlags: cleaned.qualityFlags,
    },
  });
}
