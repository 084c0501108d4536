import { Logger } from '@nestjs/common';
import { join } from 'node:path';
import { getHeapStatistics, type HeapInfo } from 'node:v8';
import { BoilerplateModel } from '@news/cleaning';
import type { RawArticleEvent } from '@news/contracts';
import { PermanentError } from '@news/kafka';
import { ChromeHub } from '../boilerplate/chrome-hub';
import { InlineChrome, LearnedChrome, OwnSlice, slicesOf } from '../boilerplate/learned-chrome';
import type { NormalisedJobResult, WorkerInit } from '../pool/pool-protocol';
import { JobTimeoutError, WorkerDiedError, WorkerPool } from '../pool/worker-pool';
import { normaliseWithinBound } from './bounded-fallback';
import { encoded } from './encode-result';
import { normaliseRawEvent } from './normalise-article';
import { warmUpNormaliser } from './warm-up';

/** Turns raw events into encoded normalised events; owns the learned chrome it cleans with. */
export interface NormaliseEngine {
  readonly chrome: LearnedChrome;
  normalise(raw: RawArticleEvent): Promise<NormalisedJobResult>;
  /** Resolves once the tagging data is loaded and the cores have run (see warm-up.ts). */
  warmUp(): Promise<{ ms: number }>;
  /** The V8 heap of every thread that cleans or holds learned chrome: `main`, then `worker-<i>`. */
  threadHeaps(): Promise<ThreadHeap[]>;
  close(): Promise<void>;
}

export interface ThreadHeap {
  thread: string;
  heap: HeapInfo;
}

/** Everything on the calling thread: the CLI, replays and NORMALISER_WORKERS=0. */
export class InlineEngine implements NormaliseEngine {
  readonly chrome: InlineChrome;

  constructor(
    replicaId: string,
    private readonly learn = true,
  ) {
    this.chrome = new InlineChrome(new BoilerplateModel({ replicaId }));
  }

  async normalise(raw: RawArticleEvent): Promise<NormalisedJobResult> {
    try {
      const result = encoded(normaliseRawEvent(raw, this.chrome.model, this.learn));
      if (this.learn) this.chrome.touched(raw.envelope.sourceId);
      return result;
    } catch (err) {
      // The cleaner is deterministic: the same input will fail again.
      throw new PermanentError(`cleaning failed for article ${raw.article.articleId}: ${(err as Error).message}`, {
        cause: err,
      });
    }
  }

  async warmUp(): Promise<{ ms: number }> {
    return warmUpNormaliser();
  }

  async threadHeaps(): Promise<ThreadHeap[]> {
    return [{ thread: 'main', heap: getHeapStatistics() }];
  }

  async close(): Promise<void> {}
}

export interface PooledEngineOptions {
  replicaId: string;
  workers: number;
  /** Past this, an article's worker is stopped and the article is read by the linear fallback. */
  articleTimeoutMs: number;
  learn?: boolean;
}

/**
 * Cleaning and tagging on worker threads: every core works, and a slow
 * article holds up only its own worker, for at most `articleTimeoutMs`. Each
 * worker learns chrome into its own slice (`<replica>.w<i>`). What any replica
 * publishes is kept here once, compact and in shared memory (ChromeHub), and
 * the workers share it rather than each holding a copy; a restarted worker
 * starts from the hub, its own slices included.
 */
export class PooledEngine implements NormaliseEngine {
  private readonly logger = new Logger(PooledEngine.name);
  private readonly hub: ChromeHub;
  private readonly pool: WorkerPool;
  readonly chrome: LearnedChrome;

  constructor(private readonly options: PooledEngineOptions) {
    const maxReplicas = 64;
    const workerId = (i: number) => `${options.replicaId}.w${i}`;
    this.hub = new ChromeHub({ workerPrefix: `${options.replicaId}.w`, maxReplicas });
    this.pool = new WorkerPool({
      script: join(__dirname, '..', 'pool', 'normalise-worker'),
      size: options.workers,
      workerData: (i): WorkerInit => ({
        replicaId: workerId(i),
        maxReplicas,
        learn: options.learn !== false,
        warmUp: true,
      }),
      onStart: (post, i) => {
        post({ type: 'merge', snapshot: this.hub.ownSnapshot(workerId(i)) });
        post({ type: 'share', slices: this.hub.all() });
      },
    });
    this.chrome = {
      takeOwnSlices: () => this.takeOwnSlices(),
      merge: (snapshot) => this.share(snapshot, true),
      forget: (sourceId, replicaId) => {
        this.hub.forget(sourceId, replicaId);
        this.pool.broadcast({ type: 'forget', sourceId, replicaId });
      },
      snapshot: () => this.hub.ownSnapshot(),
      stats: () => ({ ...this.hub.stats(), workers: this.pool.size }),
    };
  }

  /**
   * Keeps what is new in the snapshot and posts it to every worker (the shared memory itself, not a copy).
   * With `restoreOwn` (a snapshot read from Kafka), a worker's own earlier slices in it go to that worker
   * whole, as after a restart of the process: it goes on learning into them.
   */
  private share(snapshot: unknown, restoreOwn = false): void {
    const slices = this.hub.merge(snapshot);
    if (slices.length === 0) return;
    this.pool.broadcast({ type: 'share', slices });
    if (!restoreOwn) return;
    for (let i = 0; i < this.pool.size; i++) {
      const replica = `${this.options.replicaId}.w${i}`;
      const sources = slices.filter((s) => s.replica === replica).map((s) => s.source);
      if (sources.length > 0) this.pool.postTo(i, { type: 'merge', snapshot: this.hub.ownSnapshot(replica, sources) });
    }
  }

  async normalise(raw: RawArticleEvent): Promise<NormalisedJobResult> {
    try {
      return await this.pool.run<NormalisedJobResult>({ type: 'normalise', raw }, this.options.articleTimeoutMs);
    } catch (err) {
      if (err instanceof JobTimeoutError || err instanceof WorkerDiedError) {
        this.logger.warn(`article ${raw.article.articleId}: ${err.message}; reading it with the linear fallback`);
        return this.fallback(raw);
      }
      throw new PermanentError(`cleaning failed for article ${raw.article.articleId}: ${(err as Error).message}`, {
        cause: err,
      });
    }
  }

  /**
   * The linear fallback runs on a worker too, which has the tagging data loaded already: on this thread
   * it would load a copy of it for the rest of the process's life (docs/normaliser.md, "Memory"). Only if
   * that also fails (its worker died) is the article read here.
   */
  private async fallback(raw: RawArticleEvent): Promise<NormalisedJobResult> {
    try {
      return await this.pool.run<NormalisedJobResult>(
        { type: 'fallback', raw },
        Math.max(5_000, 5 * this.options.articleTimeoutMs),
      );
    } catch (err) {
      if (!(err instanceof JobTimeoutError || err instanceof WorkerDiedError)) throw err;
      this.logger.warn(
        `article ${raw.article.articleId}: linear fallback on a worker failed (${err.message}); reading it ` +
          `on the main thread`,
      );
      return encoded(normaliseWithinBound(raw));
    }
  }

  /** Each worker warms up as it starts; a request is answered only once that is done. */
  async warmUp(): Promise<{ ms: number }> {
    const started = performance.now();
    await this.pool.ask({ type: 'ping' });
    return { ms: Math.round(performance.now() - started) };
  }

  async threadHeaps(): Promise<ThreadHeap[]> {
    const workers = await this.pool.heapStatistics();
    const out: ThreadHeap[] = [{ thread: 'main', heap: getHeapStatistics() }];
    workers.forEach((heap, i) => heap && out.push({ thread: `worker-${i}`, heap }));
    return out;
  }

  private async takeOwnSlices(): Promise<OwnSlice[]> {
    const answers = await this.pool.ask<{ snapshot: Parameters<typeof slicesOf>[0] }>({ type: 'own-slices' });
    return answers.flatMap((a) => {
      this.share(a.snapshot, false);
      return slicesOf(a.snapshot);
    });
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
