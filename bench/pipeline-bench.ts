/*
 * The pipeline benchmark: one command, one run, one machine.
 *   npm run bench:pipeline            (full: 10-minute end-to-end run)
 *   npm run bench:pipeline -- --quick (shorter steps on a smaller corpus)
 *   npm run bench:pipeline -- --quick --only store,ingest (some parts; the ceilings always run)
 * Needs Kafka and PostgreSQL (scripts/services.sh up) and a build (npm run build); it creates the
 * topics and applies the migrations itself.
 * Writes bench/results/pipeline-latest.json and .md, and prints the table.
 * Run it on a quiet machine: other consumers of the same topics (tests) add load.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { KafkaEnv, loadConfig } from '@news/config';
import { allTopicSpecs } from '@news/contracts';
import { applyMigrations } from '@news/database';
import { createKafkaClient, ensureTopics, KafkaPublisher } from '@news/kafka';
import { ProcessMonitor } from '../tools/harness/process-stats';
import { repoRoot } from '../tools/harness/repo-root';
import { benchServiceNodeArgs, SERVICE_NODE_ARGS, startService, ServiceProcess } from '../tools/harness/processes';
import { buildCorpus, wireItems } from './pipeline/corpus';
import { copyCeiling, coreCeiling, transportCeiling } from './pipeline/ceilings';
import { endToEnd } from './pipeline/end-to-end';
import { fixedRate, LoadOptions, saturateBatches, saturateSingles } from './pipeline/ingest-load';
import { renderMarkdown } from './pipeline/report';
import { normaliserThroughput, storeThroughput } from './pipeline/stages';
import { distinctCopies } from './pipeline/payloads';
import { PairedRun, summarisePairs } from './pipeline/paired-runs';
import { deleteBoilerplateOf } from '../apps/normaliser/src/boilerplate/boilerplate-sync';

/** One-replica normaliser runs, each after a core ceiling of its own (paired-runs.ts). */
const NORMALISER_PAIRS = 3;

/**
 * Creates the topics and applies the committed migrations (both idempotent), so the benchmark runs on a fresh machine.
 */
async function prepareServices(kafka: ReturnType<typeof createKafkaClient>, databaseUrl: string): Promise<void> {
  await ensureTopics(kafka, allTopicSpecs());
  await applyMigrations(databaseUrl);
}

async function main(): Promise<void> {
  // The figures are for the runtime the project targets: this machine's own node may be older, and an older Node
  // measures a slower core (docs/benchmark-history.md).
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 24 && !process.env.BENCH_ANY_NODE) {
    throw new Error(
      `Node ${process.version}: the benchmark measures the project's runtime, Node 24. Put it first on PATH ` +
        `(source scripts/lib/node.sh && ensure_node) or set BENCH_ANY_NODE=1 to measure this one anyway`,
    );
  }
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, only: { type: 'string' } } });
  const quick = values.quick;
  const PARTS = ['normaliser', 'store', 'ingest', 'e2e'];
  const only = values.only?.split(',').map((p) => p.trim()) ?? PARTS;
  const unknown = only.filter((p) => !PARTS.includes(p));
  if (unknown.length) throw new Error(`--only takes ${PARTS.join(', ')}; got ${unknown.join(', ')}`);
  const runs = (part: string) => only.includes(part);
  const runId = randomUUID().slice(0, 8);
  const { kafka: kafkaEnv } = loadConfig({ kafka: KafkaEnv });
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is required (source .run/services.env after scripts/services.sh up)');
  const kafka = createKafkaClient(kafkaEnv, 'bench');
  // A fresh database and broker have neither tables nor topics: prepare both as the services would.
  await prepareServices(kafka, databaseUrl);
  const publisher = new KafkaPublisher(kafka, { timeoutMs: 30_000 });
  const log = (m: string) => process.stderr.write(`[bench ${new Date().toISOString()}] ${m}\n`);

  const corpus = buildCorpus(quick ? 2_000 : 5_000, { runId });
  const wire = wireItems(2_000, runId);
  const result: Record<string, unknown> = {
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      // The services' Node flags: their own, and any experiment's (BENCH_SERVICE_NODE_ARGS).
      serviceNodeArgs: { ...SERVICE_NODE_ARGS, extra: benchServiceNodeArgs() },
    },
    startedAt: new Date().toISOString(),
    quick,
    corpus: {
      articles: corpus.length,
      byKind: corpus.reduce<Record<string, number>>((m, a) => ((m[a.kind] = (m[a.kind] ?? 0) + 1), m), {}),
    },
  };

  log('ceilings: core (clean + tag) on one core');
  const core = coreCeiling(corpus);
  log('ceilings: kafkajs produce → consume');
  const transport = await transportCeiling(kafka, corpus);
  log('ceilings: PostgreSQL COPY');
  // The store's input and its COPY ceiling: the normalised corpus five times over, distinct
  // articles, so the store's rate is measured over dozens of batches (steady-rate.ts).
  const storeInput = distinctCopies(core.normalised, 5);
  const copy = await copyCeiling(databaseUrl, storeInput);
  result.ceilings = {
    coreArticlesPerSecond: core.perSecond,
    transportMessagesPerSecond: transport.perSecond,
    copyMessagesPerSecond: copy.perSecond,
    copyOnlyMessagesPerSecond: copy.copyOnlyPerSecond,
    copy,
  };

  const stages: Record<string, unknown> = {};
  if (runs('normaliser')) {
    // The machine's speed drifts by more than the margin measured (paired-runs.ts): each one-replica run
    // comes right after a core ceiling of its own, and the run with the median ratio is the figure.
    const pairs: PairedRun<Awaited<ReturnType<typeof normaliserThroughput>>>[] = [];
    for (let k = 1; k <= NORMALISER_PAIRS; k++) {
      log(`stage: normaliser, 1 replica, run ${k} of ${NORMALISER_PAIRS}: the core ceiling, then the service`);
      const ceilingPerSecond = coreCeiling(corpus).perSecond;
      pairs.push({ ceilingPerSecond, run: await normaliserThroughput(kafka, publisher, corpus, 1) });
    }
    const paired = summarisePairs(pairs);
    const norm1 = paired.median.run;
    log('stage: normaliser, 2 replicas');
    // Twice the articles: the rate is taken only after both replicas hold partitions, and the first one up works alone
    // until then.
    const norm2 = await normaliserThroughput(
      kafka,
      publisher,
      buildCorpus(2 * corpus.length, { runId: `${runId}b`, seed: 9 }),
      2,
    );
    stages.normaliser = {
      ...norm1,
      ratioToCore: paired.median.ratio,
      coreBeforePerSecond: paired.median.ceilingPerSecond,
      pairs: { ratios: paired.ratios, perSecond: paired.perSecond, corePerSecond: paired.ceilings },
    };
    // What "CPU permitting" allows: the CPU the two replicas got together against what one took alone. On a small
    // machine shared with Kafka and the load's observer, two replicas cannot each take all the CPU one takes alone.
    const cpuOf = (stage: { processes: Record<string, { cpuPercent: number }> }) =>
      Object.values(stage.processes).reduce((sum, p) => sum + p.cpuPercent, 0);
    stages.normaliser2 = {
      ...norm2,
      scaling: +(norm2.perSecond / Math.max(1, norm1.perSecond)).toFixed(2),
      cpuRatio: +(cpuOf(norm2) / Math.max(1, cpuOf(norm1))).toFixed(2),
    };
  }
  if (runs('store')) {
    log('stage: store');
    const store = await storeThroughput(kafka, publisher, storeInput);
    stages.store = {
      ...store,
      ratioToCopy: +(store.perSecond / copy.perSecond).toFixed(2),
      ratioToCopyOnly: +(store.perSecond / copy.copyOnlyPerSecond).toFixed(2),
    };
  }
  result.stages = stages;

  if (runs('ingest') || runs('e2e')) {
    await pipelineParts({ runId, quick, corpus, wire, kafka, runs, log, result, databaseUrl });
  }
  // The run's sources are made up: delete what the normalisers learned of them, or every later normaliser
  // start loads it and the topic grows with every run (docs/benchmark-history.md).
  const forgotten = await deleteBoilerplateOf(kafka, publisher, `bench-${runId}`).catch((err: unknown) => {
    log(`could not delete the run's learned boilerplate: ${String(err)}`);
    return 0;
  });
  log(`deleted the learned boilerplate of ${forgotten} made-up source slices`);
  await publisher.disconnect();
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  await db.query(`DELETE FROM articles WHERE source_id LIKE $1`, [`bench-${runId}%`]).catch(() => undefined);
  await db.end();
  result.finishedAt = new Date().toISOString();

  const dir = join(repoRoot(), 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const md = renderMarkdown(result);
  writeFileSync(join(dir, 'pipeline-latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(join(dir, 'pipeline-latest.md'), md);
  process.stdout.write(`${md}\n`);
}

interface PipelineContext {
  runId: string;
  quick: boolean;
  corpus: ReturnType<typeof buildCorpus>;
  wire: ReturnType<typeof wireItems>;
  kafka: ReturnType<typeof createKafkaClient>;
  runs: (part: string) => boolean;
  log: (m: string) => void;
  result: Record<string, unknown>;
  databaseUrl: string;
}

/** Ingest load and the end-to-end run, against the three services as processes. */
async function pipelineParts({ runId, quick, corpus, wire, kafka, runs, log, result }: PipelineContext): Promise<void> {
  log('starting the pipeline');
  const groups = { normaliser: `bench-norm-${runId}`, store: `bench-store-${runId}` };
  const procs: ServiceProcess[] = [];
  try {
    const env = {
      KAFKA_START_FROM: 'latest',
      LOG_LEVEL: 'warn',
      ...(process.env.BENCH_SERVICE_ENV ? JSON.parse(process.env.BENCH_SERVICE_ENV) : {}),
    };
    procs.push(await startService('store', { ...env, KAFKA_GROUP_ID: groups.store }));
    procs.push(await startService('normaliser', { ...env, KAFKA_GROUP_ID: groups.normaliser }));
    procs.push(await startService('ingest', env));
    const [storeP, normP, ingestP] = procs;
    const load: LoadOptions = {
      url: ingestP.url,
      headers: process.env.BENCH_INGEST_HEADERS ? JSON.parse(process.env.BENCH_INGEST_HEADERS) : {},
    };

    // End to end first: the saturation runs below leave a backlog the pipeline would have to drain before e2e articles.
    if (runs('e2e')) {
      // First at a rate this machine sustains (latency without a backlog), then at the target rate (memory over the
      // long run).
      const pids = { ingest: ingestP.child.pid!, normaliser: normP.child.pid!, store: storeP.child.pid! };
      // The figures are for a running pipeline: fresh processes spend their first seconds compiling (JIT)
      // on real pages, which the normaliser's start-up warm-up only partly covers. Measured, reported apart.
      log('end to end: warm-up, 50 articles/s for 10 s');
      result.endToEndWarmUp = await endToEnd(kafka, load, corpus, 50, 10, new ProcessMonitor(pids));
      // Below the target rate, to show where on this machine the latency turns: the rate a user can plan for.
      result.endToEndSteps = [];
      for (const rate of [100, 150]) {
        log(`end to end: ${rate} articles/s for ${quick ? 30 : 120} s`);
        (result.endToEndSteps as unknown[]).push(
          await endToEnd(kafka, load, corpus, rate, quick ? 30 : 120, new ProcessMonitor(pids)),
        );
      }
      const seconds = quick ? 60 : 600;
      log(`end to end: 200 articles/s for ${seconds} s`);
      result.endToEnd = await endToEnd(kafka, load, corpus, 200, seconds, new ProcessMonitor(pids));
    }
    if (runs('ingest')) {
      // Ingest is measured on its own, like the other stages: the consumers would take the machine's cores from it.
      for (const p of [storeP, normP]) p.child.kill('SIGTERM');
      await Promise.all([storeP.exited, normP.exited]);
      log('ingest: single requests at saturation');
      const singles = await saturateSingles(load, wire, quick ? 10 : 30);
      log('ingest: batch requests at saturation');
      const batches = await saturateBatches(load, wire, quick ? 10 : 30);
      log('ingest: fixed 500 requests/s');
      const fixed = await fixedRate(load, wire, 500, quick ? 10 : 30);
      result.ingest = { singles, batches, fixed500: fixed, consumersStopped: true };
    }
  } finally {
    for (const p of procs) p.child.kill('SIGTERM');
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
