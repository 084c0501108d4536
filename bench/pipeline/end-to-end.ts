/**
 * End to end at a steady rate: each article's latency from the start of its
 * ingest request to the store's announcement that it is committed (the
 * stored event is published after the commit, so the row was visible by then).
 */
import { randomUUID } from 'node:crypto';
import { Kafka } from 'kafkajs';
import { articleIdFor, TOPICS } from '@news/contracts';
import { percentiles } from '../../tools/harness/latency';
import { ProcessMonitor } from '../../tools/harness/process-stats';
import type { BenchArticle } from './corpus';
import { LoadOptions, post } from './ingest-load';
import { openLoop } from './open-loop';

export async function endToEnd(kafka: Kafka, o: LoadOptions, corpus: BenchArticle[], perSecond: number, seconds: number, monitor: ProcessMonitor) {
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  // Ingest's receipt to the store's commit, from the event itself: the pipeline's share of the latency, without the load generator's.
  const pipelineLatencies: number[] = [];
  const consumer = kafka.consumer({ groupId: `bench-e2e-${randomUUID()}` });
  let joined = false;
  consumer.on(consumer.events.GROUP_JOIN, () => (joined = true));
  await consumer.connect();
  await consumer.subscribe({ topic: TOPICS.articlesStored.name, fromBeginning: false });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const key = message.key?.toString() ?? '';
      const t = sentAt.get(key);
      if (t !== undefined) {
        latencies.push(Date.now() - t);
        sentAt.delete(key);
        const event = JSON.parse(message.value?.toString() ?? '{}') as { storedAt?: string; envelope?: { receivedAt?: string } };
        if (event.storedAt && event.envelope?.receivedAt) pipelineLatencies.push(Date.parse(event.storedAt) - Date.parse(event.envelope.receivedAt));
      }
    },
  });
  while (!joined) await new Promise((r) => setTimeout(r, 100));

  monitor.start(1_000);
  const total = perSecond * seconds;
  let accepted = 0;
  const refused: Record<number, number> = {};
  await openLoop(perSecond, total, async (i) => {
    const a = corpus[i % corpus.length];
    // The rate in the id keeps the runs at different rates apart (a repeated id would be answered 200, not published again).
    const externalId = `${a.externalId}-e2e${perSecond}-${i}`;
    sentAt.set(articleIdFor(a.sourceId, externalId), Date.now());
    const body = JSON.stringify({ sourceId: a.sourceId, externalId, title: a.title, body: a.body, contentType: a.contentType });
    const { status } = await post(o, body);
    if (status === 202) accepted++;
    // Refused items (e.g. 413 for the corpus's few pages over INGEST_MAX_ARTICLE_BYTES) will never be stored: stop waiting for them.
    else {
      sentAt.delete(articleIdFor(a.sourceId, externalId));
      refused[status] = (refused[status] ?? 0) + 1;
    }
  });
  const deadline = Date.now() + 30_000;
  while (sentAt.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  const processes = monitor.stop();
  await consumer.disconnect();
  return {
    perSecond,
    seconds,
    sent: total,
    accepted,
    refusedByStatus: refused,
    stored: latencies.length,
    notStoredWithin30s: sentAt.size,
    latencyMs: percentiles(latencies),
    pipelineLatencyMs: percentiles(pipelineLatencies),
    processes,
  };
}
