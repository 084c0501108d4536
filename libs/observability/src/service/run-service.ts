import { INestApplication, Logger } from '@nestjs/common';
import type { Logger as PinoLogger } from 'pino';
import { ConfigSections, exitOnConfigError, HttpEnv, LoadedConfig, loadConfigOrExit } from '@news/config';
import { installGracefulShutdown, ShutdownState } from '../graceful-shutdown';
import { PINO_LOGGER } from '../observability.module';

/** Every service has an HTTP section: its port, and how it shuts down. */
export type ServiceSections = ConfigSections & { http: typeof HttpEnv };

export interface ServiceDefinition<S extends ServiceSections> {
  /** The service's name, in its logs and in the message of a failed start. */
  name: string;
  /** The configuration it reads from the environment; a bad one ends the process with status 78. */
  sections: S;
  /** Builds the application (the same factory the tests call); a ConfigValidationError it throws exits 78. */
  create: (config: LoadedConfig<S>) => Promise<INestApplication>;
  /** The configuration as logged at start, secrets redacted. */
  loggedConfig: (config: LoadedConfig<S>) => Record<string, unknown>;
  /** What the service says once it serves. */
  serving: (config: LoadedConfig<S>) => string;
  /** Runs once the application is built, before it serves (a warning about a development setting). */
  beforeServing?: (config: LoadedConfig<S>, logger: Logger) => void;
}

/**
 * A service's main: loads and checks its configuration, builds the application, installs the graceful
 * shutdown, starts its consumers and its HTTP server, and says so. A failure before the server listens ends
 * the process with status 1 and the error on stderr.
 */
export function runService<S extends ServiceSections>(service: ServiceDefinition<S>): void {
  start(service).catch((err: unknown) => {
    const why = err instanceof Error ? (err.stack ?? err.message) : String(err);
    process.stderr.write(`${service.name} failed to start: ${why}\n`);
    process.exit(1);
  });
}

async function start<S extends ServiceSections>(service: ServiceDefinition<S>): Promise<void> {
  const config = loadConfigOrExit(service.sections);
  const app = await service.create(config).catch(exitOnConfigError);
  const logger = new Logger(service.name);
  logger.log(`config: ${JSON.stringify(service.loggedConfig(config))}`);
  service.beforeServing?.(config, logger);
  const http = config.http as HttpEnv;
  const shutdown = installGracefulShutdown(app, app.get(ShutdownState), {
    timeoutMs: http.SHUTDOWN_TIMEOUT_MS,
    drainDelayMs: http.SHUTDOWN_DRAIN_DELAY_MS,
    logger: app.get<PinoLogger>(PINO_LOGGER),
  });
  try {
    await app.startAllMicroservices();
    await app.listen(http.PORT, http.HOST);
  } catch (err) {
    // A consumer may have joined its group already: leave it rather than hold partitions until the session expires.
    shutdown.fatal('start-up failed', err);
    return;
  }
  logger.log(service.serving(config));
}
