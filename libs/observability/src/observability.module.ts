import {
  DynamicModule,
  Inject,
  Injectable,
  MiddlewareConsumer,
  Module,
  NestModule,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Server } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { TerminusModule } from '@nestjs/terminus';
import { HttpEnv, loadConfig } from '@news/config';
import { BATCH_OBSERVER, BatchObserver } from '@news/kafka';
import { applyHttpLimits, HttpServerSettings, MetricsServer } from './http-server';
import { PipelineHealth } from './health/pipeline-health';
import { runWithCorrelation } from './correlation';
import { ShutdownState } from './graceful-shutdown';
import { PipelineMetrics } from './metrics';
import type { ServiceObservability } from './service-observability';

export const PINO_LOGGER = Symbol('PINO_LOGGER');
const CORRELATION_HEADER = 'x-correlation-id';
const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,128}$/;

const HTTP_SETTINGS = Symbol('HTTP_SETTINGS');

/**
 * Before the service's HTTP server listens: its slow-client bounds and no
 * X-Powered-By (it names the framework to whoever asks); the metrics server
 * starts on its own port. It stops when the application closes, after the
 * drain, so Prometheus sees the last figures.
 */
@Injectable()
class HttpLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(HttpAdapterHost) private readonly adapterHost: HttpAdapterHost,
    @Inject(HTTP_SETTINGS) private readonly settings: HttpServerSettings,
    @Inject(MetricsServer) private readonly metricsServer: MetricsServer,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const adapter = this.adapterHost.httpAdapter;
    if (adapter) {
      const server = adapter.getHttpServer() as Server | undefined;
      if (server) applyHttpLimits(server, this.settings);
      const instance = adapter.getInstance<{ disable?: (setting: string) => void }>();
      instance.disable?.('x-powered-by');
    }
    await this.metricsServer.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.metricsServer.close();
  }
}

/**
 * The service's HTTP settings from the environment, for a service that did not pass its own (validated the same way).
 */
function httpSettingsFromEnv(): HttpServerSettings {
  return loadConfig({ http: HttpEnv }).http;
}

/**
 * Batch outcomes → Prometheus: processed/dead-lettered counts, durations, batch sizes, lag. The lag of a
 * partition is exported only while this member holds it: a rebalance that hands it to another pod removes
 * the series here, so `max by (partition)` never picks a value this pod stopped updating.
 */
export function metricsBatchObserver(metrics: PipelineMetrics): BatchObserver {
  const held = new Map<string, Set<string>>();
  const exported = new Map<string, Set<string>>();
  const keyOf = (topic: string, partition: number) => `${partition}\u0000${topic}`;
  return {
    // Counted as each handler call succeeds (a normaliser slice, a store batch), not when the fetched batch is
    // done: a restarted consumer shows it processes again from its first slice, not after its whole backlog.
    handled: (e) => metrics.messages.inc({ stage: e.stage, outcome: 'processed' }, e.count),
    batchDone: (e) => {
      if (e.deadLettered > 0) metrics.messages.inc({ stage: e.stage, outcome: 'dead_lettered' }, e.deadLettered);
      metrics.processingDuration.observe({ stage: e.stage }, e.durationMs / 1000);
      metrics.batchSize.observe({ stage: e.stage }, e.size);
      const key = keyOf(e.topic, e.partition);
      // A batch that finishes after its partition was revoked reports a lag that is no longer this pod's.
      if (held.has(e.groupId) && !held.get(e.groupId)!.has(key)) return;
      metrics.consumerLag.set({ topic: e.topic, partition: String(e.partition), group: e.groupId }, e.lag);
      if (!exported.has(e.groupId)) exported.set(e.groupId, new Set());
      exported.get(e.groupId)!.add(key);
    },
    assigned: (e) => {
      const now = new Set(e.partitions.map((p) => keyOf(p.topic, p.partition)));
      held.set(e.groupId, now);
      const series = exported.get(e.groupId) ?? new Set<string>();
      for (const key of [...series].filter((k) => !now.has(k))) {
        const [partition, topic] = key.split('\u0000');
        metrics.consumerLag.remove({ topic, partition, group: e.groupId });
        series.delete(key);
      }
    },
    failure: (e) => metrics.messages.inc({ stage: e.stage, outcome: e.transient ? 'retried' : 'failed' }),
    deadLettered: (e) => metrics.deadLettered.inc({ stage: e.stage, reason: e.reason }, e.count),
  };
}

/**
 * Correlation ids, request metrics and access logs for every HTTP request.
 * The id comes from X-Correlation-Id when valid, else is new; it is echoed in
 * the response and carried by every log line written while handling it.
 */
function httpMiddleware(metrics: PipelineMetrics, logger: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const given = req.header(CORRELATION_HEADER);
    const correlationId = given && CORRELATION_ID.test(given) ? given : randomUUID();
    res.setHeader('X-Correlation-Id', correlationId);
    // The APIs answer JSON (and Prometheus text) only: a browser must never sniff an
    // answer into HTML or run anything from it, whatever article text it carries (OWASP REST).
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const route = req.route ? `${req.baseUrl}${(req.route as { path: string }).path}` : 'unmatched';
      const labels = { route, method: req.method, status: String(res.statusCode) };
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.httpRequests.inc(labels);
      metrics.httpDuration.observe(labels, seconds);
      if (route !== '/metrics' && !route.startsWith('/health')) {
        // A refusal is worth a line; an answered push is counted in the metrics and logged only at debug.
        const level = res.statusCode >= 400 ? 'info' : 'debug';
        runWithCorrelation(correlationId, () =>
          logger[level]({ http: { ...labels, path: req.path, ms: Math.round(seconds * 1000) } }, 'request'),
        );
      }
    });
    runWithCorrelation(correlationId, next);
  };
}

@Module({})
export class ObservabilityModule implements NestModule {
  constructor(
    @Inject(PipelineMetrics) private readonly metrics: PipelineMetrics,
    @Inject(PINO_LOGGER) private readonly logger: Logger,
  ) {}

  static forRoot(options: ServiceObservability): DynamicModule {
    const http = options.http ?? httpSettingsFromEnv();
    return {
      module: ObservabilityModule,
      global: true,
      imports: [TerminusModule.forRoot({ logger: false })],
      providers: [
        { provide: PipelineMetrics, useValue: options.metrics },
        { provide: PINO_LOGGER, useValue: options.logger },
        { provide: BATCH_OBSERVER, useFactory: () => metricsBatchObserver(options.metrics) },
        { provide: HTTP_SETTINGS, useValue: http },
        { provide: MetricsServer, useFactory: () => new MetricsServer(() => options.metrics.registry.metrics(), http) },
        HttpLifecycle,
        ShutdownState,
        PipelineHealth,
      ],
      exports: [
        PipelineMetrics,
        PINO_LOGGER,
        BATCH_OBSERVER,
        MetricsServer,
        ShutdownState,
        PipelineHealth,
        TerminusModule,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(httpMiddleware(this.metrics, this.logger)).forRoutes('*');
  }
}
