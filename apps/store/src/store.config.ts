import { DatabaseEnv, HttpEnv, KafkaConsumerEnv, KafkaEnv, LoadedConfig } from '@news/config';

export const STORE_CONFIG_SECTIONS = { kafka: KafkaEnv, consumer: KafkaConsumerEnv, http: HttpEnv, database: DatabaseEnv };
export type StoreConfig = LoadedConfig<typeof STORE_CONFIG_SECTIONS>;
