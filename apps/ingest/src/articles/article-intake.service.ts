import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  ArticleSubmission,
  articleIdFor,
  DeclaredProvenance,
  encodeContract,
  envelopeHeaders,
  RawArticleEvent,
  RawArticleKey,
  TOPICS,
} from '@news/contracts';
import {
  chunkBySize,
  KafkaPublisher,
  OutboundMessage,
  PublishOutcomeUnknownError,
  PublishUnavailableError,
} from '@news/kafka';
import { ActivitySummary } from '@news/observability';
import { SourceRegistry } from '../auth/source-registry';
import { contentHashOf } from '../delivery/content-hash';
import { provenanceOf, toRawArticle } from './raw-article-mapping';
import { IngestReceipt, RECEIPT_STORE, type ReceiptStore } from '../delivery/receipt-store';

/** W3C trace context headers for the messages a push produces. */
export interface TraceHeaders {
  traceparent?: string;
  tracestate?: string;
}

export interface Accepted {
  id: string;
  eventId: string;
  correlationId: string;
  /** `accepted`: published now; `duplicate`: this exact version was published before (not again). */
  status: 'accepted' | 'duplicate';
}

/**
 * Kafka did not take a chunk of a request whose earlier chunks it acknowledged:
 * `accepted` of the request's `total` new articles are published.
 */
export class IntakePartlyAcceptedError extends Error {
  constructor(
    readonly accepted: number,
    readonly total: number,
    readonly failure: PublishUnavailableError,
  ) {
    super(`${accepted} of ${total} articles published before: ${failure.message}`, { cause: failure });
    this.name = 'IntakePartlyAcceptedError';
  }
}

/** Kafka's default message.max.bytes is ~1 MB per record batch: keep each send well under it. */
const PUBLISH_CHUNK_BYTES = 768 * 1024;

/**
 * Turns validated submissions into raw events and publishes them in one send;
 * resolves only once Kafka has them all. A version already published (same
 * article id and content hash) is answered with its earlier event and not
 * published again. Receipts are written after the ack (also an ack that comes
 * after the answer said "unknown"), so a failed publish leaves nothing that
 * would block the retry. A repeat of a version whose publish is still
 * unsettled here waits for that one instead of publishing a second event.
 */
@Injectable()
export class ArticleIntakeService {
  private readonly logger = new Logger(ArticleIntakeService.name);
  private readonly activity = new ActivitySummary(this.logger, { what: 'articles published' });
  /** Versions sent to Kafka whose outcome is not known yet (this replica's), by article id and content hash. */
  private readonly unsettled = new Map<string, { eventId: string; delivered: Promise<void> }>();

  constructor(
    @Inject(KafkaPublisher) private readonly publisher: KafkaPublisher,
    @Inject(RECEIPT_STORE) private readonly receipts: ReceiptStore,
    @Inject(SourceRegistry) private readonly sources: SourceRegistry,
  ) {}

  /** How a configured source's pushes are cleaned when an item does not say. */
  private sourceProvenance(sourceId: string): DeclaredProvenance | undefined {
    return this.sources.get(sourceId)?.provenance;
  }

  /** `trace`: the W3C trace context of the push's span, carried on every raw event. */
  async acceptAll(
    submissions: ArticleSubmission[],
    correlationId: string | undefined,
    trace?: TraceHeaders,
  ): Promise<Accepted[]> {
    const planned = submissions.map((s) => {
      const articleId = articleIdFor(s.sourceId, s.externalId ?? s.url!);
      return { submission: s, articleId, contentHash: contentHashOf({ ...s }) };
    });
    const known = new Map(
      (
        await this.receipts.findReceipts(planned.map((p) => ({ articleId: p.articleId, contentHash: p.contentHash })))
      ).map((r) => [`${r.articleId}/${r.contentHash}`, r]),
    );
    const results: Accepted[] = [];
    const messages: OutboundMessage[] = [];
    const fresh: IngestReceipt[] = [];
    const earlier: Array<Promise<void>> = [];
    for (const p of planned) {
      const key = `${p.articleId}/${p.contentHash}`;
      const seen = known.get(key) ?? this.unsettled.get(key);
      if (seen) {
        results.push({
          id: p.articleId,
          eventId: seen.eventId,
          correlationId: correlationId ?? seen.eventId,
          status: 'duplicate',
        });
        if (!known.has(key)) earlier.push(this.unsettled.get(key)!.delivered);
        continue;
      }
      const eventId = randomUUID();
      const correlation = correlationId ?? eventId;
      messages.push(this.messageFor(p.submission, p.articleId, { eventId, correlation, trace }));
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
    await this.settledEarlier(earlier);
    await this.publishInChunks(messages, fresh);
    for (const r of results) {
      if (r.status === 'accepted')
        this.logger.debug(`accepted article=${r.id} event=${r.eventId} correlation=${r.correlationId}`);
    }
    this.activity.add({ accepted: fresh.length });
    return results;
  }

  /**
   * Sent in chunks that fit one Kafka request; each chunk's receipts are written once it is acked, so when a
   * later chunk fails (503) the client's retry publishes only what is still missing.
   */
  private async publishInChunks(messages: OutboundMessage[], fresh: IngestReceipt[]): Promise<void> {
    let sent = 0;
    const sizeOf = (m: OutboundMessage) => Buffer.byteLength(m.value) + Buffer.byteLength(m.key);
    for (const chunk of chunkBySize(messages, { sizeOf, maxBytes: PUBLISH_CHUNK_BYTES })) {
      const receipts = fresh.slice(sent, sent + chunk.length);
      const delivery = this.publisher.publishTracked(TOPICS.articlesRaw.name, chunk);
      const remembered = delivery.delivered.then(
        () => this.remember(receipts),
        () => undefined,
      );
      this.trackUnsettled(receipts, delivery.delivered);
      try {
        await delivery.answer;
      } catch (err) {
        if (sent > 0 && err instanceof PublishUnavailableError)
          throw new IntakePartlyAcceptedError(sent, messages.length, err);
        throw err;
      }
      await remembered;
      sent += chunk.length;
    }
  }

  /** Until Kafka settles these versions' publish, a repeat of one of them waits for it (settledEarlier). */
  private trackUnsettled(receipts: IngestReceipt[], delivered: Promise<void>): void {
    const entries = receipts.map(
      (r) => [`${r.articleId}/${r.contentHash}`, { eventId: r.eventId, delivered }] as const,
    );
    for (const [key, entry] of entries) this.unsettled.set(key, entry);
    const clear = () =>
      entries.forEach(([key, entry]) => this.unsettled.get(key) === entry && this.unsettled.delete(key));
    delivered.then(clear, clear);
  }

  /**
   * Waits, within the publisher's bound, for the publishes of the versions this request repeats: answered
   * as duplicates once Kafka acknowledged them; their outcome (not sent, unknown) otherwise.
   */
  private async settledEarlier(earlier: Array<Promise<void>>): Promise<void> {
    if (earlier.length === 0) return;
    let timer: NodeJS.Timeout | undefined;
    const bound = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new PublishOutcomeUnknownError('an earlier push of the same version is still waiting for Kafka')),
        this.publisher.answerWithinMs,
      );
    });
    try {
      await Promise.race([Promise.all(earlier), bound]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async remember(receipts: IngestReceipt[]): Promise<void> {
    try {
      await this.receipts.recordReceipts(receipts);
    } catch (err) {
      // Published but not remembered: a repeat would be published again (the store drops such duplicates). Never fail
      // an acked request.
      this.logger.warn(`could not record ${receipts.length} receipts: ${(err as Error).message}`);
    }
  }

  private messageFor(
    s: ArticleSubmission,
    articleId: string,
    ids: { eventId: string; correlation: string; trace?: TraceHeaders },
  ): OutboundMessage {
    // The contract's type built directly, as the other producers do: the event is only serialised.
    const receivedAt = new Date();
    const event: RawArticleEvent = {
      envelope: {
        eventId: ids.eventId,
        schemaVersion: 1,
        sourceId: s.sourceId,
        receivedAt,
        correlationId: ids.correlation,
      },
      article: toRawArticle(s, articleId, provenanceOf(s, this.sourceProvenance(s.sourceId))),
    };
    const cloudEvent = {
      type: TOPICS.articlesRaw.eventType,
      source: '/news-pipeline/ingest',
      subject: articleId,
      time: receivedAt,
      extra: { ...ids.trace },
    };
    return {
      key: new RawArticleKey(articleId).encode(),
      value: encodeContract(event),
      headers: envelopeHeaders(event.envelope, cloudEvent),
    };
  }
}
