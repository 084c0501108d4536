/** Builds normalised events and batches for the store tests (unique ids per run). */
import { createHash, randomUUID } from 'node:crypto';
import { articleIdFor, NormalisedArticleEvent, PubStatus, toContract } from '@news/contracts';
import type { InboundMessage } from '@news/kafka';

export interface EventSpec {
  sourceId: string;
  externalId: string;
  version: number;
  text: string;
  title?: string;
  versionCreated?: string;
  pubStatus?: PubStatus;
  language?: string;
  publishedAt?: string;
  receivedAt?: string;
  url?: string;
  people?: string[];
  organisations?: string[];
  places?: string[];
  subjects?: string[];
}

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** A short random tag that makes sources, ids and words unique to one test run. */
export const runTag = () => randomUUID().replace(/-/g, '').slice(0, 10);

const entity = (name: string) => ({ name, confidence: 0.9, count: 1, mentions: [] });

export function normalisedEvent(s: EventSpec): NormalisedArticleEvent {
  const articleId = articleIdFor(s.sourceId, s.externalId);
  return toContract(NormalisedArticleEvent, {
    envelope: {
      eventId: randomUUID(),
      schemaVersion: 1,
      sourceId: s.sourceId,
      receivedAt: new Date(s.receivedAt ?? Date.now()),
      correlationId: `test-${articleId}-${s.version}`,
      causationId: randomUUID(),
    },
    article: {
      articleId,
      externalId: s.externalId,
      url: s.url ?? `https://example.test/${s.sourceId}/${s.externalId}`,
      title: s.title ?? `Title of ${s.externalId}`,
      text: s.text,
      language: s.language,
      publishedAt: s.publishedAt ? new Date(s.publishedAt) : undefined,
      version: s.version,
      versionCreated: s.versionCreated ? new Date(s.versionCreated) : undefined,
      pubStatus: s.pubStatus ?? 'usable',
      contentHash: sha256(s.text),
      wordCount: s.text.split(/\s+/).filter(Boolean).length,
      qualityFlags: [],
      people: s.people?.map(entity),
      organisations: s.organisations?.map(entity),
      places: s.places?.map(entity),
      subjects: s.subjects?.map((code) => ({ code, name: code, confidence: 0.8 })),
      keywords: [],
    },
  });
}

let offset = 0;
export function asBatch(events: NormalisedArticleEvent[]): InboundMessage<NormalisedArticleEvent>[] {
  return events.map((value) => ({
    topic: 'news.articles.normalised.v1',
    partition: 0,
    offset: String(offset++),
    key: value.article.articleId,
    value,
    headers: {},
    timestamp: String(Date.now()),
  }));
}
