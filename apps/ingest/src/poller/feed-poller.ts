import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ArticleSubmission, SOURCE_ID_PATTERN, validateContract } from '@news/contracts';
import { parseAnyXml, readWire, WireFormatError } from '@news/wire-formats';
import { ArticleIntakeService } from '../articles/article-intake.service';
import { INGEST_CONFIG, IngestConfig } from '../ingest.config';

export interface PolledFeed {
  sourceId: string;
  url: string;
  intervalSeconds: number;
}

export interface PollOutcome {
  status: 'not-modified' | 'fetched' | 'failed';
  published: number;
  duplicates: number;
  rejected: number;
  error?: string;
}

interface FeedState {
  feed: PolledFeed;
  etag?: string;
  lastModified?: string;
  failures: number;
  timer?: NodeJS.Timeout;
  running?: Promise<void> | undefined;
}

/** Reads INGEST_POLL_FEEDS: `[{"sourceId", "url", "intervalSeconds"?}]`. */
export function parsePolledFeeds(json: string): PolledFeed[] {
  const list: unknown = JSON.parse(json);
  if (!Array.isArray(list)) throw new Error('INGEST_POLL_FEEDS must be a JSON array');
  return list.map((raw: unknown, i) => {
    const f = (raw ?? {}) as Record<string, unknown>;
    if (typeof f.sourceId !== 'string' || !SOURCE_ID_PATTERN.test(f.sourceId))
      throw new Error(`INGEST_POLL_FEEDS[${i}].sourceId must be a source id`);
    if (typeof f.url !== 'string' || !/^https?:\/\//.test(f.url))
      throw new Error(`INGEST_POLL_FEEDS[${i}].url must be an http(s) URL`);
    const interval = f.intervalSeconds ?? 300;
    if (typeof interval !== 'number' || !(interval >= 1))
      throw new Error(`INGEST_POLL_FEEDS[${i}].intervalSeconds must be >= 1`);
    return { sourceId: f.sourceId, url: f.url, intervalSeconds: interval };
  });
}

function isUnsupported(err: unknown): boolean {
  return err instanceof WireFormatError && err.field === 'Content-Type';
}

/** Wait after `failures` failed polls in a row: the interval doubled each time, at most 32× and one hour. */
export function backoffSeconds(intervalSeconds: number, failures: number): number {
  if (failures === 0) return intervalSeconds;
  return Math.min(intervalSeconds * 2 ** Math.min(failures, 5), Math.max(intervalSeconds, 3_600));
}

/**
 * The wait actually taken, in ms: the interval when all is well; after failures anywhere between the
 * interval and backoffSeconds (jitter over the whole backoff), so the feeds and transports that failed
 * together (a network outage) do not all come back at the same instant. Never sooner than the interval.
 */
export function jitteredBackoffMs(
  intervalSeconds: number,
  failures: number,
  random: () => number = Math.random,
): number {
  const ceilingMs = backoffSeconds(intervalSeconds, failures) * 1000;
  const floorMs = Math.min(intervalSeconds * 1000, ceilingMs);
  return Math.round(floorMs + random() * (ceilingMs - floorMs));
}

/**
 * Polls feeds of sources that do not push: conditional GET (ETag,
 * Last-Modified), RSS/Atom/NewsML parsed like a push, items already
 * published skipped by the receipts (so a feed re-served in full publishes
 * only what is new or changed), backoff on errors.
 */
@Injectable()
export class FeedPoller implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(FeedPoller.name);
  private readonly states: FeedState[];
  private stopped = false;

  constructor(
    @Inject(INGEST_CONFIG) config: IngestConfig,
    @Inject(ArticleIntakeService) private readonly intake: ArticleIntakeService,
  ) {
    this.states = parsePolledFeeds(config.ingest.INGEST_POLL_FEEDS ?? '[]').map((feed) => ({ feed, failures: 0 }));
  }

  onApplicationBootstrap(): void {
    for (const s of this.states) this.schedule(s, 0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    for (const s of this.states) clearTimeout(s.timer);
    await Promise.all(this.states.map((s) => s.running ?? Promise.resolve()));
  }

  private schedule(state: FeedState, delayMs: number): void {
    if (this.stopped) return;
    state.timer = setTimeout(() => {
      state.running = this.pollOnce(state.feed.url).then(
        () => this.schedule(state, jitteredBackoffMs(state.feed.intervalSeconds, state.failures)),
        () => this.schedule(state, jitteredBackoffMs(state.feed.intervalSeconds, state.failures)),
      );
    }, delayMs);
    state.timer.unref();
  }

  /** Polls one configured feed now (also used by tests). */
  async pollOnce(url: string): Promise<PollOutcome> {
    const state = this.states.find((s) => s.feed.url === url);
    if (!state) throw new Error(`feed ${url} is not configured`);
    try {
      const outcome = await this.fetchAndPublish(state);
      state.failures = 0;
      return outcome;
    } catch (err) {
      state.failures++;
      const error = (err as Error).message;
      this.logger.warn(
        `poll of ${url} failed (${state.failures} in a row; next within ` +
          `${backoffSeconds(state.feed.intervalSeconds, state.failures)} s): ${error}`,
      );
      return { status: 'failed', published: 0, duplicates: 0, rejected: 0, error };
    }
  }

  failuresOf(url: string): number {
    return this.states.find((s) => s.feed.url === url)?.failures ?? 0;
  }

  private async fetchAndPublish(state: FeedState): Promise<PollOutcome> {
    const headers: Record<string, string> = {
      accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.1',
    };
    if (state.etag) headers['if-none-match'] = state.etag;
    if (state.lastModified) headers['if-modified-since'] = state.lastModified;
    const res = await fetch(state.feed.url, { headers, signal: AbortSignal.timeout(30_000), redirect: 'follow' });
    if (res.status === 304) return { status: 'not-modified', published: 0, duplicates: 0, rejected: 0 };
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const body = Buffer.from(await res.arrayBuffer());
    const contentType = res.headers.get('content-type') ?? undefined;
    const meta = { sourceId: state.feed.sourceId, contentType };
    // A feed served as text/html or octet-stream is still read by its root element.
    const parsed = await readWire(body, meta).catch((err: unknown) => {
      if (isUnsupported(err)) return parseAnyXml(body, meta);
      throw err;
    });
    const valid: ArticleSubmission[] = [];
    let rejected = parsed.errors.length;
    for (const item of parsed.items) {
      const decoded = validateContract(
        ArticleSubmission,
        { ...item, sourceId: state.feed.sourceId },
        { forbidUnknown: true },
      );
      if (decoded.ok) valid.push(decoded.value);
      else rejected++;
    }
    const results = valid.length > 0 ? await this.intake.acceptAll(valid, undefined) : [];
    // Validators remember the feed version only once its items are safely published.
    state.etag = res.headers.get('etag') ?? undefined;
    state.lastModified = res.headers.get('last-modified') ?? undefined;
    const published = results.filter((r) => r.status === 'accepted').length;
    if (published > 0 || rejected > 0) {
      this.logger.log(
        `polled ${state.feed.url}: ${published} published, ${results.length - published} already seen, ` +
          `${rejected} rejected`,
      );
    }
    return { status: 'fetched', published, duplicates: results.length - published, rejected };
  }
}
