import { Writable } from 'node:stream';
import { runWithCorrelation } from './correlation';
import { createLogger } from './logger';
import { PipelineMetrics } from './metrics';
import { metricsBatchObserver } from './observability.module';
import { PinoNestLogger } from './nest-logger';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      cb();
    },
  });
  return { lines, stream };
}

describe('createLogger', () => {
  it('writes JSON lines with the service, and the correlation id inside a correlated scope', () => {
    const { lines, stream } = capture();
    const logger = createLogger('ingest', 'info', stream);
    logger.info('outside');
    runWithCorrelation('corr-42', () => logger.info({ articleId: 'a1' }, 'inside'));
    expect(lines[0]).toMatchObject({ service: 'ingest', level: 'info', msg: 'outside' });
    expect(lines[0].correlationId).toBeUndefined();
    expect(lines[1]).toMatchObject({ service: 'ingest', msg: 'inside', articleId: 'a1', correlationId: 'corr-42' });
  });

  it('redacts secrets wherever they appear', () => {
    const { lines, stream } = capture();
    const logger = createLogger('store', 'info', stream);
    logger.info({
      config: { DATABASE_URL: 'postgres://u:hunter2@h/db' },
      headers: { authorization: 'Bearer x', 'x-api-key': 'k' },
      password: 'p',
    });
    const text = JSON.stringify(lines[0]);
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('Bearer x');
    expect(text).not.toMatch(/"p"/);
    expect(text).not.toContain('"k"');
  });

  it('carries Nest contexts and error stacks through the Nest adapter', () => {
    const { lines, stream } = capture();
    const nest = new PinoNestLogger(createLogger('normaliser', 'info', stream));
    nest.log('started', 'Bootstrap');
    nest.error('boom', 'Error: boom\n    at x', 'Handler');
    expect(lines[0]).toMatchObject({ msg: 'started', context: 'Bootstrap', level: 'info' });
    expect(lines[1]).toMatchObject({ msg: 'boom', context: 'Handler', level: 'error' });
    expect(lines[1].stack).toContain('at x');
  });
});

describe('metricsBatchObserver', () => {
  it('counts processed and dead-lettered messages, batch sizes and lag per stage', async () => {
    const metrics = new PipelineMetrics('store');
    const observer = metricsBatchObserver(metrics);
    observer.handled!({ stage: 'store', count: 5 });
    observer.handled!({ stage: 'store', count: 3 });
    observer.batchDone({
      stage: 'store',
      groupId: 'g',
      topic: 't',
      partition: 1,
      size: 10,
      deadLettered: 2,
      durationMs: 40,
      lag: 5,
      timestamps: [],
    });
    observer.failure({ stage: 'store', transient: true });
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/pipeline_messages_total\{stage="store",outcome="processed",service="store"\} 8/);
    expect(text).toMatch(/pipeline_messages_total\{stage="store",outcome="dead_lettered",service="store"\} 2/);
    expect(text).toMatch(/pipeline_messages_total\{stage="store",outcome="retried",service="store"\} 1/);
    expect(text).toMatch(/kafka_consumer_lag\{topic="t",partition="1",group="g",service="store"\} 5/);
    expect(text).toMatch(/pipeline_batch_size_sum\{service="store",stage="store"\} 10/);
    observer.deadLettered?.({ stage: 'store', reason: 'invalid_payload', count: 0 });
    observer.deadLettered?.({ stage: 'store', reason: 'invalid_payload', count: 3 });
    expect(await metrics.registry.metrics()).toMatch(
      /news_articles_dead_lettered_total\{stage="store",reason="invalid_payload",service="store"\} 3/,
    );
  });

  it('drops the lag of partitions a rebalance took away, and ignores a late batch of one', async () => {
    const metrics = new PipelineMetrics('normaliser');
    const observer = metricsBatchObserver(metrics);
    const batch = (partition: number, lag: number) =>
      observer.batchDone({
        stage: 'normaliser',
        groupId: 'g',
        topic: 't',
        partition,
        size: 1,
        deadLettered: 0,
        durationMs: 1,
        lag,
        timestamps: [],
      });
    const lagLines = async () =>
      (await metrics.registry.metrics()).split('\n').filter((l) => l.startsWith('kafka_consumer_lag{'));
    observer.assigned!({
      stage: 'normaliser',
      groupId: 'g',
      partitions: [0, 1, 2].map((partition) => ({ topic: 't', partition })),
    });
    batch(0, 7);
    batch(1, 8);
    batch(2, 9);
    expect(await lagLines()).toHaveLength(3);
    observer.assigned!({ stage: 'normaliser', groupId: 'g', partitions: [{ topic: 't', partition: 1 }] });
    batch(2, 4);
    expect(await lagLines()).toEqual(['kafka_consumer_lag{topic="t",partition="1",group="g",service="normaliser"} 8']);
    observer.assigned!({ stage: 'normaliser', groupId: 'g', partitions: [] });
    expect(await lagLines()).toEqual([]);
  });
});
