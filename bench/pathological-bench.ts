/**
 * How long one hostile body holds up the pipeline: each case of
 * bench/pathological/cases.ts is pushed, then a one-line canary right behind
 * it, through the three services run as processes from a build; the time from
 * the push to the store serving each is recorded. With `--baseline <git-ref>` the same
 * runs alternate with a build of that ref (checked out and built under
 * .run/), so both are measured on the same machine in the same minutes.
 *
 *   npm run build && npm run bench:pathological -- [--baseline <ref>] [--rounds 3] [--case <part of a name>]
 *
 * Needs KAFKA_BROKERS and DATABASE_URL (scripts/services.sh up). Prints a
 * table and writes bench/results/pathological-latest.{json,md}.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { KafkaEnv, loadConfig } from '@news/config';
import { allTopicSpecs } from '@news/contracts';
import { applyMigrations } from '@news/database';
import { createKafkaClient, ensureTopics } from '@news/kafka';
import { baselineRoot } from '../tools/harness/baseline';
import { repoRoot } from '../tools/harness/repo-root';
import { ServiceProcess, startService } from '../tools/harness/processes';
import { pathologicalCases, PathologicalCase } from './pathological/cases';
import { median, renderTable } from './pathological/report';

const ROOT = repoRoot();

interface Timing {
  variant: string;
  case: string;
  round: number;
  slowMs: number | null;
  canaryMs: number | null;
  slowStatus: number;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function startPipeline(root: string | undefined, runId: string): Promise<ServiceProcess[]> {
  const group = (s: string) => ({ KAFKA_GROUP_ID: `bench-patho-${s}-${runId}`, KAFKA_START_FROM: 'latest' });
  const store = await startService('store', group('store'), { root });
  const normaliser = await startService('normaliser', group('normaliser'), { root });
  const ingest = await startService('ingest', {}, { root });
  return [ingest, normaliser, store];
}

async function stop(services: ServiceProcess[]): Promise<void> {
  for (const s of services) {
    s.child.kill('SIGTERM');
    await Promise.race([s.exited, new Promise((r) => setTimeout(r, 15_000))]);
    if (s.child.exitCode === null) s.child.kill('SIGKILL');
  }
}

/** Milliseconds from `since` until the store serves the article (null past the deadline). */
async function servedAfter(storeUrl: string, id: string, since: number, deadlineMs: number): Promise<number | null> {
  while (Date.now() - since < deadlineMs) {
    const res = await fetch(`${storeUrl}/v1/articles/${id}`);
    if (res.status === 200) return Date.now() - since;
    await res.arrayBuffer();
    await new Promise((r) => setTimeout(r, 25));
  }
  return null;
}

async function runCase(
  urls: { ingest: string; store: string },
  c: PathologicalCase,
  source: string,
): Promise<Omit<Timing, 'variant' | 'round'>> {
  const started = Date.now();
  const res = await fetch(`${urls.ingest}/v1/articles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: c.request(source),
  });
  const answer = (await res.json()) as { id?: string; accepted?: Array<{ id: string }> };
  const canaryAt = Date.now();
  const canary = await fetch(`${urls.ingest}/v1/articles`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain', 'x-source-id': source, 'x-external-id': `canary-${randomUUID()}` },
    body: 'The ferry to the island will run every hour from Monday, the operator said.',
  });
  const canaryId = ((await canary.json()) as { id: string }).id;
  const ids = answer.id ? [answer.id] : (answer.accepted ?? []).map((a) => a.id);
  const [slowTimes, canaryMs] = await Promise.all([
    Promise.all(ids.map((id) => servedAfter(urls.store, id, started, 120_000))),
    servedAfter(urls.store, canaryId, canaryAt, 120_000),
  ]);
  const slowMs = res.status === 202 && slowTimes.every((t) => t !== null) ? Math.max(...slowTimes) : null;
  return { case: c.name, slowMs, canaryMs, slowStatus: res.status };
}

/** A fresh broker and database have neither topics nor tables: prepare both as a deployment's first step would. */
async function prepareServices(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is required (source .run/services.env after scripts/services.sh up)');
  const { kafka } = loadConfig({ kafka: KafkaEnv });
  await ensureTopics(createKafkaClient(kafka, 'bench-patho'), allTopicSpecs());
  await applyMigrations(databaseUrl);
}

async function main(): Promise<void> {
  await prepareServices();
  const ref = arg('--baseline');
  const rounds = Number(arg('--rounds') ?? 3);
  const variants: Array<{ name: string; root?: string }> = [{ name: 'current' }];
  if (ref) variants.unshift({ name: `baseline ${ref}`, root: baselineRoot(ref) });
  const only = arg('--case');
  const cases = pathologicalCases().filter((c) => !only || c.name.includes(only));
  if (cases.length === 0) throw new Error(`--case ${only}: no case's name contains it`);
  const timings: Timing[] = [];
  for (let round = 1; round <= rounds; round++) {
    for (const v of round % 2 === 1 ? variants : [...variants].reverse()) {
      const runId = randomUUID().slice(0, 8);
      const services = await startPipeline(v.root, runId);
      try {
        for (const c of cases) {
          const t = await runCase({ ingest: services[0].url, store: services[2].url }, c, `patho-${runId}`);
          timings.push({ variant: v.name, round, ...t });
          console.log(
            `${v.name} round ${round} ${c.name}: ${t.slowStatus} slow ${t.slowMs ?? '-'} ms, canary ` +
              `${t.canaryMs ?? '-'} ms`,
          );
        }
      } finally {
        await stop(services);
      }
    }
  }
  const summary = {
    date: new Date().toISOString(),
    commit: gitHead(),
    cores: cpus().length,
    loadavg: loadavg(),
    rounds,
    timings,
  };
  const table = renderTable(
    timings,
    variants.map((v) => v.name),
    median,
  );
  mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'results', 'pathological-latest.json'), `${JSON.stringify(summary, null, 2)}\n`);
  writeFileSync(join(ROOT, 'bench', 'results', 'pathological-latest.md'), `${table}\n`);
  console.log(
    `\n${table}\n(${cpus().length} cores, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')})`,
  );
}

function gitHead(): string {
  return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
