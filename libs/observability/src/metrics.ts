import { Counter, Gauge, Histogram, collectDefaultMetrics, Registry } from 'prom-client';

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The metrics every service exposes on /metrics (Prometheus text format).
 * Names and labels are a contract with the alerts and the dashboard in
 * k8s/monitoring: change them together.
 */
export class PipelineMetrics {
  readonly registry = new Registry();

  readonly httpRequests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests by route, method and status',
    labelNames: ['route', 'method', 'status'],
    registers: [this.registry],
  });

  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by route, method and status',
    labelNames: ['route', 'method', 'status'],
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly ingestArticles = new Counter({
    name: 'ingest_articles_total',
    help: 'Articles pushed to ingest by source, outcome (accepted|rejected|duplicate) and reason',
    labelNames: ['source', 'outcome', 'reason'],
    registers: [this.registry],
  });

  readonly ingestReceiptStoreUp = new Gauge({
    name: 'ingest_receipt_store_up',
    help: "1 while ingest's receipt store (PostgreSQL) answers; 0 in degraded mode: pushes are published without the repeat lookup",
    registers: [this.registry],
  });

  readonly ingestReceiptStoreFailures = new Counter({
    name: 'ingest_receipt_store_failures_total',
    help: 'Receipt store calls that failed or timed out, by operation (find|record|find-idempotent|save-idempotent)',
    labelNames: ['operation'],
    registers: [this.registry],
  });

  readonly ingestReceiptsPending = new Gauge({
    name: 'ingest_receipts_pending',
    help: 'Receipts and Idempotency-Key answers kept in memory until the receipt store answers again',
    registers: [this.registry],
  });

  readonly messages = new Counter({
    name: 'pipeline_messages_total',
    help: 'Messages handled by a consuming stage, by outcome (processed|failed|dead_lettered)',
    labelNames: ['stage', 'outcome'],
    registers: [this.registry],
  });

  readonly processingDuration = new Histogram({
    name: 'pipeline_processing_duration_seconds',
    help: 'Time a stage spends on one batch, retries included',
    labelNames: ['stage'],
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly batchSize = new Histogram({
    name: 'pipeline_batch_size',
    help: 'Messages per consumed batch',
    labelNames: ['stage'],
    buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000],
    registers: [this.registry],
  });

  readonly endToEndLatency = new Histogram({
    name: 'pipeline_end_to_end_latency_seconds',
    help: 'From ingest receiving an article to the store committing it',
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300],
    registers: [this.registry],
  });

  readonly consumerLag = new Gauge({
    name: 'kafka_consumer_lag',
    help: 'Messages between the last consumed offset and the partition end, as seen at the last batch',
    labelNames: ['topic', 'partition', 'group'],
    registers: [this.registry],
  });

  readonly dbPool = new Gauge({
    name: 'db_pool_connections',
    help: 'Database pool connections by state (total|idle|waiting)',
    labelNames: ['state'],
    registers: [this.registry],
  });

  constructor(service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
  }
}
