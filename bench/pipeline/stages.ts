/**
 * Stage throughput with Kafka in the loop: messages are put on a stage's input
 * topic first, then the stage (one or more real processes) starts on a group
 * whose offsets were set to just before them, and we time from its first
 * output to its last.
 */
import { randomUUID } from 'node:crypto';
import { Kafka } from 'kafkajs';
import { encodeContract, NormalisedArticleEvent, TOPICS } from '@news/contracts';
import { KafkaPublisher } from '@news/kafka';
import { startGroupAtEnd } from '../../tools/harness/consumer-groups';
import { ProcessMonitor } from '../../tools/harness/process-stats';
import { ServiceName, ServiceProcess, startService } from '../../tools/harness/processes';
import type { BenchArticle } from './corpus';
import { encoded, rawEventOf } from './payloads';

async function timeOutputs(kafka: Kafka, topic: string, keys: Set<string>, start: () => Promise<void>, timeoutMs: number) {
  const consumer = kafka.consumer({ groupId: `bench-tap-${randomUUID()}` });
  let joined = false;
  consumer.on(consumer.events.GROUP_JOIN, () => (joined = true));
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: false });
  const seen = new Set<string>();
  let first = 0;
  let last = 0;
  let done!: () => void;
  const all = new Promise<void>((r) => (done = r));
  await consumer.run({
    eachBatch: async ({ batch }) => {
      for (const m of batch.messages) {
        const k = m.key?.toString() ?? '';
        if (!keys.has(k) || seen.has(k)) continue;
        if (seen.size === 0) first = Date.now();
        seen.add(k);
        last = Date.now();
      }
      if (seen.size >= keys.size) done();
    },
  });
  while (!joined) await new Promise((r) => setTimeout(r, 100));
  await start();
  await Promise.race([all, new Promise((r) => setTimeout(r, timeoutMs))]);
  await consumer.disconnect();
  return { seen: seen.size, seconds: (last - first) / 1000 };
}

export interface StageResult {
  stage: string;
  replicas: number;
  messages: number;
  perSecond: number;
  processes: ReturnType<ProcessMonitor['stop']>;
}

async function runStage(
  kafka: Kafka,
  publisher: KafkaPublisher,
  o: {
    stage: ServiceName;
    replicas: number;
    inputTopic: string;
    outputTopic: string;
    messages: Array<{ key: string; value: string }>;
  },
): Promise<StageResult> {
  const groupId = `bench-${o.stage}-${randomUUID().slice(0, 8)}`;
  await startGroupAtEnd(groupId, o.inputTopic);
  for (let i = 0; i < o.messages.length; i += 500) await publisher.publish(o.inputTopic, o.messages.slice(i, i + 500));
  const procs: ServiceProcess[] = [];
  let monitor: ProcessMonitor | null = null;
  try {
    const timing = await timeOutputs(
      kafka,
      o.outputTopic,
      new Set(o.messages.map((m) => m.key)),
      async () => {
        const starts = Array.from({ length: o.replicas }, () =>
          startService(o.stage, { KAFKA_GROUP_ID: groupId, KAFKA_START_FROM: 'latest', LOG_LEVEL: 'warn' }),
        );
        procs.push(...(await Promise.all(starts)));
        monitor = new ProcessMonitor(Object.fromEntries(procs.map((p, i) => [`${o.stage}-${i + 1}`, p.child.pid!])));
        monitor.start(500);
      },
      300_000,
    );
    return {
      stage: o.stage,
      replicas: o.replicas,
      messages: timing.seen,
      perSecond: timing.seconds > 0 ? Math.round(timing.seen / timing.seconds) : 0,
      processes: (monitor as ProcessMonitor | null)?.stop() ?? {},
    };
  } finally {
    for (const p of procs) p.child.kill('SIGKILL');
  }
}

export async function normaliserThroughput(kafka: Kafka, publisher: KafkaPublisher, corpus: BenchArticle[], replicas: number) {
  return runStage(kafka, publisher, {
    stage: 'normaliser',
    replicas,
    inputTopic: TOPICS.articlesRaw.name,
    outputTopic: TOPICS.articlesNormalised.name,
    messages: corpus.map((a) => encoded(rawEventOf(a))),
  });
}

export async function storeThroughput(kafka: Kafka, publisher: KafkaPublisher, normalised: NormalisedArticleEvent[]) {
  return runStage(kafka, publisher, {
    stage: 'store',
    replicas: 1,
    inputTopic: TOPICS.articlesNormalised.name,
    outputTopic: TOPICS.articlesStored.name,
    messages: normalised.map((e) => ({ key: e.article.articleId, value: encodeContract(e) })),
  });
}
