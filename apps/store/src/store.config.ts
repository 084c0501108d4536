import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { DatabaseEnv, EnvInt, HttpEnv, KafkaConsumerEnv, KafkaEnv, LoadedConfig, Secret } from '@news/config';

/** How the store releases articles whose embargo has lifted. */
export class EmbargoEnv {
  /** How often the store looks for lifted embargoes: an article is announced at most this late. */
  @EnvInt()
  @IsInt()
  @Min(100)
  @Max(60_000)
  STORE_EMBARGO_POLL_MS = 1_000;
}

/** Who may read the store's API, how often, and what the downstream forms look like. */
export class StoreApiEnv {
  /**
   * `keys` (default): every API request needs a consumer key. `open`: no key is asked for and every
   * caller may read (not embargoed articles, not admin routes). Local development and tests only:
   * refused when NODE_ENV=production.
   */
  @IsIn(['keys', 'open'])
  STORE_AUTH_MODE: 'keys' | 'open' = 'keys';

  /**
   * Consumer keys as JSON (docs/api.md): `[{"id", "keySha256": [hex…], "scopes": ["read"…], "rateLimitPerMinute"?}]`.
   */
  @Secret()
  @IsOptional()
  @IsString()
  STORE_API_KEYS?: string;

  /** The same JSON in a mounted secret file (read at start-up); merged with STORE_API_KEYS. */
  @IsOptional()
  @IsString()
  STORE_API_KEYS_FILE?: string;

  /** Requests per minute per key (token bucket, per replica) unless the key sets its own. 0 = no limit. */
  @EnvInt()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  STORE_RATE_LIMIT_PER_MINUTE = 1_200;

  /** How often the changes stream looks for new changes: a change reaches a stream at most this late. */
  @EnvInt()
  @IsInt()
  @Min(50)
  @Max(60_000)
  STORE_CHANGES_POLL_MS = 500;

  /**
   * Absolute base of the API as consumers reach it (`https://news.example.com`), for links in the ninjs
   * form of the stored event; the HTTP API takes it from the request when unset.
   */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, { message: 'STORE_PUBLIC_URL must be an absolute http(s) URL' })
  STORE_PUBLIC_URL?: string;

  /**
   * `json` (default): news.articles.stored.v1 only. `json+ninjs`: every stored event is also published
   * as ninjs on news.articles.stored.ninjs.v1 (docs/consumers.md).
   */
  @IsIn(['json', 'json+ninjs'])
  STORE_STORED_EVENT_FORMATS: 'json' | 'json+ninjs' = 'json';
}

export const STORE_CONFIG_SECTIONS = {
  kafka: KafkaEnv,
  consumer: KafkaConsumerEnv,
  http: HttpEnv,
  database: DatabaseEnv,
  embargo: EmbargoEnv,
  api: StoreApiEnv,
};
export type StoreConfig = LoadedConfig<typeof STORE_CONFIG_SECTIONS>;
