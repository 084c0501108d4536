import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { EnvInt, HttpEnv, KafkaConsumerEnv, KafkaEnv, LoadedConfig, usableCores } from '@news/config';

export class NormaliserEnv {
  /**
   * Largest body (bytes, UTF-8) the normaliser cleans; larger ones are dead-lettered
   * with the reason. Bounds the memory and time one message can take.
   */
  @EnvInt()
  @IsInt()
  @Min(1_024)
  @Max(50 * 1024 * 1024)
  NORMALISER_MAX_BODY_BYTES = 2 * 1024 * 1024;

  /** This replica's name in the shared boilerplate model (defaults to the host name, i.e. the pod name). */
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{1,200}$/)
  NORMALISER_REPLICA_ID?: string;

  /** How often learned chrome is published to and merged from `news.boilerplate.v1`. */
  @EnvInt()
  @IsInt()
  @Min(1_000)
  @Max(3_600_000)
  NORMALISER_BOILERPLATE_SYNC_MS = 30_000;

  /** Learned chrome of a source that no replica has published for this many days is forgotten (a feed that stopped). */
  @EnvInt()
  @IsInt()
  @Min(1)
  @Max(3_650)
  NORMALISER_BOILERPLATE_MAX_AGE_DAYS = 30;

  /**
   * Worker threads that clean and tag (0: all on the main thread). Defaults to
   * the cores this process may use, its container's CPU limit included.
   */
  @EnvInt()
  @IsInt()
  @Min(0)
  @Max(64)
  NORMALISER_WORKERS = usableCores();

  /**
   * Longest an article may hold its worker. Past it the worker is replaced and
   * the article read by the linear fallback (flagged extraction_fallback_used):
   * the bound on how long one article can delay those behind it. kafkajs
   * fetches again only once every batch of a fetch is done, so this also
   * bounds the delay it causes on the other partitions.
   */
  @EnvInt()
  @IsInt()
  @Min(100)
  @Max(120_000)
  NORMALISER_ARTICLE_TIMEOUT_MS = 1_000;
}

export const NORMALISER_CONFIG_SECTIONS = { kafka: KafkaEnv, consumer: KafkaConsumerEnv, http: HttpEnv, normaliser: NormaliserEnv };
export type NormaliserConfig = LoadedConfig<typeof NORMALISER_CONFIG_SECTIONS>;
/** The normaliser's own settings (NormaliserEnv), for injection. */
export const NORMALISER_ENV = Symbol('NORMALISER_ENV');
