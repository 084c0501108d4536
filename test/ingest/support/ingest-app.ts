/** Starts ingest in this Jest process with sources made up for one test run. */
import type { INestApplication } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { loadConfig } from '@news/config';
import { metricsUrlOf } from '@news/observability';
import { createIngestApp } from '../../../apps/ingest/src/main';
import { INGEST_CONFIG_SECTIONS } from '../../../apps/ingest/src/ingest.config';
import { sha256Hex } from '../../../apps/ingest/src/auth/source-registry';

export interface TestSource {
  id: string;
  key: string;
  hmacSecret?: string;
  rateLimitPerMinute?: number;
}

export interface RunningIngest {
  url: string;
  /** Where /metrics is served: a port of its own, never the public one. */
  metricsUrl: string;
  app: INestApplication;
  stop(): Promise<void>;
}

/** A source with a fresh random id and key (unique per run: Kafka and PostgreSQL are shared). */
export function newSource(prefix: string, extra: Partial<TestSource> = {}): TestSource {
  return { id: `${prefix}-${randomUUID().slice(0, 8)}`, key: randomBytes(24).toString('base64url'), ...extra };
}

export function sourcesJson(sources: TestSource[]): string {
  return JSON.stringify(
    sources.map((s) => ({
      id: s.id,
      keySha256: [sha256Hex(s.key)],
      hmacSecret: s.hmacSecret,
      rateLimitPerMinute: s.rateLimitPerMinute,
    })),
  );
}

export async function startIngest(sources: TestSource[], env: Record<string, string> = {}): Promise<RunningIngest> {
  const config = loadConfig(INGEST_CONFIG_SECTIONS, {
    KAFKA_BROKERS: process.env.KAFKA_BROKERS,
    DATABASE_URL: process.env.DATABASE_URL,
    KAFKA_PRODUCE_TIMEOUT_MS: '5000',
    PORT: '0',
    METRICS_PORT: '0',
    HOST: '127.0.0.1',
    INGEST_API_KEYS: sourcesJson(sources),
    ...env,
  });
  const app = await createIngestApp(config);
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return { url, metricsUrl: metricsUrlOf(app), app, stop: () => app.close() };
}

export function post(
  url: string,
  body: string,
  headers: Record<string, string>,
  path = '/v1/articles',
): Promise<Response> {
  return fetch(`${url}${path}`, { method: 'POST', headers, body });
}

export const bearer = (s: TestSource) => ({ authorization: `Bearer ${s.key}` });
