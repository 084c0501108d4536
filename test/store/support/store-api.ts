/** The store's HTTP API in this process (no consumer started), on a free port. */
import type { INestApplication } from '@nestjs/common';
import { loadConfig } from '@news/config';
import { createStoreApp } from '../../../apps/store/src/main';
import { STORE_CONFIG_SECTIONS } from '../../../apps/store/src/store.config';

export interface StoreAnswer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are asserted field by field
  body: any;
  headers: Headers;
}

export interface StoreApi {
  url: string;
  get(path: string, headers?: Record<string, string>): Promise<StoreAnswer>;
  close(): Promise<void>;
}

/** `env` overrides the test defaults, e.g. `STORE_AUTH_MODE: 'keys'` with `STORE_API_KEYS`. */
export async function startStoreApi(groupSuffix: string, env: Record<string, string> = {}): Promise<StoreApi> {
  const app: INestApplication = await createStoreApp(
    loadConfig(STORE_CONFIG_SECTIONS, {
      KAFKA_BROKERS: process.env.KAFKA_BROKERS,
      DATABASE_URL: process.env.DATABASE_URL,
      KAFKA_GROUP_ID: `test-store-api-${groupSuffix}`,
      PORT: '0',
      METRICS_PORT: '0',
      HOST: '127.0.0.1',
      // Open mode: these tests read without keys (test/store/api-access.int-spec.ts covers keys and scopes).
      STORE_AUTH_MODE: 'open',
      ...env,
    }),
  );
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    url,
    get: async (path, headers = {}) => {
      const res = await fetch(`${url}${path}`, { headers });
      const text = await res.text();
      const json = /json/.test(res.headers.get('content-type') ?? '') && text !== '';
      return { status: res.status, body: json ? JSON.parse(text) : text, headers: res.headers };
    },
    close: () => app.close(),
  };
}
