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

  readonly messages = new Counter({
    name: 'pipeline_messages_total',
    help: 'Messages handled by a consuming stage, by outcome (processed|failed|dead_lettered)',
    labelNames: ['stage', 'outcome'],
    registers: [this.registry],
  });

  readonly deadLettered = new Counter({
    name: 'news_articles_dead_lettered_total',
    help: 'Messages written to a dead-letter topic, by the stage that wrote them and why (invalid_payload|permanent_error|max_attempts)',
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
    help: 'Normalised articles by source and quality flag (cleaning_suspect: text kept as sent because cleaning would have removed most of it)',
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
