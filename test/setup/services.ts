/**
 * Finds the Kafka broker and PostgreSQL the integration tests run against, in
 * this order:
 *   1. KAFKA_BROKERS / DATABASE_URL from the environment;
 *   2. testcontainers, where a Docker engine answers;
 *   3. the project's own scripts/services.sh (Kafka jars + Debian PostgreSQL on loopback).
 * Never skips: if none works, it throws an error that says how to start them.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ResolvedServices {
  kafkaBrokers: string;
  databaseUrl: string;
  how: string;
  stop?: () => Promise<void>;
}

const ROOT = join(__dirname, '..', '..');

async function dockerAvailable(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

async function startWithTestcontainers(need: {
  kafka: boolean;
  postgres: boolean;
}): Promise<Partial<ResolvedServices>> {
  const stops: Array<() => Promise<unknown>> = [];
  const out: Partial<ResolvedServices> = {};
  if (need.kafka) {
    const { KafkaContainer } = await import('@testcontainers/kafka');
    const kafka = await new KafkaContainer('confluentinc/cp-kafka:7.9.1').withKraft().withExposedPorts(9093).start();
    stops.push(() => kafka.stop());
    out.kafkaBrokers = `${kafka.getHost()}:${kafka.getMappedPort(9093)}`;
  }
  if (need.postgres) {
    const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
    const pg = await new PostgreSqlContainer('postgres:17-alpine').start();
    stops.push(() => pg.stop());
    out.databaseUrl = pg.getConnectionUri();
  }
  out.stop = async () => {
    for (const stop of stops) await stop();
  };
  return out;
}

function startWithScript(): { kafkaBrokers: string; databaseUrl: string } {
  const script = join(ROOT, 'scripts', 'services.sh');
  try {
    execFileSync('bash', [script, 'up'], { stdio: ['ignore', 'ignore', 'inherit'], timeout: 15 * 60_000 });
  } catch (err) {
    throw new Error(
      `Could not start Kafka and PostgreSQL with ${script} (${(err as Error).message}).\n` +
        'The integration tests need a real broker and database. Either:\n' +
        '  - run `bash scripts/services.sh up` and read its error (it needs apt-get for PostgreSQL, mvn and Java ' +
        '17+ for Kafka), or\n' +
        '  - set KAFKA_BROKERS=host:port and DATABASE_URL=postgres://user:pass@host:port/db to use running ones, or\n' +
        '  - start a Docker engine so testcontainers can start them.',
      { cause: err },
    );
  }
  const env = Object.fromEntries(
    readFileSync(join(ROOT, '.run', 'services.env'), 'utf8')
      .split('\n')
      .filter((l) => l.includes('='))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  return { kafkaBrokers: env.KAFKA_BROKERS, databaseUrl: env.DATABASE_URL };
}

export async function resolveServices(env: NodeJS.ProcessEnv = process.env): Promise<ResolvedServices> {
  const given = { kafka: env.KAFKA_BROKERS, postgres: env.DATABASE_URL };
  if (given.kafka && given.postgres) {
    return {
      kafkaBrokers: given.kafka,
      databaseUrl: given.postgres,
      how: 'KAFKA_BROKERS / DATABASE_URL from the environment',
    };
  }
  if (await dockerAvailable()) {
    const started = await startWithTestcontainers({ kafka: !given.kafka, postgres: !given.postgres });
    return {
      kafkaBrokers: given.kafka ?? started.kafkaBrokers!,
      databaseUrl: given.postgres ?? started.databaseUrl!,
      how: 'testcontainers',
      stop: started.stop,
    };
  }
  const local = startWithScript();
  return {
    kafkaBrokers: given.kafka ?? local.kafkaBrokers,
    databaseUrl: given.postgres ?? local.databaseUrl,
    how: 'scripts/services.sh (Kafka jars and Debian PostgreSQL on loopback)',
  };
}
