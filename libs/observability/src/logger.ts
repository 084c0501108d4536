import pino, { DestinationStream, Logger } from 'pino';
import { currentCorrelationId } from './correlation';

/**
 * Keys whose values never reach a log line, wherever they appear in a logged
 * object: credentials, keys, signatures, connection strings.
 */
export const REDACTED_PATHS = [
  'password',
  '*.password',
  'apiKey',
  '*.apiKey',
  'authorization',
  '*.authorization',
  'headers.authorization',
  'headers["x-api-key"]',
  'headers["x-signature-256"]',
  'DATABASE_URL',
  '*.DATABASE_URL',
  'KAFKA_SASL_PASSWORD',
  '*.KAFKA_SASL_PASSWORD',
];

/** JSON logs (one object a line) with the service name and, inside a correlated scope, the correlation id. */
export function createLogger(
  service: string,
  level = process.env.LOG_LEVEL ?? 'info',
  destination?: DestinationStream,
): Logger {
  return pino(
    {
      level,
      base: { service },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_PATHS, censor: '***' },
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const correlationId = currentCorrelationId();
        return correlationId ? { correlationId } : {};
      },
    },
    // Synchronous writes: nothing logged before a crash or process.exit is lost.
    destination ?? pino.destination({ sync: true }),
  );
}
