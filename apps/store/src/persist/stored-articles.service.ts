import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { ChangeKind, NormalisedArticleEvent, TOPICS } from '@news/contracts';
import { failpoint } from '@news/config';
import { AnnouncementRepository, ArticleRepository } from '@news/database';
import { InboundMessage, KafkaPublisher } from '@news/kafka';
import { ActivitySummary, PipelineMetrics, SpanKind, startHop } from '@news/observability';
import { toArticleWrite } from './article-mapping';
import { STORED_EVENT_FORMATS, StoredEventFormats, storedEventMessages, StoredMessages } from './stored-event';

@Injectable()
export class StoredArticlesService {
  private readonly logger = new Logger(StoredArticlesService.name);
  private readonly activity = new ActivitySummary(this.logger, { what: 'articles stored' });

  constructor(
    @Inject(ArticleRepository) private readonly articles: ArticleRepository,
    @Inject(AnnouncementRepository) private readonly announcements: AnnouncementRepository,
    @Inject(KafkaPublisher) private readonly publisher: KafkaPublisher,
    @Inject(PipelineMetrics) private readonly metrics: PipelineMetrics,
    @Optional() @Inject(STORED_EVENT_FORMATS) private readonly formats: StoredEventFormats = 'json',
  ) {}

  /**
   * Writes a batch in one transaction, then announces what changed. The
   * announcement comes only after the commit; if it fails the batch is
   * retried, the upsert changes nothing the second time, and the events are
   * announced then (at-least-once, deduplicated downstream by id + version).
   */
  async storeBatch(messages: InboundMessage<NormalisedArticleEvent>[]): Promise<void> {
    const byEvent = new Map(messages.map((m) => [m.value.envelope.eventId, m.value]));
    // A span per message, child of the normaliser's; the stored event and the row carry it on.
    const hops = new Map(
      messages.map((m) => [
        m.value.envelope.eventId,
        startHop(`store ${m.topic}`, SpanKind.CONSUMER, m.headers, { 'news.article_id': m.value.article.articleId }),
      ]),
    );
    const traces = new Map([...hops].map(([id, hop]) => [id, hop.headers]));
    try {
      await this.write(messages, byEvent, traces);
    } finally {
      for (const h of hops.values()) h.span.end();
    }
  }

  private async write(
    messages: InboundMessage<NormalisedArticleEvent>[],
    byEvent: Map<string, NormalisedArticleEvent>,
    traces: Map<string, { traceparent?: string; tracestate?: string }>,
  ): Promise<void> {
    const written = await this.articles.writeBatch(
      messages.map((m) => ({ ...toArticleWrite(m.value), ...traces.get(m.value.envelope.eventId) })),
    );
    // Fault tests crash here: committed, nothing announced, offsets not committed.
    failpoint('store.after-commit');
    const changes = written.changed;
    // Announce every article whose current version came from this batch, not only
    // those changed by this attempt: a retry after a failed publish must announce again.
    const current = await this.announcements.currentFromEvents(
      messages.map((m) => ({ articleId: m.value.article.articleId, eventId: m.value.envelope.eventId })),
    );
    const storedAt = new Date();
    const changedNow = new Set(changes.map((c) => c.id));
    for (const c of current) {
      // From ingest's receipt to this commit; re-announcements were measured when first stored.
      if (changedNow.has(c.id)) {
        this.metrics.endToEndLatency.observe(
          (storedAt.getTime() - byEvent.get(c.lastEventId)!.envelope.receivedAt.getTime()) / 1000,
        );
      }
    }
    // An article under embargo is announced when it lifts (EmbargoReleaser), not now.
    const out = current
      .filter((c) => !c.held)
      .map((c) => {
        const source = byEvent.get(c.lastEventId)!;
        const change: ChangeKind = c.pubStatus === 'canceled' ? 'killed' : c.inserted ? 'created' : 'updated';
        this.logger.debug(
          `stored article=${c.id} version=${c.version} change=${change} correlation=${source.envelope.correlationId}`,
        );
        return storedEventMessages({
          article: source.article,
          change,
          storedAt,
          cause: source.envelope,
          trace: traces.get(c.lastEventId),
        });
      });
    await publishStored(this.publisher, out, this.formats);
    // Fault tests crash here: committed and announced, offsets not committed.
    failpoint('store.after-publish');
    for (const d of written.duplicatesLinked)
      this.logger.debug(`article=${d.id} is an exact duplicate of ${d.duplicateOf}`);
    const unchanged = messages.length - changes.length;
    if (current.length > changes.length)
      this.logger.debug(`re-announced ${current.length - changes.length} articles stored by an earlier attempt`);
    this.activity.add({ announced: out.length, unchanged, duplicatesLinked: written.duplicatesLinked.length });
    if (unchanged > 0) {
      this.logger.debug(
        `${unchanged} of ${messages.length} messages changed nothing (older, equal or repeated versions; ` +
          `${written.versionsRecorded} new history rows)`,
      );
    }
  }
}

/** Publishes the announcements to the stored topic, and to its ninjs twin when configured, in one request. */
export async function publishStored(
  publisher: KafkaPublisher,
  out: StoredMessages[],
  formats: StoredEventFormats,
): Promise<void> {
  const json = publisher.publish(
    TOPICS.articlesStored.name,
    out.map((m) => m.json),
  );
  const ninjs =
    formats === 'json+ninjs'
      ? publisher.publish(
          TOPICS.articlesStoredNinjs.name,
          out.map((m) => m.ninjs),
        )
      : Promise.resolve();
  await Promise.all([json, ninjs]);
}
