import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, Optional } from '@nestjs/common';
import { AnnouncementRepository, DueAnnouncement } from '@news/database';
import { KafkaPublisher } from '@news/kafka';
import { rowToArticle } from './row-to-article';
import { publishStored } from './stored-articles.service';
import { STORED_EVENT_FORMATS, StoredEventFormats, storedEventMessages } from './stored-event';

export const EMBARGO_POLL_MS = Symbol('EMBARGO_POLL_MS');

/** Articles released per transaction; a backlog is worked off in several in a row. */
const RELEASE_BATCH = 100;

/**
 * Announces articles when their embargo lifts. Every replica polls; the rows
 * a replica releases are locked while it announces them, so each is announced
 * once (at least once if a replica dies between the publish and the commit).
 */
@Injectable()
export class EmbargoReleaser implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(EmbargoReleaser.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    @Inject(AnnouncementRepository) private readonly announcements: AnnouncementRepository,
    @Inject(KafkaPublisher) private readonly publisher: KafkaPublisher,
    @Inject(EMBARGO_POLL_MS) private readonly pollMs: number,
    @Optional() @Inject(STORED_EVENT_FORMATS) private readonly formats: StoredEventFormats = 'json',
  ) {}

  onApplicationBootstrap(): void {
    this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.releaseAll().finally(() => this.schedule());
    }, this.pollMs);
    this.timer.unref();
  }

  /** Releases everything due now; a failure is logged and retried on the next poll. */
  async releaseAll(): Promise<void> {
    try {
      while (
        !this.stopped &&
        (await this.announcements.releaseDue(RELEASE_BATCH, (due) => this.announce(due))) === RELEASE_BATCH
      );
    } catch (err) {
      this.logger.warn(`releasing embargoed articles failed, retrying in ${this.pollMs} ms: ${(err as Error).message}`);
    }
  }

  private async announce(due: DueAnnouncement[]): Promise<void> {
    const storedAt = new Date();
    const messages = due.map(({ row, change }) => {
      this.logger.log(`embargo lifted article=${row.id} version=${row.version} change=${change}`);
      return storedEventMessages({
        article: rowToArticle(row),
        change,
        storedAt,
        cause: {
          sourceId: row.source_id,
          receivedAt: row.received_at,
          correlationId: row.correlation_id,
          eventId: row.last_event_id,
        },
        // The push's trace goes on: the release is its last hop.
        trace: { traceparent: row.traceparent ?? undefined, tracestate: row.tracestate ?? undefined },
      });
    });
    await publishStored(this.publisher, messages, this.formats);
  }
}
