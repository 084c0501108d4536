import type { Logger } from '@nestjs/common';
import { isTransient, retryBackoffMs } from '../failures';
import type { HeartbeatPacemaker } from './heartbeat-pacemaker';
import { errorText } from './log-text';

export type RetryOutcome = { ok: true } | { ok: false; error: unknown; attempts: number } | { abandoned: true };

/** What holds for every retried call of one batch. */
export interface RetryPolicy {
  maxAttempts: number;
  maxBackoffMs: number;
  pacemaker: HeartbeatPacemaker;
  /** False once the batch must stop: the consumer closes, a rebalance took the partition, the batch is stale. */
  stillRunning: () => boolean;
  onFailure: (transient: boolean) => void;
  logger: Logger;
}

export interface RetriedCall {
  /** What is retried, for logs. */
  what: string;
  /** Every failure counts as transient, so the call is retried for as long as the consumer runs. */
  retryEveryFailure?: boolean;
  /** A first attempt already under way (a slice started ahead): awaited instead of calling `fn` the first time. */
  firstAttempt?: Promise<void>;
}

/**
 * Runs calls until they succeed. Transient failures are retried for as long as the consumer runs; others up
 * to maxAttempts. Heartbeats keep the group membership alive while a call runs and while it waits.
 */
export class RetryLoop {
  constructor(private readonly policy: RetryPolicy) {}

  async run(fn: () => Promise<void>, call: RetriedCall): Promise<RetryOutcome> {
    const p = this.policy;
    let attempts = 0;
    let transientFailures = 0;
    let started = call.firstAttempt;
    for (;;) {
      if (!started && !p.stillRunning()) return { abandoned: true };
      try {
        const work = started ?? fn();
        started = undefined;
        await p.pacemaker.during(work);
        return { ok: true };
      } catch (error) {
        const transient = call.retryEveryFailure === true || isTransient(error);
        p.onFailure(transient);
        // Attempts count the other failures in a row: a transient one in between starts them again (while a
        // dependency is failing, the same call failing otherwise is likely its doing, not the message's).
        if (transient) {
          transientFailures++;
          attempts = 0;
        } else attempts++;
        if (!transient && attempts >= p.maxAttempts) return { ok: false, error, attempts };
        const delay = retryBackoffMs(transient ? transientFailures : attempts, p.maxBackoffMs);
        const how = transient ? 'transient' : `attempt ${attempts}/${p.maxAttempts}`;
        p.logger.warn(`${call.what} failed (${how}), retrying in ${delay} ms: ${errorText(error)}`);
        await p.pacemaker.sleep(delay, p.stillRunning);
      }
    }
  }
}
