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

export interface ShutdownControl {
  /**
   * After a fatal error (a start-up step failed, an uncaught exception): logs
   * it, closes the app at once (no drain delay) so consumers leave their groups
   * instead of holding partitions until their sessions expire, and exits 1.
   */
  fatal(what: string, err: unknown): void;
}

/**
 * On SIGTERM/SIGINT: readiness goes false, the service keeps serving for the
 * drain delay, then Nest closes in its order: HTTP stops accepting and
 * finishes in-flight requests, consumers finish or abandon their batch
 * (nothing is committed past what is done) and leave the group, then the
 * producer and the database close last. Bounded by `timeoutMs`. An uncaught
 * exception or unhandled rejection closes the same way, without the drain
 * delay, and exits 1: every exit but SIGKILL leaves the group cleanly.
 */
export function installGracefulShutdown(
  app: INestApplication,
  state: ShutdownState,
  o: GracefulShutdownOptions,
): ShutdownControl {
  let started = false;
  const shutdown = (exitCode: 0 | 1, drainDelayMs: number) => {
    if (started) return;
    started = true;
    state.draining = true;
    const force = setTimeout(() => {
      o.logger.error({ timeoutMs: o.timeoutMs }, 'shutdown timed out; exiting');
      process.exit(1);
    }, o.timeoutMs);
    force.unref();
    void (async () => {
      try {
        await new Promise((r) => setTimeout(r, drainDelayMs));
        await app.close();
        o.logger.info('shut down cleanly');
        clearTimeout(force);
        process.exit(exitCode);
      } catch (err) {
        o.logger.error({ err }, 'shutdown failed');
        process.exit(1);
      }
    })();
  };
  const onSignal = (signal: NodeJS.Signals) => {
    if (!started) o.logger.info({ signal, drainDelayMs: o.drainDelayMs, timeoutMs: o.timeoutMs }, 'shutting down');
    shutdown(0, o.drainDelayMs);
  };
  const fatal = (what: string, err: unknown) => {
    o.logger.fatal({ err }, `${what}: closing and exiting`);
    shutdown(1, 0);
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  process.on('uncaughtException', (err) => fatal('uncaught exception', err));
  process.on('unhandledRejection', (err) => fatal('unhandled rejection', err));
  return { fatal };
}
