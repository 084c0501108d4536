import { IsInt, Max, Min } from 'class-validator';
import { DatabaseEnv, EnvInt, HttpEnv, KafkaConsumerEnv, KafkaEnv, LoadedConfig } from '@news/config';

/** How the store releases articles whose embargo has lifted. */
export class EmbargoEnv {
  /** How often the store looks for lifted embargoes: an article is announced at most this late. */
  @EnvInt()
  @IsInt()
  @Min(100)
  @Max(60_000)
  STORE_EMBARGO_POLL_MS = 1_000;
}

export const STORE_CONFIG_SECTIONS = { kafka: KafkaEnv, consumer: KafkaConsumerEnv, http: HttpEnv, database: DatabaseEnv, embargo: EmbargoEnv };
export type StoreConfig = LoadedConfig<typeof STORE_CONFIG_SECTIONS>;
