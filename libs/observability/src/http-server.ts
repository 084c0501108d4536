import type { INestApplication } from '@nestjs/common';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The HTTP settings of libs/config HttpEnv this module applies. */
export interface HttpServerSettings {
  METRICS_PORT: number;
  METRICS_HOST: string;
  HTTP_HEADERS_TIMEOUT_MS: number;
  HTTP_REQUEST_TIMEOUT_MS: number;
  HTTP_KEEP_ALIVE_TIMEOUT_MS: number;
}

/**
 * Bounds how long a client may hold a connection: its headers within
 * HTTP_HEADERS_TIMEOUT_MS, the whole request within HTTP_REQUEST_TIMEOUT_MS
 * (Node answers 408 and closes), an idle keep-alive connection for
 * HTTP_KEEP_ALIVE_TIMEOUT_MS. Node checks the first two on a timer that it
 * starts when the server starts listening, every 30 s by default, which would
 * let a slow client stay up to 30 s past its bound: here every second (less
 * for a shorter bound). Call before the server listens.
 */
export function applyHttpLimits(server: Server, s: HttpServerSettings): void {
  server.headersTimeout = s.HTTP_HEADERS_TIMEOUT_MS;
  server.requestTimeout = s.HTTP_REQUEST_TIMEOUT_MS;
  server.keepAliveTimeout = s.HTTP_KEEP_ALIVE_TIMEOUT_MS;
  // Public since Node 18.12 (http.createServer option); read when 'listening' is emitted.
  (server as Server & { connectionsCheckingInterval: number }).connectionsCheckingInterval = Math.min(
    1_000,
    Math.floor(s.HTTP_HEADERS_TIMEOUT_MS / 4),
  );
}

/**
 * Serves GET /metrics (Prometheus text) on a port of its own, so the public
 * port carries only the API and health: the metrics say how much traffic each
 * source sends and where the service hurts, which is for the operator's
 * Prometheus, not for the feeds or the internet.
 */
export class MetricsServer {
  private server: Server | null = null;

  constructor(
    private readonly scrape: () => Promise<string>,
    private readonly settings: HttpServerSettings,
  ) {}

  /** `http://host:port` once listening (the real port when METRICS_PORT is 0). */
  get url(): string {
    const a = this.server?.address() as AddressInfo | null | undefined;
    if (!a) throw new Error('the metrics server is not listening');
    const host = a.family === 'IPv6' ? `[${a.address}]` : a.address;
    return `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${a.port}`;
  }

  async listen(): Promise<void> {
    if (this.server) return;
    const server = createServer((req, res) => void this.answer(req, res));
    applyHttpLimits(server, this.settings);
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.settings.METRICS_PORT, this.settings.METRICS_HOST, () => {
        server.off('error', reject);
        resolve();
      });
    });
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '').split('?')[0];
    if (path !== '/metrics' || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res
        .writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
        .end('not found: this port serves GET /metrics only\n');
      return;
    }
    try {
      const body = await this.scrape();
      res
        .writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8' })
        .end(req.method === 'HEAD' ? undefined : body);
    } catch (err) {
      res
        .writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' })
        .end(`metrics unavailable: ${(err as Error).message}\n`);
    }
  }
}

/** Where a running service serves /metrics (its MetricsServer's address). */
export function metricsUrlOf(app: INestApplication): string {
  return app.get(MetricsServer).url;
}
