import { IsInt, Max, Min } from 'class-validator';
import { EnvInt, HttpEnv, KafkaEnv, LoadedConfig } from '@news/config';

export class IngestEnv {
  /** Largest request body accepted, in bytes (413 beyond). */
  @EnvInt()
  @IsInt()
  @Min(1_024)
  @Max(100 * 1024 * 1024)
  INGEST_MAX_BODY_BYTES = 10 * 1024 * 1024;

  /** Publishes allowed to wait for Kafka at once; beyond that ingest answers 503 instead of queueing. */
  @EnvInt()
  @IsInt()
  @Min(1)
  @Max(100_000)
  INGEST_MAX_PENDING_PUBLISHES = 2_000;
}

export const INGEST_CONFIG_SECTIONS = { kafka: KafkaEnv, http: HttpEnv, ingest: IngestEnv };
export type IngestConfig = LoadedConfig<typeof INGEST_CONFIG_SECTIONS>;
export const INGEST_CONFIG = Symbol('INGEST_CONFIG');
