import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  ArticleSubmission,
  articleIdFor,
  encodeContract,
  HEADERS,
  RawArticleEvent,
  RawArticleKey,
  toContract,
  TOPICS,
} from '@news/contracts';
import { KafkaPublisher } from '@news/kafka';

export interface Accepted {
  id: string;
  eventId: string;
  correlationId: string;
}

const LOOKS_LIKE_HTML = /<\/?[a-z][\s\S]*?>/i;

/** Turns a validated submission into a raw event and publishes it; resolves only once Kafka has it. */
@Injectable()
export class ArticleIntakeService {
  private readonly logger = new Logger(ArticleIntakeService.name);

  constructor(private readonly publisher: KafkaPublisher) {}

  async accept(submission: ArticleSubmission, correlationId: string | undefined): Promise<Accepted> {
    const identity = submission.externalId ?? submission.url!;
    const articleId = articleIdFor(submission.sourceId, identity);
    const eventId = randomUUID();
    const correlation = correlationId ?? eventId;
    const event = toContract(RawArticleEvent, {
      envelope: {
        eventId,
        schemaVersion: 1,
        sourceId: submission.sourceId,
        receivedAt: new Date(),
        correlationId: correlation,
      },
      article: {
        articleId,
        externalId: submission.externalId,
        url: submission.url,
        title: submission.title,
        body: submission.body,
        contentType: submission.contentType ?? (LOOKS_LIKE_HTML.test(submission.body) ? 'text/html' : 'text/plain'),
        language: submission.language,
        publishedAt: submission.publishedAt,
        version: submission.version ?? 1,
        versionCreated: submission.versionCreated,
        pubStatus: submission.pubStatus ?? 'usable',
      },
    });
    await this.publisher.publish(TOPICS.articlesRaw.name, [
      {
        key: new RawArticleKey(articleId).encode(),
        value: encodeContract(event),
        headers: {
          [HEADERS.eventId]: eventId,
          [HEADERS.correlationId]: correlation,
          [HEADERS.sourceId]: submission.sourceId,
          [HEADERS.schemaVersion]: '1',
          [HEADERS.contentType]: 'application/json',
        },
      },
    ]);
    this.logger.log(`accepted article=${articleId} source=${submission.sourceId} event=${eventId} correlation=${correlation}`);
    return { id: articleId, eventId, correlationId: correlation };
  }
}
