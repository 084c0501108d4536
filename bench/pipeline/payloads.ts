/** Turns corpus articles into the events each stage consumes, with the pipeline's own contracts and cores. */
import { randomUUID } from 'node:crypto';
import { articleIdFor, encodeContract, RawArticleEvent, toContract } from '@news/contracts';
import type { BenchArticle } from './corpus';

export function rawEventOf(a: BenchArticle): RawArticleEvent {
  return toContract(RawArticleEvent, {
    envelope: { eventId: randomUUID(), schemaVersion: 1, sourceId: a.sourceId, receivedAt: new Date(), correlationId: randomUUID() },
    article: {
      articleId: articleIdFor(a.sourceId, a.externalId),
      externalId: a.externalId,
      title: a.title,
      body: a.body,
      contentType: a.contentType,
      version: a.version,
      pubStatus: 'usable',
    },
  });
}

export function encoded(event: RawArticleEvent): { key: string; value: string } {
  return { key: event.article.articleId, value: encodeContract(event) };
}
