import type { INestApplication } from '@nestjs/common';
import type { Logger } from 'pino';

/** Shared by the readiness probes: once draining, a service reports not ready. */
export class ShutdownState {
  draining = false;
}

export interface GracefulShutdownOptions {
  /** Upper bound for the whole shutdown; past it the process exits with status 1. */
  timeoutMs: number;
  /** How long to keep serving after readiness goes false, so load balancers stop sending first. */
  drainDelayMs: number;
  logger: Logger;
}

/**
 * On SIGTERM/SIGINT: readiness goes false, the service keeps serving for the
 * drain delay, then Nest closes in its order: HTTP stops accepting and
 * finishes in-flight requests, consumers finish or abandon their batch
 * (nothing is committed past what is done) and leave the group, then the
 * producer and the database close last. Bounded by `timeoutMs`.
 */
export function installGracefulShutdown(app: INestApplication, state: ShutdownState, o: GracefulShutdownOptions): void {
  let started = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (started) return;
    started = true;
    state.draining = true;
    o.logger.info({ signal, drainDelayMs: o.drainDelayMs, timeoutMs: o.timeoutMs }, 'shutting down');
    const force = setTimeout(() => {
      o.logger.error({ timeoutMs: o.timeoutMs }, 'shutdown timed out; exiting');
      process.exit(1);
    }, o.timeoutMs);
    force.unref();
    void (async () => {
      try {
        await new Promise((r) => setTimeout(r, o.drainDelayMs));
        await app.close();
        o.logger.info('shut down cleanly');
        clearTimeout(force);
        process.exit(0);
      } catch (err) {
        o.logger.error({ err }, 'shutdown failed');
        process.exit(1);
      }
    })();
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
