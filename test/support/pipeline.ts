/**
 * Starts the three services in this Jest process against the real Kafka and
 * PostgreSQL found by global-setup, each on a free port with consumer groups
 * of its own, so a test sees only what its own apps consumed.
 */
import type { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { loadConfig } from '@news/config';
import { waitFor } from '../../tools/harness/wait';
import { createIngestApp } from '../../apps/ingest/src/main';
import { INGEST_CONFIG_SECTIONS } from '../../apps/ingest/src/ingest.config';
import { createNormaliserApp } from '../../apps/normaliser/src/main';
import { NORMALISER_CONFIG_SECTIONS } from '../../apps/normaliser/src/normaliser.config';
import { createStoreApp } from '../../apps/store/src/main';
import { STORE_CONFIG_SECTIONS } from '../../apps/store/src/store.config';

export interface RunningPipeline {
  ingestUrl: string;
  normaliserUrl: string;
  storeUrl: string;
  runId: string;
  stop(): Promise<void>;
}

function baseEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    KAFKA_BROKERS: process.env.KAFKA_BROKERS,
    DATABASE_URL: process.env.DATABASE_URL,
    PORT: '0',
    METRICS_PORT: '0',
    HOST: '127.0.0.1',
    KAFKA_START_FROM: 'latest',
    KAFKA_PRODUCE_TIMEOUT_MS: '5000',
    ...extra,
  };
}

export { waitFor } from '../../tools/harness/wait';

async function listen(app: INestApplication): Promise<string> {
  await app.listen(0, '127.0.0.1');
  return (await app.getUrl()).replace('[::1]', '127.0.0.1');
}

/** Extra environment per service, e.g. a shorter article timeout for the normaliser. */
export interface PipelineOverrides {
  normaliser?: Record<string, string>;
}

export async function startPipeline(overrides: PipelineOverrides = {}): Promise<RunningPipeline> {
  const runId = randomUUID().slice(0, 8);
  const apps: INestApplication[] = [];
  try {
    // Open mode: the pipeline tests read the store's API without keys (test/store/api-access.int-spec.ts covers keys).
    const store = await createStoreApp(
      loadConfig(STORE_CONFIG_SECTIONS, baseEnv({ KAFKA_GROUP_ID: `test-store-${runId}`, STORE_AUTH_MODE: 'open' })),
    );
    apps.push(store);
    await store.startAllMicroservices();
    const storeUrl = await listen(store);

    const normaliser = await createNormaliserApp(
      loadConfig(
        NORMALISER_CONFIG_SECTIONS,
        baseEnv({ KAFKA_GROUP_ID: `test-normaliser-${runId}`, ...overrides.normaliser }),
      ),
    );
    apps.push(normaliser);
    await normaliser.startAllMicroservices();
    const normaliserUrl = await listen(normaliser);

    // Open mode: the pipeline tests push without API keys (test/ingest/ covers keys, HMAC and limits).
    const ingest = await createIngestApp(loadConfig(INGEST_CONFIG_SECTIONS, baseEnv({ INGEST_AUTH_MODE: 'open' })));
    apps.push(ingest);
    const ingestUrl = await listen(ingest);

    // Consumers start at "latest": wait until both have joined their groups before pushing.
    for (const url of [storeUrl, normaliserUrl, ingestUrl]) {
      await waitFor(`${url}/health/ready`, async () => (await fetch(`${url}/health/ready`)).ok);
    }
    return {
      ingestUrl,
      normaliserUrl,
      storeUrl,
      runId,
      stop: async () => {
        for (const app of apps.reverse()) await app.close();
      },
    };
  } catch (err) {
    for (const app of apps.reverse()) await app.close().catch(() => undefined);
    throw err;
  }
}
