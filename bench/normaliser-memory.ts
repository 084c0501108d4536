/*
 * The normaliser's memory at a steady rate: one normaliser process fed raw
 * events at `--rate` articles/s for `--seconds`, its RSS sampled every second
 * and each thread's V8 heap every 5 s (from /metrics), its outputs timed
 * (raw event published → normalised event's broker timestamp). By default it
 * runs in a memory cgroup the size of its Kubernetes limit, with its Node
 * flags, as in the pod (tools/harness/cgroup.ts); `--limit none` runs it
 * unconstrained.
 * With `--baseline <git-ref>` a build of that ref runs in turn with the
 * current one, alternating, so both are measured in the same minutes.
 *
 *   npm run build && npm run bench:normaliser-memory -- [--rate 200] [--seconds 120] [--rounds 1] \
 *     [--baseline <ref>] [--limit 768Mi|none] [--sources 5] [--env '{"NORMALISER_WORKERS":"2"}']
 *
 * Needs KAFKA_BROKERS (scripts/services.sh up). Writes bench/results/normaliser-memory-latest.{json,md}.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { KafkaEnv, loadConfig } from '@news/config';
import { allTopicSpecs, HEADERS, TOPICS } from '@news/contracts';
import { createKafkaClient, ensureTopics, KafkaPublisher } from '@news/kafka';
import { deleteBoilerplateOf } from '../apps/normaliser/src/boilerplate/boilerplate-sync';
import { baselineRoot } from '../tools/harness/baseline';
import { startGroupAtEnd } from '../tools/harness/consumer-groups';
import { percentiles } from '../tools/harness/latency';
import { manifestMemory } from '../tools/harness/manifest-limits';
import { quantityBytes } from '../tools/harness/cgroup';
import { ProcessMonitor } from '../tools/harness/process-stats';
import { SERVICE_NODE_ARGS, serviceNodeArgsOf, startService } from '../tools/harness/processes';
import { repoRoot } from '../tools/harness/repo-root';
import { buildCorpus } from './pipeline/corpus';
import { encoded, rawEventOf } from './pipeline/payloads';
import { ThreadHeapSampler } from './memory/thread-heaps';
import { renderMemoryTable, type MemoryRun } from './memory/memory-report';

type Kafka = ReturnType<typeof createKafkaClient>;

interface RunOptions {
  variant: string;
  root?: string;
  rate: number;
  seconds: number;
  sources: number;
  limitBytes: number | null;
  env: Record<string, string>;
  nodeArgs: string[];
}

/** Times each output from its input's publish, by correlation id, on a tap of the normalised topic. */
async function tapOutputs(kafka: Kafka, sentAt: Map<string, number>) {
  const latencies: number[] = [];
  const consumer = kafka.consumer({ groupId: `bench-mem-tap-${randomUUID()}`, maxWaitTimeInMs: 500 });
  let fetched = false;
  consumer.on(consumer.events.FETCH, () => (fetched = true));
  await consumer.connect();
  await consumer.subscribe({ topic: TOPICS.articlesNormalised.name, fromBeginning: false });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const id = message.headers?.[HEADERS.correlationId]?.toString() ?? '';
      const t = sentAt.get(id);
      if (t === undefined) return;
      sentAt.delete(id);
      latencies.push(Number(message.timestamp) - t);
    },
  });
  while (!fetched) await new Promise((r) => setTimeout(r, 100));
  return { latencies, stop: () => consumer.disconnect() };
}

async function runOnce(kafka: Kafka, publisher: KafkaPublisher, o: RunOptions): Promise<MemoryRun> {
  const runId = randomUUID().slice(0, 8);
  const corpus = buildCorpus(2_000, { runId: `mem-${runId}`, sources: o.sources });
  const groupId = `bench-mem-${runId}`;
  await startGroupAtEnd(groupId, TOPICS.articlesRaw.name);
  const env = { KAFKA_GROUP_ID: groupId, LOG_LEVEL: 'warn', NORMALISER_REPLICA_ID: `bench-mem-${runId}`, ...o.env };
  const svc = await startService('normaliser', env, {
    root: o.root,
    memoryLimitBytes: o.limitBytes ?? undefined,
    nodeArgs: o.nodeArgs,
  });
  const sentAt = new Map<string, number>();
  const monitor = new ProcessMonitor({ normaliser: svc.child.pid! });
  const heaps = new ThreadHeapSampler({ normaliser: svc.metricsUrl });
  let i = 0;
  let refused = 0;
  let tap: Awaited<ReturnType<typeof tapOutputs>> | undefined;
  let processes: ReturnType<ProcessMonitor['stop']>;
  let threadHeaps: MemoryRun['threadHeaps'];
  const dead = () => svc.child.exitCode !== null || svc.child.signalCode !== null;
  try {
    tap = await tapOutputs(kafka, sentAt);
    monitor.start(1_000);
    heaps.start(5_000);
    const total = o.rate * o.seconds;
    const perTick = o.rate / 20;
    const started = Date.now();
    const publishes: Promise<void>[] = [];
    // Open loop: a batch every 50 ms whatever the normaliser does, so a backlog shows as lag, not as a slower feed.
    while (i < total && !dead()) {
      const due = started + (i / o.rate) * 1000;
      if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
      const batch = [];
      for (let k = 0; k < perTick && i < total; k++, i++) {
        const event = rawEventOf({
          ...corpus[i % corpus.length],
          externalId: `${corpus[i % corpus.length].externalId}-m${i}`,
        });
        sentAt.set(event.envelope.correlationId, Date.now());
        batch.push(encoded(event));
      }
      // A broker too busy to acknowledge (the machine is shared) is counted, not fatal.
      publishes.push(publisher.publish(TOPICS.articlesRaw.name, batch).catch(() => void (refused += batch.length)));
    }
    await Promise.all(publishes);
    // Let what is under way come out (or time out) before the figures are taken.
    const drainUntil = Date.now() + 30_000;
    while (sentAt.size > refused && Date.now() < drainUntil && !dead()) await new Promise((r) => setTimeout(r, 250));
  } finally {
    await tap?.stop();
    processes = monitor.stop();
    threadHeaps = heaps.stop().normaliser ?? {};
    svc.child.kill('SIGTERM');
  }
  const oomKills = svc.cgroup?.oomKills() ?? 0;
  const exitedEarly = svc.child.signalCode === 'SIGKILL' || (svc.child.exitCode !== null && svc.child.exitCode !== 0);
  await Promise.race([svc.exited, new Promise((r) => setTimeout(r, 20_000))]);
  if (svc.child.exitCode === null && svc.child.signalCode === null) svc.child.kill('SIGKILL');
  await deleteBoilerplateOf(kafka, publisher, `bench-mem-${runId}`).catch(() => 0);
  return {
    variant: o.variant,
    nodeArgs: o.nodeArgs,
    rate: o.rate,
    seconds: o.seconds,
    published: i - refused,
    normalised: tap?.latencies.length ?? 0,
    latencyMs: percentiles(tap?.latencies ?? []),
    process: processes.normaliser,
    threadHeaps,
    limit: o.limitBytes === null ? null : { bytes: o.limitBytes, enforced: svc.cgroup !== null, oomKills },
    exitedEarly,
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rate: { type: 'string', default: '200' },
      seconds: { type: 'string', default: '120' },
      rounds: { type: 'string', default: '1' },
      sources: { type: 'string', default: '5' },
      baseline: { type: 'string' },
      limit: { type: 'string', default: 'manifest' },
      env: { type: 'string', default: '{}' },
    },
  });
  const { kafka: kafkaEnv } = loadConfig({ kafka: KafkaEnv });
  const kafka = createKafkaClient(kafkaEnv, 'bench-memory');
  await ensureTopics(kafka, allTopicSpecs());
  const publisher = new KafkaPublisher(kafka, { timeoutMs: 30_000 });
  const manifest = manifestMemory('normaliser');
  // Each build under its own Deployment's limit and with its own Node flags, as it was deployed.
  const limitOf = (root?: string) =>
    values.limit === 'none'
      ? null
      : values.limit === 'manifest'
        ? manifestMemory('normaliser', root).limitBytes
        : quantityBytes(values.limit);
  const variants: Array<{ name: string; root?: string }> = [{ name: 'current' }];
  if (values.baseline) variants.unshift({ name: `baseline ${values.baseline}`, root: baselineRoot(values.baseline) });
  const runs: MemoryRun[] = [];
  const log = (m: string) => process.stderr.write(`[memory ${new Date().toISOString()}] ${m}\n`);
  for (let round = 1; round <= Number(values.rounds); round++) {
    for (const v of round % 2 === 1 ? variants : [...variants].reverse()) {
      log(
        `${v.name}, round ${round}: ${values.rate}/s for ${values.seconds} s, load average ${loadavg()[0].toFixed(2)}`,
      );
      const run = await runOnce(kafka, publisher, {
        variant: v.name,
        root: v.root,
        rate: Number(values.rate),
        seconds: Number(values.seconds),
        sources: Number(values.sources),
        limitBytes: limitOf(v.root),
        env: JSON.parse(values.env ?? '{}') as Record<string, string>,
        nodeArgs: v.root ? serviceNodeArgsOf(v.root, 'normaliser') : SERVICE_NODE_ARGS.normaliser,
      });
      runs.push(run);
      log(
        `${v.name}: RSS steady ${run.process?.rssSteadyMb} MB, peak ${run.process?.rssMaxMb} MB; p99 ` +
          `${run.latencyMs.p99} ms`,
      );
    }
  }
  await publisher.disconnect();
  const result = {
    date: new Date().toISOString(),
    commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot() }).toString().trim(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model },
    manifest,
    runs,
  };
  const md = renderMemoryTable(result);
  const dir = join(repoRoot(), 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'normaliser-memory-latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(join(dir, 'normaliser-memory-latest.md'), `${md}\n`);
  process.stdout.write(`${md}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
