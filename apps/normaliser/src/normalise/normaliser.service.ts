import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { failpoint } from '@news/config';
import { cloudEventHeaders, HEADERS, NormalisedArticleKey, RawArticleEvent, TOPICS } from '@news/contracts';
import { InboundMessage, KafkaPublisher, PermanentError } from '@news/kafka';
import { ActivitySummary, PipelineMetrics, SpanKind, startHop } from '@news/observability';
import { NORMALISER_ENV, NormaliserEnv } from '../normaliser.config';
import type { NormaliseEngine } from './engine';

export const NORMALISE_ENGINE = Symbol('NORMALISE_ENGINE');

/** Source ids are labels of a metric: bounded, so an open ingest cannot grow the series without end. */
const MAX_SOURCE_LABELS = 500;

@Injectable()
export class NormaliserService {
  private readonly logger = new Logger(NormaliserService.name);
  private readonly activity = new ActivitySummary(this.logger, { what: 'articles normalised' });
  /** Sources seen as metric labels; past the cap, further sources are counted as `other`. */
  private readonly labelledSources = new Set<string>();

  constructor(
    @Inject(KafkaPublisher) private readonly publisher: KafkaPublisher,
    @Inject(NORMALISER_ENV) private readonly env: NormaliserEnv,
    @Inject(NORMALISE_ENGINE) private readonly engine: NormaliseEngine,
    @Optional() @Inject(PipelineMetrics) private readonly metrics?: PipelineMetrics,
  ) {}

  /**
   * Cleans a batch (on the engine's workers) and publishes it in one produce request; resolves once Kafka has all of
   * it.
   */
  async normaliseBatch(messages: InboundMessage<RawArticleEvent>[]): Promise<void> {
    for (const m of messages) this.checkSize(m.value);
    // A span per article, child of the push's: the normalised event carries it on.
    const hops = messages.map((m) =>
      startHop(`normalise ${m.topic}`, SpanKind.CONSUMER, m.headers, { 'news.article_id': m.value.article.articleId }),
    );
    const results = await Promise.all(messages.map((m) => this.engine.normalise(m.value)));
    const now = new Date();
    const out = results.map((r, i) => {
      this.countFlags(messages[i].value.envelope.sourceId, r.qualityFlags);
      const cloudEvent = {
        type: TOPICS.articlesNormalised.eventType,
        source: '/news-pipeline/normaliser',
        subject: r.articleId,
        time: now,
        extra: hops[i].headers,
      };
      const headers = { ...r.headers, ...cloudEventHeaders(r.headers[HEADERS.eventId], cloudEvent) };
      return { key: new NormalisedArticleKey(r.articleId).encode(), value: r.value, headers };
    });
    try {
      await this.publisher.publish(TOPICS.articlesNormalised.name, out);
    } finally {
      for (const h of hops) h.span.end();
    }
    // Fault tests crash here: published, offsets not committed (the batch is redone and the store dedupes).
    failpoint('normaliser.after-publish');
    this.activity.add({ published: messages.length });
    for (const m of messages) {
      this.logger.debug(
        `normalised article=${m.value.article.articleId} event=${m.value.envelope.eventId} ` +
          `correlation=${m.value.envelope.correlationId}`,
      );
    }
  }

  private checkSize(raw: RawArticleEvent): void {
    const body = raw.article.body;
    // UTF-8 takes at most 3 bytes per UTF-16 unit: only a body that could be over the limit is measured.
    const bytes = body.length * 3 <= this.env.NORMALISER_MAX_BODY_BYTES ? 0 : Buffer.byteLength(body, 'utf8');
    if (bytes > this.env.NORMALISER_MAX_BODY_BYTES) {
      throw new PermanentError(
        `body of article ${raw.article.articleId} is ${bytes} bytes, larger than NORMALISER_MAX_BODY_BYTES ` +
          `(${this.env.NORMALISER_MAX_BODY_BYTES})`,
      );
    }
  }

  private countFlags(sourceId: string, flags: readonly string[]): void {
    if (!this.metrics || flags.length === 0) return;
    if (!this.labelledSources.has(sourceId) && this.labelledSources.size < MAX_SOURCE_LABELS)
      this.labelledSources.add(sourceId);
    const source = this.labelledSources.has(sourceId) ? sourceId : 'other';
    for (const flag of flags) this.metrics.qualityFlags.inc({ source, flag });
  }
}
