/**
 * Stage throughput with Kafka in the loop: messages are put on a stage's input
 * topic first, then the stage (one or more real processes) starts on a group
 * whose offsets were set to just before them, and the rate is fitted to the
 * times its outputs arrive (steady-rate.ts). With several replicas the first
 * one up takes every partition until the others join, so the rate is taken
 * only over the outputs after the group has settled with all of them holding
 * partitions.
 */
import { randomUUID } from 'node:crypto';
import { Kafka } from 'kafkajs';
import { encodeContract, HEADERS, NormalisedArticleEvent, TOPICS } from '@news/contracts';
import { KafkaPublisher } from '@news/kafka';
import { startGroupAtEnd, waitForGroupMembers } from '../../tools/harness/consumer-groups';
import { ProcessMonitor } from '../../tools/harness/process-stats';
import { ServiceName, ServiceProcess, startService } from '../../tools/harness/processes';
import type { BenchArticle } from './corpus';
import { InputLedger } from './input-ledger';
import { encoded, rawEventOf } from './payloads';
import { steadyRate } from './steady-rate';

async function timeOutputs(
  kafka: Kafka,
  topic: string,
  ledger: InputLedger,
  start: () => Promise<void>,
  timeoutMs: number,
) {
  const consumer = kafka.consumer({ groupId: `bench-tap-${randomUUID()}` });
  let joined = false;
  consumer.on(consumer.events.GROUP_JOIN, () => (joined = true));
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: false });
  /** When each input was accounted for by an output (ms since epoch), one entry per input message. */
  const arrivals: number[] = [];
  let done!: () => void;
  const all = new Promise<void>((r) => (done = r));
  await consumer.run({
    eachBatch: async ({ batch }) => {
      for (const m of batch.messages) {
        const now = Date.now();
        for (let n = ledger.credit(m.headers?.[HEADERS.correlationId]?.toString()); n > 0; n--) arrivals.push(now);
      }
      if (ledger.complete) done();
    },
  });
  while (!joined) await new Promise((r) => setTimeout(r, 100));
  await start();
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([all, new Promise((r) => (timer = setTimeout(r, timeoutMs)))]);
  // A pending timer would keep the process alive for the rest of timeoutMs after the run (5 minutes with --only store).
  clearTimeout(timer);
  await consumer.disconnect();
  return { accounted: ledger.accounted, arrivals };
}

export interface StageResult {
  stage: string;
  replicas: number;
  messages: number;
  perSecond: number;
  /** Outputs the rate was fitted over (the middle 80 % of those after the group settled; see steady-rate.ts). */
  measuredMessages: number;
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
    /** In publish order; each carries the correlation id its event (and so its output) has. */
    messages: Array<{ key: string; value: string; correlationId: string }>;
  },
): Promise<StageResult> {
  const groupId = `bench-${o.stage}-${randomUUID().slice(0, 8)}`;
  await startGroupAtEnd(groupId, o.inputTopic);
  for (let i = 0; i < o.messages.length; i += 500) {
    await publisher.publish(
      o.inputTopic,
      o.messages.slice(i, i + 500).map(({ key, value }) => ({ key, value })),
    );
  }
  const procs: ServiceProcess[] = [];
  let monitor: ProcessMonitor | null = null;
  let settledAt = 0;
  try {
    const timing = await timeOutputs(
      kafka,
      o.outputTopic,
      new InputLedger(o.messages),
      async () => {
        const starts = Array.from({ length: o.replicas }, () =>
          startService(o.stage, { KAFKA_GROUP_ID: groupId, KAFKA_START_FROM: 'latest', LOG_LEVEL: 'warn' }),
        );
        procs.push(...(await Promise.all(starts)));
        if (o.replicas > 1) {
          await waitForGroupMembers(groupId, o.replicas);
          settledAt = Date.now();
        }
        monitor = new ProcessMonitor(Object.fromEntries(procs.map((p, i) => [`${o.stage}-${i + 1}`, p.child.pid!])));
        monitor.start(500);
      },
      300_000,
    );
    const rate = steadyRate(timing.arrivals, settledAt);
    return {
      stage: o.stage,
      replicas: o.replicas,
      messages: timing.accounted,
      measuredMessages: rate.messages,
      perSecond: rate.perSecond,
      processes: (monitor as ProcessMonitor | null)?.stop() ?? {},
    };
  } finally {
    // With BENCH_CPU_PROF_DIR a stage stops gracefully: V8 writes a CPU profile only on a clean exit.
    const profiling = Boolean(process.env.BENCH_CPU_PROF_DIR);
    for (const p of procs) p.child.kill(profiling ? 'SIGTERM' : 'SIGKILL');
    if (profiling) await Promise.all(procs.map((p) => p.exited));
  }
}

export async function normaliserThroughput(
  kafka: Kafka,
  publisher: KafkaPublisher,
  corpus: BenchArticle[],
  replicas: number,
) {
  return runStage(kafka, publisher, {
    stage: 'normaliser',
    replicas,
    inputTopic: TOPICS.articlesRaw.name,
    outputTopic: TOPICS.articlesNormalised.name,
    messages: corpus.map((a) => {
      const event = rawEventOf(a);
      return { ...encoded(event), correlationId: event.envelope.correlationId };
    }),
  });
}

export async function storeThroughput(kafka: Kafka, publisher: KafkaPublisher, normalised: NormalisedArticleEvent[]) {
  return runStage(kafka, publisher, {
    stage: 'store',
    replicas: 1,
    inputTopic: TOPICS.articlesNormalised.name,
    outputTopic: TOPICS.articlesStored.name,
    messages: normalised.map((e) => ({
      key: e.article.articleId,
      value: encodeContract(e),
      correlationId: e.envelope.correlationId,
    })),
  });
}
