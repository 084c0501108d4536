import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, Optional } from '@nestjs/common';
import type { HealthIndicatorResult } from '@nestjs/terminus';
import { PipelineMetrics } from '@news/observability';
import { ArticleIntakeService } from '../articles/article-intake.service';
import { INGEST_CONFIG, IngestConfig } from '../ingest.config';
import { backoffSeconds, jitteredBackoffMs } from '../poller/feed-poller';
import { DropFolder, FolderClient } from './drop-folder';
import { connectFtp } from './ftp-folder';
import { LocalFolder } from './local-folder';
import { Mailbox } from './mailbox';
import { BatchDeps } from './publish-batch';
import { readTransported, TransportReader } from './read-transported';
import { connectSftp } from './sftp-folder';
import type { FolderTransport, TransportConfig } from './transport-config';
import { TransportIntake } from './transport-intake';
import { TRANSPORT_RECEIPTS, type TransportReceiptStore } from './transport-receipts';
import { StageError, TransportHealth, TransportStatus } from './transport-status';

export const TRANSPORTS = Symbol('TRANSPORTS');
/** The reader the transports use (readTransported unless a test or build provides another). */
export const TRANSPORT_READER = Symbol('TRANSPORT_READER');

interface Runner {
  config: TransportConfig;
  status: TransportStatus;
  poller: { pollOnce(): Promise<void> };
  timer?: NodeJS.Timeout;
  /** The poll under way or the last one: polls of one transport never overlap. */
  last: Promise<TransportHealth | void>;
}

function folderConnector(config: FolderTransport): () => Promise<FolderClient> {
  switch (config.kind) {
    case 'directory':
      return async () => new LocalFolder(config.path, config);
    case 'ftp':
      return () => connectFtp(config);
    case 'sftp':
      return () => connectSftp(config);
  }
}

/**
 * Runs every configured transport (drop folders, mailboxes) on its own
 * timer: one poll at a time per transport, the next one `pollSeconds` after
 * the last ended, backing off (doubling, up to 32× and an hour) while polls
 * fail. A failing transport shows in /health/ready's details and the
 * metrics; it never makes ingest not ready, so HTTP pushes go on.
 */
@Injectable()
export class TransportsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(TransportsService.name);
  private readonly runners: Runner[];
  private stopped = false;

  constructor(
    @Inject(INGEST_CONFIG) config: IngestConfig,
    @Inject(TRANSPORTS) transports: TransportConfig[],
    @Inject(ArticleIntakeService) intake: ArticleIntakeService,
    @Inject(PipelineMetrics) metrics: PipelineMetrics,
    @Inject(TRANSPORT_RECEIPTS) receipts: TransportReceiptStore,
    @Optional() @Inject(TRANSPORT_READER) reader?: TransportReader,
  ) {
    const shared = new TransportIntake(
      intake,
      metrics,
      config.ingest.INGEST_MAX_ARTICLE_BYTES,
      reader ?? readTransported,
    );
    this.runners = transports.map((t) => {
      const secrets =
        'password' in t
          ? [t.password, 'privateKey' in t ? t.privateKey : undefined, 'passphrase' in t ? t.passphrase : undefined]
          : [];
      const status = new TransportStatus(t, metrics, secrets);
      const deps: BatchDeps = { intake: shared, receipts, status };
      const poller =
        t.kind === 'imap' ? new Mailbox(t, deps) : new DropFolder(t, { ...deps, connect: folderConnector(t) });
      return { config: t, status, poller, last: Promise.resolve() };
    });
  }

  onApplicationBootstrap(): void {
    for (const r of this.runners) this.schedule(r, 0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    for (const r of this.runners) clearTimeout(r.timer);
    await Promise.all(this.runners.map((r) => r.last));
  }

  private schedule(r: Runner, delayMs: number): void {
    if (this.stopped) return;
    r.timer = setTimeout(() => {
      void this.pollNow(r.config.name).then(() =>
        this.schedule(r, jitteredBackoffMs(r.config.pollSeconds, r.status.consecutiveFailures)),
      );
    }, delayMs);
    r.timer.unref();
  }

  /**
   * Polls one transport once the poll under way (if any) ended (also used by tests); never rejects: a failure is
   * recorded in its status.
   */
  pollNow(name: string): Promise<TransportHealth> {
    const r = this.runners.find((x) => x.config.name === name);
    if (!r) throw new Error(`transport ${name} is not configured`);
    const next = r.last.then(() => this.poll(r));
    r.last = next;
    return next;
  }

  private async poll(r: Runner): Promise<TransportHealth> {
    const name = r.config.name;
    try {
      await r.poller.pollOnce();
      r.status.pollSucceeded();
    } catch (err) {
      const stage = err instanceof StageError ? err.stage : 'list';
      const message = r.status.pollFailed(stage, err instanceof StageError ? err.cause : err);
      const next = backoffSeconds(r.config.pollSeconds, r.status.consecutiveFailures);
      this.logger.warn(
        `${name}: poll failed at ${stage} (${r.status.consecutiveFailures} in a row; next within ${next} ` +
          `s): ${message}`,
      );
    }
    return r.status.snapshot();
  }

  statuses(): TransportHealth[] {
    return this.runners.map((r) => r.status.snapshot());
  }

  /**
   * For /health/ready: always `up` (HTTP pushes do not depend on the transports), `degraded` naming the failing ones.
   */
  health(): HealthIndicatorResult {
    const transports = this.statuses();
    const failing = transports.filter((t) => t.status === 'failing').map((t) => t.name);
    return { transports: { status: 'up', degraded: failing.length > 0, failing, transports } };
  }
}
