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

  readonly transportItems = new Counter({
    name: 'ingest_transport_items_total',
    help:
      'Files and messages an ingest transport finished with, by transport (directory|ftp|sftp|imap), source and ' +
      'outcome (done|error|already_done)',
    labelNames: ['transport', 'source', 'outcome'],
    registers: [this.registry],
  });

  readonly transportErrors = new Counter({
    name: 'ingest_transport_errors_total',
    help: 'Failures of an ingest transport by stage (connect|list|read|publish|finish)',
    labelNames: ['transport', 'source', 'stage'],
    registers: [this.registry],
  });

  readonly transportLag = new Gauge({
    name: 'ingest_transport_lag_seconds',
    help: 'Age of the oldest file or message waiting in a transport (0 when none), as of its last poll',
    labelNames: ['transport', 'source'],
    registers: [this.registry],
  });

  readonly transportPending = new Gauge({
    name: 'ingest_transport_pending_items',
    help: 'Files or messages waiting in a transport, as of its last poll',
    labelNames: ['transport', 'source'],
    registers: [this.registry],
  });

  readonly transportLastSuccess = new Gauge({
    name: 'ingest_transport_last_success_timestamp_seconds',
    help: 'When a transport last completed a poll without an error (Unix time)',
    labelNames: ['transport', 'source'],
    registers: [this.registry],
  });

  readonly ingestReceiptStoreUp = new Gauge({
    name: 'ingest_receipt_store_up',
    help:
      "1 while ingest's receipt store (PostgreSQL) answers; 0 in degraded mode: pushes are published without the " +
      'repeat lookup',
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

  readonly deadLettered = new Counter({
    name: 'news_articles_dead_lettered_total',
    help:
      'Messages written to a dead-letter topic, by the stage that wrote them and why ' +
      '(invalid_payload|permanent_error|max_attempts)',
    labelNames: ['stage', 'reason'],
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

  readonly qualityFlags = new Counter({
    name: 'news_articles_quality_flags_total',
    help:
      'Normalised articles by source and quality flag (cleaning_suspect: text kept as sent because cleaning would ' +
      'have removed most of it)',
    labelNames: ['source', 'flag'],
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
