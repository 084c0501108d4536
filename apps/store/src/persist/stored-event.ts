import { randomUUID } from 'node:crypto';
import {
  ChangeKind,
  encodeContract,
  envelopeHeaders,
  NormalisedArticle,
  StoredArticleEvent,
  StoredArticleKey,
} from '@news/contracts';
import type { OutboundMessage } from '@news/kafka';

export interface StoredEventInput {
  article: NormalisedArticle;
  change: ChangeKind;
  storedAt: Date;
  /** The envelope of the event the stored version came from. */
  cause: { sourceId: string; receivedAt: Date; correlationId: string; eventId: string };
}

/** One message of `news.articles.stored.v1`: the article as stored (none for a kill). */
export function storedEventMessage(input: StoredEventInput): OutboundMessage {
  const { article, change, cause } = input;
  // The contract's type built directly: it is only serialised (JSON.stringify ignores prototypes).
  const event: StoredArticleEvent = {
    envelope: {
      eventId: randomUUID(),
      schemaVersion: 1,
      sourceId: cause.sourceId,
      receivedAt: cause.receivedAt,
      correlationId: cause.correlationId,
      causationId: cause.eventId,
    },
    articleId: article.articleId,
    version: article.version,
    change,
    storedAt: input.storedAt,
    article: change === 'killed' ? undefined : article,
  };
  return {
    key: new StoredArticleKey(article.articleId).encode(),
    value: encodeContract(event),
    headers: envelopeHeaders(event.envelope),
  };
}
