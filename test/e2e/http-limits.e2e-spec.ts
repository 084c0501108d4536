/**
 * Ingest's and the store's HTTP servers against real sockets (services in
 * this process, real Kafka and PostgreSQL): a client that sends its headers
 * or its body a byte at a time, or leaves a keep-alive connection idle, is cut
 * off by the configured bound; responses do not name the framework; /metrics
 * is served on the metrics port only.
 */
import type { INestApplication } from '@nestjs/common';
import { connect, Socket } from 'node:net';
import { loadConfig } from '@news/config';
import { metricsUrlOf } from '@news/observability';
import { createStoreApp } from '../../apps/store/src/main';
import { STORE_CONFIG_SECTIONS } from '../../apps/store/src/store.config';
import { newSource, RunningIngest, startIngest, TestSource } from '../ingest/support/ingest-app';

const LIMITS = { HTTP_HEADERS_TIMEOUT_MS: '1000', HTTP_REQUEST_TIMEOUT_MS: '2000', HTTP_KEEP_ALIVE_TIMEOUT_MS: '1000' };
/**
 * How long a test client keeps trickling before it gives up: far past the bounds, far below Node's defaults (60 s, 300
 * s).
 */
const GIVE_UP_MS = 15_000;

interface Outcome {
  closedByServer: boolean;
  response: string;
}

/**
 * Opens a socket, writes `first`, then one `drip` every 100 ms until the server
 * closes the connection or GIVE_UP_MS passes.
 */
function trickle(url: string, first: string, drip: string | null): Promise<Outcome> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket: Socket = connect(Number(port), hostname);
    let response = '';
    let timer: NodeJS.Timeout | undefined;
    const giveUp = setTimeout(() => finish(false), GIVE_UP_MS);
    const finish = (closedByServer: boolean) => {
      clearInterval(timer);
      clearTimeout(giveUp);
      socket.destroy();
      resolve({ closedByServer, response });
    };
    socket.on('data', (d) => (response += d.toString()));
    socket.on('close', () => finish(true));
    socket.on('error', () => finish(true));
    socket.on('connect', () => {
      socket.write(first);
      if (drip !== null) timer = setInterval(() => socket.writable && socket.write(drip), 100);
    });
  });
}

const slowHeaders = 'POST /v1/articles HTTP/1.1\r\nHost: x\r\n';
const slowBody = 'POST /v1/articles HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\nx';

describe.each(['ingest', 'store'])('%s HTTP server: slow clients are cut off, metrics on their own port', (service) => {
  let app: INestApplication;
  let url: string;
  let ingest: RunningIngest | undefined;
  let src: TestSource;

  beforeAll(async () => {
    if (service === 'ingest') {
      src = newSource('http');
      ingest = await startIngest([src], LIMITS);
      app = ingest.app;
      url = ingest.url;
    } else {
      app = await createStoreApp(
        loadConfig(STORE_CONFIG_SECTIONS, {
          KAFKA_BROKERS: process.env.KAFKA_BROKERS,
          DATABASE_URL: process.env.DATABASE_URL,
          KAFKA_GROUP_ID: `test-http-limits-${Date.now()}`,
          STORE_AUTH_MODE: 'open',
          PORT: '0',
          METRICS_PORT: '0',
          HOST: '127.0.0.1',
          ...LIMITS,
        }),
      );
      await app.listen(0, '127.0.0.1');
      url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    }
  });

  afterAll(async () => {
    await app?.close();
  });

  it('answers 408 and closes a connection whose headers never finish', async () => {
    const outcome = await trickle(url, slowHeaders, 'X-Slow: a\r\n');
    expect(outcome.closedByServer).toBe(true);
    expect(outcome.response).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('closes a connection whose body never finishes (ingest, which reads bodies, answers 408)', async () => {
    const outcome = await trickle(url, slowBody, 'xxxxxxxxxx');
    expect(outcome.closedByServer).toBe(true);
    // The store has no route that reads a body: it answers 404 at once, and still cuts the trickle off.
    expect(outcome.response).toMatch(service === 'ingest' ? /^HTTP\/1\.1 408 / : /^HTTP\/1\.1 404 /);
  });

  it('closes an idle keep-alive connection after a complete request', async () => {
    const outcome = await trickle(url, 'GET /health/live HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n', null);
    expect(outcome.closedByServer).toBe(true);
    expect(outcome.response).toMatch(/^HTTP\/1\.1 200 /);
    expect(outcome.response.toLowerCase()).toContain('keep-alive: timeout=1');
  });

  it('serves requests as before, without X-Powered-By, and /metrics only on the metrics port', async () => {
    const health = await fetch(`${url}/health/live`);
    expect(health.status).toBe(200);
    expect(health.headers.get('x-powered-by')).toBeNull();
    const notFound = await fetch(`${url}/v1/nothing-here`);
    expect(notFound.status).toBe(404);
    expect(notFound.headers.get('x-powered-by')).toBeNull();

    expect((await fetch(`${url}/metrics`)).status).toBe(404);
    const metrics = await fetch(`${metricsUrlOf(app)}/metrics`);
    expect(metrics.status).toBe(200);
    expect(metrics.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await metrics.text();
    expect(text).toMatch(new RegExp(`http_requests_total\\{[^}]*route="/health/live"[^}]*service="${service}"`));
    expect((await fetch(`${metricsUrlOf(app)}/v1/articles`)).status).toBe(404);
  });
});
