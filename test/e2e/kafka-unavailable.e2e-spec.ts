/**
 * When Kafka cannot acknowledge, ingest must never answer 202: it answers 503
 * with Retry-After, within its produce deadline.
 */
import type { INestApplication } from '@nestjs/common';
import { loadConfig } from '@news/config';
import { createIngestApp } from '../../apps/ingest/src/main';
import { INGEST_CONFIG_SECTIONS } from '../../apps/ingest/src/ingest.config';

describe('ingest with Kafka unreachable', () => {
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    // Port 1 on loopback: nothing listens there, connections are refused at once.
    const config = loadConfig(INGEST_CONFIG_SECTIONS, {
      KAFKA_BROKERS: '127.0.0.1:1',
      KAFKA_PRODUCE_TIMEOUT_MS: '1500',
      INGEST_AUTH_MODE: 'open',
      PORT: '0',
      METRICS_PORT: '0',
      HOST: '127.0.0.1',
      ...(process.env.TEST_INGEST_EXTRA_ENV ? JSON.parse(process.env.TEST_INGEST_EXTRA_ENV) : {}),
    });
    app = await createIngestApp(config);
    await app.listen(0, '127.0.0.1');
    url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  });

  afterAll(async () => {
    await app?.close();
  });

  it('answers 503 with Retry-After, never 202', async () => {
    const started = Date.now();
    const res = await fetch(`${url}/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sourceId: 'down-wire', externalId: 'x-1', body: 'text' }),
    });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
    const body = (await res.json()) as { message: string; outcome: string };
    expect(body.message).toMatch(/Kafka is unavailable/);
    // Never sent (no connection): a definite "not accepted", not an unknown outcome.
    expect(body.outcome).toBe('not-accepted');
    // Bounded by the produce deadline (plus slack for a loaded machine), not by kafkajs' retries.
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('reports not ready while Kafka is down', async () => {
    const res = await fetch(`${url}/health/ready`);
    expect(res.status).toBe(503);
  });
});
