import {
  ArrayNotEmpty,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  ValidateBy,
} from 'class-validator';
import { EnvBoolean, EnvInt, EnvList } from './env-transforms';
import { Secret } from './secret.decorator';

/** Broker connection shared by every service. */
export class KafkaEnv {
  /** Comma-separated host:port list. */
  @EnvList()
  @ArrayNotEmpty({ message: 'KAFKA_BROKERS is required (comma-separated host:port list)' })
  @Matches(/^[^\s:,]+:\d{1,5}$/, { each: true, message: 'KAFKA_BROKERS must be a comma-separated list of host:port' })
  KAFKA_BROKERS!: string[];

  /** This client's name in the brokers' logs and quotas. */
  @IsString()
  @Matches(/^[a-zA-Z0-9._-]{1,100}$/)
  KAFKA_CLIENT_ID = 'news-pipeline';

  /** TLS to the brokers (their CA from NODE_EXTRA_CA_CERTS when it is not a public one). */
  @EnvBoolean()
  @IsBoolean()
  KAFKA_SSL = false;

  /** SASL mechanism for the brokers; unset = no SASL. */
  @IsOptional()
  @IsIn(['plain', 'scram-sha-256', 'scram-sha-512'])
  KAFKA_SASL_MECHANISM?: 'plain' | 'scram-sha-256' | 'scram-sha-512';

  /** SASL user name. */
  @IsOptional()
  @IsString()
  KAFKA_SASL_USERNAME?: string;

  /** SASL password. */
  @Secret()
  @IsOptional()
  @IsString()
  KAFKA_SASL_PASSWORD?: string;

  /**
   * How long a publish may wait to be sent to Kafka (behind the request in flight): what is still waiting
   * by then is withdrawn and refused (definitely not written). Also the broker's acknowledgement timeout.
   */
  @EnvInt()
  @IsInt()
  @Min(100)
  @Max(120_000)
  KAFKA_PRODUCE_TIMEOUT_MS = 10_000;

  /**
   * How long, from its start, a publish already sent waits for Kafka's acknowledgement while the idempotent
   * producer retries it (a broker back within it still acknowledges: ingest answers 202); after it the
   * outcome is unknown (ingest answers 503 saying so). Ingest holds a push's HTTP request open at most
   * this long. Taken as at least KAFKA_PRODUCE_TIMEOUT_MS.
   */
  @EnvInt()
  @IsInt()
  @Min(100)
  @Max(300_000)
  KAFKA_PRODUCE_SENT_TIMEOUT_MS = 25_000;
}

/** Consumer-group settings for the services that consume. */
export class KafkaConsumerEnv {
  /** The consumer group: the replicas of one service share it and split the topic's partitions. */
  @IsString()
  @Matches(/^[a-zA-Z0-9._-]{1,200}$/)
  KAFKA_GROUP_ID!: string;

  /**
   * How long the group waits for a silent member (crashed, stopped, its event loop stalled) before its
   * partitions go to the others. Heartbeats go every tenth of it. 6 s is the brokers' default minimum.
   */
  @EnvInt()
  @IsInt()
  @Min(6_000)
  @Max(300_000)
  KAFKA_SESSION_TIMEOUT_MS = 10_000;

  /**
   * Static group membership: this process's stable name in the group (the pod name). A process restarted
   * with the same name takes its predecessor's partitions as soon as it joins, without waiting for the
   * dead member's session to expire. Must be unique among the group's live members; unset = dynamic.
   */
  @IsOptional()
  @IsString()
  @Matches(/^[a-zA-Z0-9._-]{1,200}$/)
  KAFKA_GROUP_INSTANCE_ID?: string;

  /** Attempts for a message whose handler fails with a non-transient error before it is dead-lettered. */
  @EnvInt()
  @IsInt()
  @Min(1)
  @Max(100)
  KAFKA_MAX_ATTEMPTS = 3;

  /** Upper bound of the transient-failure backoff. */
  @EnvInt()
  @IsInt()
  @Min(100)
  @Max(600_000)
  KAFKA_RETRY_MAX_BACKOFF_MS = 30_000;

  /** Where a brand-new consumer group starts: `earliest` so nothing already published is missed. */
  @IsIn(['earliest', 'latest'])
  KAFKA_START_FROM: 'earliest' | 'latest' = 'earliest';
}

/** Where Prometheus scrapes /metrics: a port of its own, never the public one. */
export class MetricsEnv {
  /** The port /metrics is served on, never the public one; 0 = any free port (tests). */
  @EnvInt()
  @IsInt()
  @Min(0)
  @Max(65_535)
  METRICS_PORT = 9464;

  /** Address the metrics port listens on. */
  @IsString()
  METRICS_HOST = '0.0.0.0';
}

/**
 * The HTTP listener: its address, and the bounds that cut off slow or stalled
 * clients (a slowloris holds a connection by sending its headers or body a byte
 * at a time). Node checks them every second here (see libs/observability http-server.ts).
 */
export class HttpEnv extends MetricsEnv {
  /** The HTTP port (API and health probes); 0 = any free port (tests). */
  @EnvInt()
  @IsInt()
  @Min(0)
  @Max(65_535)
  @ValidateBy({
    name: 'differsFromMetricsPort',
    validator: {
      validate: (port, args) => port === 0 || port !== (args?.object as HttpEnv).METRICS_PORT,
      defaultMessage: () => 'must differ from METRICS_PORT (/metrics is served on a port of its own)',
    },
  })
  PORT = 3000;

  /** Longest time a client may take to send a request's headers; then 408 and the connection is closed. */
  @EnvInt()
  @IsInt()
  @Min(1_000)
  @Max(120_000)
  @ValidateBy({
    name: 'notAboveRequestTimeout',
    validator: {
      validate: (ms, args) => typeof ms === 'number' && ms <= (args?.object as HttpEnv).HTTP_REQUEST_TIMEOUT_MS,
      defaultMessage: () => 'must not be longer than HTTP_REQUEST_TIMEOUT_MS',
    },
  })
  HTTP_HEADERS_TIMEOUT_MS = 10_000;

  /** Longest time a client may take to send a whole request, body included (10 MiB at 350 KB/s). */
  @EnvInt()
  @IsInt()
  @Min(1_000)
  @Max(600_000)
  HTTP_REQUEST_TIMEOUT_MS = 30_000;

  /**
   * How long an idle keep-alive connection stays open. Behind a load balancer
   * that reuses connections, set it above the balancer's idle timeout.
   */
  @EnvInt()
  @IsInt()
  @Min(1_000)
  @Max(600_000)
  HTTP_KEEP_ALIVE_TIMEOUT_MS = 5_000;

  /** Address the HTTP port listens on. */
  @IsString()
  HOST = '0.0.0.0';

  /** Grace period for in-flight work on SIGTERM. */
  @EnvInt()
  @IsInt()
  @Min(0)
  @Max(600_000)
  SHUTDOWN_TIMEOUT_MS = 25_000;

  /** After SIGTERM, how long readiness reports false while the service still serves, before it closes. */
  @EnvInt()
  @IsInt()
  @Min(0)
  @Max(60_000)
  SHUTDOWN_DRAIN_DELAY_MS = 3_000;
}

export class DatabaseEnv {
  /** PostgreSQL connection URL, postgres://user:password@host:port/database. */
  @Secret()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// connection URL' })
  DATABASE_URL!: string;

  /** Most connections this process opens to PostgreSQL. */
  @EnvInt()
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  /** TLS to PostgreSQL, its certificate verified (the CA from NODE_EXTRA_CA_CERTS when it is not a public one). */
  @EnvBoolean()
  @IsBoolean()
  DATABASE_SSL = false;

  /** Runs pending migrations at start-up (development); production runs the migration Job instead. */
  @EnvBoolean()
  @IsBoolean()
  DATABASE_MIGRATE_ON_START = false;
}
