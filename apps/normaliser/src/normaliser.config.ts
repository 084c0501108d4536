import { IsInt, Max, Min } from 'class-validator';
import { EnvInt, HttpEnv, KafkaConsumerEnv, KafkaEnv, LoadedConfig } from '@news/config';

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
}

export const NORMALISER_CONFIG_SECTIONS = { kafka: KafkaEnv, consumer: KafkaConsumerEnv, http: HttpEnv, normaliser: NormaliserEnv };
export type NormaliserConfig = LoadedConfig<typeof NORMALISER_CONFIG_SECTIONS>;
export const NORMALISER_LIMITS = Symbol('NORMALISER_LIMITS');
