import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { failpoint } from '@news/config';
import { encodeContract, envelopeHeaders, NormalisedArticleKey, RawArticleEvent, TOPICS } from '@news/contracts';
import { InboundMessage, KafkaPublisher, PermanentError } from '@news/kafka';
import { PipelineMetrics } from '@news/observability';
import { BoilerplateSync } from '../boilerplate/boilerplate-sync';
import { NORMALISER_LIMITS, NormaliserEnv } from '../normaliser.config';

import { normaliseRawEvent } from './normalise-article';

export const NORMALISER_LEARNS_CHROME = Symbol('NORMALISER_LEARNS_CHROME');

/** Source ids are labels of a metric: bounded, so an open ingest cannot grow the series without end. */
const MAX_SOURCE_LABELS = 500;

@Injectable()
export class NormaliserService {
  private readonly logger = new Logger(NormaliserService.name);

  constructor(
    @Inject(KafkaPublisher) private readonly publisher: KafkaPublisher,
    @Inject(NORMALISER_LIMITS) private readonly limits: NormaliserEnv,
    /** Learned per-source chrome; absent, only the generic rules clean. */
    @Optional() @Inject(BoilerplateSync) private readonly boilerplate?: BoilerplateSync,
    /** false for replays: they use what was learned without learning again from the same articles. */
    @Optional() @Inject(NORMALISER_LEARNS_CHROME) private readonly learnsChrome?: boolean,
    @Optional() @Inject(PipelineMetrics) private readonly metrics?: PipelineMetrics,
  ) {}

  private get learn(): boolean {
    return this.learnsChrome !== false;
  }

  /** Sources seen as metric labels; past the cap, further sources are counted as `other`. */
  private readonly labelledSources = new Set<string>();

  private countFlags(sourceId: string, flags: readonly string[]): void {
    if (!this.metrics || flags.length === 0) return;
    if (!this.labelledSources.has(sourceId) && this.labelledSources.size < MAX_SOURCE_LABELS) this.labelledSources.add(sourceId);
    const source = this.labelledSources.has(sourceId) ? sourceId : 'other';
    for (const flag of flags) this.metrics.qualityFlags.inc({ source, flag });
  }

  /** Cleans a batch and publishes it in one produce request; resolves once Kafka has all of it. */
  async normaliseBatch(messages: InboundMessage<RawArticleEvent>[]): Promise<void> {
    const out = messages.map((m) => {
      const body = m.value.article.body;
      // UTF-8 takes at most 3 bytes per UTF-16 unit: only a body that could be over the limit is measured.
      const bytes = body.length * 3 <= this.limits.NORMALISER_MAX_BODY_BYTES ? 0 : Buffer.byteLength(body, 'utf8');
      if (bytes > this.limits.NORMALISER_MAX_BODY_BYTES) {
        throw new PermanentError(
          `body of article ${m.value.article.articleId} is ${bytes} bytes, larger than NORMALISER_MAX_BODY_BYTES (${this.limits.NORMALISER_MAX_BODY_BYTES})`,
        );
      }
      let event;
      try {
        event = normaliseRawEvent(m.value, this.boilerplate?.model, this.learn);
        if (this.learn) this.boilerplate?.touched(m.value.envelope.sourceId);
      } catch (err) {
        // The cleaner is deterministic: the same input will fail again.
        throw new PermanentError(`cleaning failed for article ${m.value.article.articleId}: ${(err as Error).message}`, { cause: err });
      }
      this.countFlags(event.envelope.sourceId, event.article.qualityFlags);
      return {
        key: new NormalisedArticleKey(event.article.articleId).encode(),
        value: encodeContract(event),
        headers: envelopeHeaders(event.envelope),
      };
    });
    await this.publisher.publish(TOPICS.articlesNormalised.name, out);
    // Fault tests crash here: published, offsets not committed (the batch is redone and the store dedupes).
    failpoint('normaliser.after-publish');
    for (const m of messages) {
      this.logger.log(
        `normalised article=${m.value.article.articleId} event=${m.value.envelope.eventId} correlation=${m.value.envelope.correlationId}`,
      );
    }
  }
}
