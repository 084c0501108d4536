import { Logger } from '@nestjs/common';
import { Kafka, logLevel, LogEntry, SASLOptions } from 'kafkajs';
import type { KafkaEnv } from '@news/config';
import { useFastCrc32c } from './kafkajs-crc32c';

// Before any client exists, so the first produce already loads the faster checksum (kafkajs-crc32c.ts).
useFastCrc32c();

/** kafkajs logs go through Nest's logger, so they share the service's format and level. */
function nestLogCreator() {
  const logger = new Logger('kafkajs');
  return () =>
    ({ level, log }: LogEntry) => {
      const { message, ...rest } = log;
      const text = `${message} ${JSON.stringify(rest)}`;
      if (level === logLevel.ERROR) logger.error(text);
      else if (level === logLevel.WARN) logger.warn(text);
      else if (level === logLevel.INFO) logger.log(text);
      else logger.debug(text);
    };
}

function saslOf(env: KafkaEnv): SASLOptions | undefined {
  if (!env.KAFKA_SASL_MECHANISM) return undefined;
  const credentials = { username: env.KAFKA_SASL_USERNAME ?? '', password: env.KAFKA_SASL_PASSWORD ?? '' };
  return { mechanism: env.KAFKA_SASL_MECHANISM, ...credentials };
}

/** The one place a kafkajs client is built from configuration. */
export function createKafkaClient(env: KafkaEnv, clientIdSuffix?: string): Kafka {
  return new Kafka({
    clientId: clientIdSuffix ? `${env.KAFKA_CLIENT_ID}-${clientIdSuffix}` : env.KAFKA_CLIENT_ID,
    brokers: env.KAFKA_BROKERS,
    ssl: env.KAFKA_SSL,
    sasl: saslOf(env),
    connectionTimeout: 3_000,
    requestTimeout: 30_000,
    retry: { initialRetryTime: 300, retries: 8, maxRetryTime: 10_000 },
    logLevel: logLevel.WARN,
    logCreator: nestLogCreator(),
  });
}
