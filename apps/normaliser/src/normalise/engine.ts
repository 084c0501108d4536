import { Logger } from '@nestjs/common';
import { join } from 'node:path';
import { BoilerplateModel } from '@news/cleaning';
import type { RawArticleEvent } from '@news/contracts';
import { PermanentError } from '@news/kafka';
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
  close(): Promise<void>;
}

/** Everything on the calling thread: the CLI, replays and NORMALISER_WORKERS=0. */
export class InlineEngine implements NormaliseEngine {
  readonly chrome: InlineChrome;

  constructor(replicaId: string, private readonly learn = true) {
    this.chrome = new InlineChrome(new BoilerplateModel({ replicaId }));
  }

  async normalise(raw: RawArticleEvent): Promise<NormalisedJobResult> {
    try {
      const result = encoded(normaliseRawEvent(raw, this.chrome.model, this.learn));
      if (this.learn) this.chrome.touched(raw.envelope.sourceId);
      return result;
    } catch (err) {
      // The cleaner is deterministic: the same input will fail again.
      throw new PermanentError(`cleaning failed for article ${raw.article.articleId}: ${(err as Error).message}`, { cause: err });
    }
  }

  async warmUp(): Promise<{ ms: number }> {
    return warmUpNormaliser();
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
 * worker learns chrome into its own slice (`<replica>.w<i>`); what any
 * replica publishes is merged into every worker and into a hub model here,
 * which a restarted worker starts from.
 */
export class PooledEngine implements NormaliseEngine {
  private readonly logger = new Logger(PooledEngine.name);
  private readonly hub: BoilerplateModel;
  private readonly pool: WorkerPool;
  readonly chrome: LearnedChrome;

  constructor(private readonly options: PooledEngineOptions) {
    const maxReplicas = 64;
    this.hub = new BoilerplateModel({ replicaId: options.replicaId, maxReplicas });
    this.pool = new WorkerPool({
      script: join(__dirname, '..', 'pool', 'normalise-worker'),
      size: options.workers,
      workerData: (i): WorkerInit => ({ replicaId: `${options.replicaId}.w${i}`, maxReplicas, learn: options.learn !== false, warmUp: true }),
      onStart: (post) => post({ type: 'merge', snapshot: this.hub.snapshot() }),
    });
    this.chrome = {
      takeOwnSlices: () => this.takeOwnSlices(),
      merge: (snapshot) => {
        this.hub.merge(snapshot);
        this.pool.broadcast({ type: 'merge', snapshot });
      },
      forget: (sourceId, replicaId) => {
        this.hub.forget(sourceId, replicaId);
        this.pool.broadcast({ type: 'forget', sourceId, replicaId });
      },
      snapshot: () => this.hub.snapshot(),
      stats: () => ({ ...this.hub.stats(), workers: this.pool.size }),
    };
  }

  async normalise(raw: RawArticleEvent): Promise<NormalisedJobResult> {
    try {
      return await this.pool.run<NormalisedJobResult>({ type: 'normalise', raw }, this.options.articleTimeoutMs);
    } catch (err) {
      if (err instanceof JobTimeoutError || err instanceof WorkerDiedError) {
        this.logger.warn(`article ${raw.article.articleId}: ${err.message}; reading it with the linear fallback`);
        return encoded(normaliseWithinBound(raw));
      }
      throw new PermanentError(`cleaning failed for article ${raw.article.articleId}: ${(err as Error).message}`, { cause: err });
    }
  }

  /** Each worker warms up as it starts; a request is answered only once that is done. */
  async warmUp(): Promise<{ ms: number }> {
    const started = performance.now();
    await this.pool.ask({ type: 'ping' });
    return { ms: Math.round(performance.now() - started) };
  }

  private async takeOwnSlices(): Promise<OwnSlice[]> {
    const answers = await this.pool.ask<{ snapshot: Parameters<typeof slicesOf>[0] }>({ type: 'own-slices' });
    return answers.flatMap((a) => {
      this.hub.merge(a.snapshot);
      return slicesOf(a.snapshot);
    });
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
