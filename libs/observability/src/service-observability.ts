import type { Logger } from 'pino';
import { createLogger } from './logger';
import { PipelineMetrics } from './metrics';
import { PinoNestLogger } from './nest-logger';

export interface ServiceObservability {
  logger: Logger;
  metrics: PipelineMetrics;
  /** For NestFactory.create's `logger` option: Nest's own logs go to the same JSON stream. */
  nestLogger: PinoNestLogger;
}

/** The logger and metrics registry of one service process. */
export function serviceObservability(service: string): ServiceObservability {
  const logger = createLogger(service);
  return { logger, metrics: new PipelineMetrics(service), nestLogger: new PinoNestLogger(logger) };
}
