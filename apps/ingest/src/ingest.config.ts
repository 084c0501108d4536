import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { EnvBoolean, EnvInt, HttpEnv, KafkaEnv, LoadedConfig, Secret } from '@news/config';

export class IngestEnv {
  /** Largest request body accepted, in bytes (413 beyond). */
  @EnvInt()
  @IsInt()
  @Min(1_024)
  @Max(100 * 1024 * 1024)
  INGEST_MAX_BODY_BYTES = 10 * 1024 * 1024;

  /**
   * Largest article body accepted, in UTF-8 bytes (413 for that article; in a batch only that item is refused).
   * Its raw event must fit the broker's message.max.bytes (1 MB by default), hence 512 KiB.
   */
  @EnvInt()
  @IsInt()
  @Min(64)
  @Max(5_000_000)
  INGEST_MAX_ARTICLE_BYTES = 512 * 1024;

  /** Most articles one request may carry (413 beyond). */
  @EnvInt()
  @IsInt()
  @Min(1)
  @Max(100_000)
  INGEST_MAX_BATCH_ITEMS = 500;

  /** Publishes allowed to wait for Kafka at once; beyond that ingest answers 503 instead of queueing. */
  @EnvInt()
  @IsInt()
  @Min(1)
  @Max(100_000)
  INGEST_MAX_PENDING_PUBLISHES = 2_000;

  /**
   * Who may push: `keys` (default) needs a source's API key; `open` asks for
   * none, and the source is whatever the request names (local development and
   * the in-process test pipeline only, never production).
   */
  @IsIn(['keys', 'open'])
  INGEST_AUTH_MODE: 'keys' | 'open' = 'keys';

  /**
   * The pushing sources as JSON (see docs/ingest.md): `[{"id", "keySha256": [hex…],
   * "hmacSecret"?, "rateLimitPerMinute"?}]`. Keys are given as SHA-256 hashes only.
   */
  @Secret()
  @IsOptional()
  @IsString()
  INGEST_API_KEYS?: string;

  /** The same JSON in a mounted secret file (read at start-up); merged with INGEST_API_KEYS. */
  @IsOptional()
  @IsString()
  INGEST_SOURCES_FILE?: string;

  /**
   * Requests per minute per source, for all replicas together (a token bucket in PostgreSQL; per replica
   * without a database, or while it is away); a source may set its own. 0 = no limit.
   */
  @EnvInt()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  INGEST_RATE_LIMIT_PER_MINUTE = 600;

  /**
   * How far a signed push's X-Signature-Timestamp may be from the server's clock, either way, in seconds:
   * the window in which a captured signed push could be replayed unchanged (it then is a duplicate).
   */
  @EnvInt()
  @IsInt()
  @Min(10)
  @Max(3_600)
  INGEST_SIGNATURE_WINDOW_SECONDS = 300;

  /** How long an Idempotency-Key and a content receipt are honoured, in hours (older ones are purged). */
  @EnvInt()
  @IsInt()
  @Min(1)
  @Max(24 * 365)
  INGEST_RECEIPT_TTL_HOURS = 24 * 7;

  /**
   * Drop folders (local, FTP/FTPS, SFTP) and IMAP mailboxes to read, as JSON (see docs/ingest.md,
   * "Transports"): `[{"kind", "sourceId", ...}]`. May carry credentials, hence secret. Unset = none.
   */
  @Secret()
  @IsOptional()
  @IsString()
  INGEST_TRANSPORTS?: string;

  /** The same JSON in a mounted secret file (read at start-up); merged with INGEST_TRANSPORTS. */
  @IsOptional()
  @IsString()
  INGEST_TRANSPORTS_FILE?: string;

  /** Feeds to poll, as JSON: `[{"sourceId", "url", "intervalSeconds"?}]`. Unset = no poller. */
  @IsOptional()
  @IsString()
  INGEST_POLL_FEEDS?: string;
}

/** Optional PostgreSQL for receipts and rate limits shared by replicas; without it both live in this process only. */
export class IngestDatabaseEnv {
  /** PostgreSQL connection URL; ingest keeps receipts and shared rate limits there (unset: in this process only). */
  @Secret()
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// connection URL' })
  DATABASE_URL?: string;

  /** Most connections this process opens to PostgreSQL. */
  @EnvInt()
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 5;

  /** TLS to PostgreSQL, its certificate verified. */
  @EnvBoolean()
  @IsBoolean()
  DATABASE_SSL = false;
}

export const INGEST_CONFIG_SECTIONS = {
  kafka: KafkaEnv,
  http: HttpEnv,
  ingest: IngestEnv,
  database: IngestDatabaseEnv,
};
export type IngestConfig = LoadedConfig<typeof INGEST_CONFIG_SECTIONS>;
export const INGEST_CONFIG = Symbol('INGEST_CONFIG');
