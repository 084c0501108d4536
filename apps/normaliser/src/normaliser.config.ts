import { HttpEnv, KafkaConsumerEnv, KafkaEnv, LoadedConfig } from '@news/config';

export const NORMALISER_CONFIG_SECTIONS = { kafka: KafkaEnv, consumer: KafkaConsumerEnv, http: HttpEnv };
export type NormaliserConfig = LoadedConfig<typeof NORMALISER_CONFIG_SECTIONS>;
