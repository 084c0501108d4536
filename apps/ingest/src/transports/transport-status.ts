import { PipelineMetrics } from '@news/observability';
import type { SecretValue } from './secret-value';
import type { TransportConfig } from './transport-config';

export type TransportStage = 'connect' | 'list' | 'read' | 'publish' | 'finish';

/** One transport in `/health/ready`'s details. */
export interface TransportHealth {
  name: string;
  /** `ok` after a clean poll, `failing` after a failed one, `starting` before the first. */
  status: 'starting' | 'ok' | 'failing';
  lastSuccessAt?: string;
  lastError?: { at: string; stage: TransportStage; message: string };
  consecutiveFailures: number;
  pending: number;
  lagSeconds: number;
  done: number;
  refused: number;
}

/**
 * A transport's state, kept for /health and mirrored into the metrics
 * (labels: transport kind and source id, both bounded by the configuration).
 * Error messages are scrubbed of the transport's credentials before they are
 * kept or logged.
 */
export class TransportStatus {
  private readonly labels: { transport: string; source: string };
  private state: TransportHealth;

  constructor(
    config: Pick<TransportConfig, 'name' | 'kind' | 'sourceId'>,
    private readonly metrics: PipelineMetrics,
    private readonly secrets: Array<SecretValue | undefined> = [],
  ) {
    this.labels = { transport: config.kind, source: config.sourceId };
    this.state = {
      name: config.name,
      status: 'starting',
      consecutiveFailures: 0,
      pending: 0,
      lagSeconds: 0,
      done: 0,
      refused: 0,
    };
    metrics.transportLag.set(this.labels, 0);
    metrics.transportPending.set(this.labels, 0);
  }

  /** The error's message without any of the transport's secrets in it. */
  scrub(err: unknown): string {
    let message = err instanceof Error ? err.message : String(err);
    for (const s of this.secrets) if (s && s.reveal().length >= 4) message = message.split(s.reveal()).join('***');
    return message;
  }

  /** Items waiting after a listing; `oldestMs` is when the oldest arrived. */
  waiting(pending: number, oldestMs: number | undefined, now = Date.now()): void {
    const lag = oldestMs === undefined ? 0 : Math.max(0, (now - oldestMs) / 1000);
    this.state.pending = pending;
    this.state.lagSeconds = Math.round(lag * 10) / 10;
    this.metrics.transportPending.set(this.labels, pending);
    this.metrics.transportLag.set(this.labels, lag);
  }

  finished(outcome: 'done' | 'error' | 'already_done', n = 1): void {
    if (n === 0) return;
    if (outcome === 'error') this.state.refused += n;
    else this.state.done += n;
    this.metrics.transportItems.inc({ ...this.labels, outcome }, n);
  }

  /** An item-level failure (a move, one download): counted, the poll goes on. */
  itemFailed(stage: TransportStage): void {
    this.metrics.transportErrors.inc({ ...this.labels, stage });
  }

  pollSucceeded(now = Date.now()): void {
    this.state.status = 'ok';
    this.state.consecutiveFailures = 0;
    this.state.lastSuccessAt = new Date(now).toISOString();
    this.metrics.transportLastSuccess.set(this.labels, now / 1000);
  }

  /** The poll stopped: returns the scrubbed message for the log. */
  pollFailed(stage: TransportStage, err: unknown, now = Date.now()): string {
    const message = this.scrub(err);
    this.state.status = 'failing';
    this.state.consecutiveFailures++;
    this.state.lastError = { at: new Date(now).toISOString(), stage, message };
    this.metrics.transportErrors.inc({ ...this.labels, stage });
    return message;
  }

  get consecutiveFailures(): number {
    return this.state.consecutiveFailures;
  }

  snapshot(): TransportHealth {
    return { ...this.state, lastError: this.state.lastError && { ...this.state.lastError } };
  }
}

/** An error tagged with the stage of the poll it stopped. */
export class StageError extends Error {
  constructor(
    readonly stage: TransportStage,
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'StageError';
  }
}

/** Runs one step of a poll; a failure comes out as a StageError naming the step. */
export async function stage<T>(name: TransportStage, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (err) {
    throw err instanceof StageError ? err : new StageError(name, err);
  }
}
