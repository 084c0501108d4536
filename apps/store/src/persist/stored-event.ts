import { randomUUID } from 'node:crypto';
import {
  ChangeKind,
  CLOUD_EVENT_HEADERS,
  encodeContract,
  envelopeHeaders,
  NormalisedArticle,
  StoredArticleEvent,
  StoredArticleKey,
  TOPICS,
} from '@news/contracts';
import type { OutboundMessage } from '@news/kafka';
import { ninjsForm } from '../ninjs/ninjs-forms';
import { toNinjs } from '../ninjs/to-ninjs';

/** Injection token: STORE_STORED_EVENT_FORMATS (`json`, or `json+ninjs` for the ninjs topic as well). */
export const STORED_EVENT_FORMATS = Symbol('STORED_EVENT_FORMATS');
export type StoredEventFormats = 'json' | 'json+ninjs';

export const STORE_EVENT_SOURCE = '/news-pipeline/store';
/** The ninjs version of news.articles.stored.ninjs.v1: the 2.x line, as the HTTP API's default. */
export const STORED_NINJS_VERSION = '2.2';

export interface StoredEventInput {
  article: NormalisedArticle;
  change: ChangeKind;
  storedAt: Date;
  /** The envelope of the event the stored version came from. */
  cause: { sourceId: string; receivedAt: Date; correlationId: string; eventId: string };
  /** W3C trace context to carry on (the store's span of this message). */
  trace?: { traceparent?: string; tracestate?: string };
}

/** One announcement per topic the store publishes to. */
export interface StoredMessages {
  json: OutboundMessage;
  ninjs: OutboundMessage;
}

/** One message of `news.articles.stored.v1` (the article as stored, none for a kill) and its ninjs twin. */
export function storedEventMessages(input: StoredEventInput): StoredMessages {
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
  const key = new StoredArticleKey(article.articleId).encode();
  const cloudEvent = {
    type: TOPICS.articlesStored.eventType,
    source: STORE_EVENT_SOURCE,
    subject: article.articleId,
    time: input.storedAt,
    extra: { [CLOUD_EVENT_HEADERS.change]: change, ...input.trace },
  };
  const ninjs = ninjsForm(toNinjs({ article, sourceId: cause.sourceId }), STORED_NINJS_VERSION);
  return {
    json: { key, value: encodeContract(event), headers: envelopeHeaders(event.envelope, cloudEvent) },
    ninjs: {
      key,
      value: JSON.stringify(ninjs),
      headers: envelopeHeaders(event.envelope, cloudEvent, `application/ninjs+json; version=${STORED_NINJS_VERSION}`),
    },
  };
}

/** The JSON announcement alone (kept for callers that publish only the contract's topic). */
export function storedEventMessage(input: StoredEventInput): OutboundMessage {
  return storedEventMessages(input).json;
}
