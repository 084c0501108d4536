/** The store's HTTP API in this process (no consumer started), on a free port. */
import type { INestApplication } from '@nestjs/common';
import { loadConfig } from '@news/config';
import { createStoreApp } from '../../../apps/store/src/main';
import { STORE_CONFIG_SECTIONS } from '../../../apps/store/src/store.config';

export interface StoreApi {
  url: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are asserted field by field
  get(path: string): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

export async function startStoreApi(groupSuffix: string): Promise<StoreApi> {
  const app: INestApplication = await createStoreApp(
    loadConfig(STORE_CONFIG_SECTIONS, {
      KAFKA_BROKERS: process.env.KAFKA_BROKERS,
      DATABASE_URL: process.env.DATABASE_URL,
      KAFKA_GROUP_ID: `test-store-api-${groupSuffix}`,
      PORT: '0',
      METRICS_PORT: '0',
      HOST: '127.0.0.1',
    }),
  );
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    url,
    get: async (path) => {
      const res = await fetch(`${url}${path}`);
      return { status: res.status, body: await res.json() };
    },
    close: () => app.close(),
  };
}
