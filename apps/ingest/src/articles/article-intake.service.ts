import { Inject, Injectable, Logger } from '@nestjs/common';
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
import { KafkaPublisher, OutboundMessage } from '@news/kafka';
import { contentHashOf } from '../delivery/content-hash';
import { IngestReceipt, RECEIPT_STORE, type ReceiptStore } from '../delivery/receipt-store';

export interface Accepted {
  id: string;
  eventId: string;
  correlationId: string;
  /** `accepted`: published now; `duplicate`: this exact version was published before (not again). */
  status: 'accepted' | 'duplicate';
}

const LOOKS_LIKE_HTML = /<\/?[a-z][\s\S]*?>/i;

/**
 * Turns validated submissions into raw events and publishes them in one send;
 * resolves only once Kafka has them all. A version already published (same
 * article id and content hash) is answered with its earlier event and not
 * published again. Receipts are written after the ack, so a failed publish
 * leaves nothing that would block the retry.
 */
@Injectable()
export class ArticleIntakeService {
  private readonly logger = new Logger(ArticleIntakeService.name);

  constructor(
    private readonly publisher: KafkaPublisher,
    @Inject(RECEIPT_STORE) private readonly receipts: ReceiptStore,
  ) {}

  async acceptAll(submissions: ArticleSubmission[], correlationId: string | undefined): Promise<Accepted[]> {
    const planned = submissions.map((s) => {
      const articleId = articleIdFor(s.sourceId, s.externalId ?? s.url!);
      return { submission: s, articleId, contentHash: contentHashOf({ ...s }) };
    });
    const known = new Map(
      (await this.receipts.findReceipts(planned.map((p) => ({ articleId: p.articleId, contentHash: p.contentHash })))).map((r) => [
        `${r.articleId}/${r.contentHash}`,
        r,
      ]),
    );
    const results: Accepted[] = [];
    const messages: OutboundMessage[] = [];
    const fresh: IngestReceipt[] = [];
    for (const p of planned) {
      const key = `${p.articleId}/${p.contentHash}`;
      const seen = known.get(key);
      if (seen) {
        results.push({ id: p.articleId, eventId: seen.eventId, correlationId: correlationId ?? seen.eventId, status: 'duplicate' });
        continue;
      }
      const eventId = randomUUID();
      const correlation = correlationId ?? eventId;
      messages.push(this.messageFor(p.submission, p.articleId, eventId, correlation));
      const receipt: IngestReceipt = {
        articleId: p.articleId,
        contentHash: p.contentHash,
        sourceId: p.submission.sourceId,
        eventId,
        version: p.submission.version ?? 1,
        pubStatus: p.submission.pubStatus ?? 'usable',
      };
      fresh.push(receipt);
      // The same version twice in one request is published once.
      known.set(key, receipt);
      results.push({ id: p.articleId, eventId, correlationId: correlation, status: 'accepted' });
    }
    await this.publisher.publish(TOPICS.articlesRaw.name, messages);
    try {
      await this.receipts.recordReceipts(fresh);
    } catch (err) {
      // Published but not remembered: a repeat would be published again (the store drops such duplicates). Never fail an acked request.
      this.logger.warn(`could not record ${fresh.length} receipts: ${(err as Error).message}`);
    }
    for (const r of results) {
      if (r.status === 'accepted') this.logger.log(`accepted article=${r.id} event=${r.eventId} correlation=${r.correlationId}`);
    }
    return results;
  }

  private messageFor(s: ArticleSubmission, articleId: string, eventId: string, correlation: string): OutboundMessage {
    const event = toContract(RawArticleEvent, {
      envelope: { eventId, schemaVersion: 1, sourceId: s.sourceId, receivedAt: new Date(), correlationId: correlation },
      article: {
        articleId,
        externalId: s.externalId,
        url: s.url,
        title: s.title,
        body: s.body,
        contentType: s.contentType ?? (LOOKS_LIKE_HTML.test(s.body) ? 'text/html' : 'text/plain'),
        language: s.language,
        publishedAt: s.publishedAt,
        version: s.version ?? 1,
        versionCreated: s.versionCreated,
        pubStatus: s.pubStatus ?? 'usable',
        format: s.format,
        urgency: s.urgency,
        subjects: s.subjects,
        authors: s.authors,
        embargoedUntil: s.embargoedUntil,
      },
    });
    return {
      key: new RawArticleKey(articleId).encode(),
      value: encodeContract(event),
      headers: {
        [HEADERS.eventId]: eventId,
        [HEADERS.correlationId]: correlation,
        [HEADERS.sourceId]: s.sourceId,
        [HEADERS.schemaVersion]: '1',
        [HEADERS.contentType]: 'application/json',
      },
    };
  }
}
