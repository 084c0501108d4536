import type { Logger } from 'pino';
import type { HttpServerSettings } from './http-server';
import { createLogger } from './logger';
import { PipelineMetrics } from './metrics';
import { PinoNestLogger } from './nest-logger';
import { installTracing } from './tracing';

export interface ServiceObservability {
  logger: Logger;
  metrics: PipelineMetrics;
  /** For NestFactory.create's `logger` option: Nest's own logs go to the same JSON stream. */
  nestLogger: PinoNestLogger;
  /** The service's validated HTTP settings (metrics port, timeouts); when absent, read from the environment. */
  http?: HttpServerSettings;
}

/** The logger and metrics registry of one service process, and its HTTP settings when the caller has them. */
export function serviceObservability(service: string, http?: HttpServerSettings): ServiceObservability {
  const logger = createLogger(service);
  if (installTracing(service))
    logger.info(
      { endpoint: process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? process.env.OTEL_EXPORTER_OTLP_ENDPOINT },
      'exporting traces over OTLP/HTTP',
    );
  return {
    logger,
    metrics: new PipelineMetrics(service),
    nestLogger: new PinoNestLogger(logger),
    ...(http ? { http } : {}),
  };
}
