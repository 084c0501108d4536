/*
 * Soak: steady traffic through the whole pipeline for a long time while
 * consumer replicas are killed at random (SIGKILL) and restarted, then a full
 * reconciliation of the database against what ingest accepted.
 *   npm run soak -- --minutes 30 --rate 50
 * Needs Kafka and PostgreSQL (scripts/services.sh up) and a build.
 * Prints (and writes to bench/results/soak-latest.json) pushed, accepted,
 * stored, duplicates, lost, wrong-version and dead-letter counts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { deadLetterTopicOf, TOPICS } from '@news/contracts';
import { KafkaEnv, loadConfig } from '@news/config';
import { createKafkaClient } from '@news/kafka';
import { startGroupAtEnd } from '../tools/harness/consumer-groups';
import { ServiceName, ServiceProcess, startService } from '../tools/harness/processes';
import { repoRoot } from '../tools/harness/repo-root';
import { diffAgainstDatabase, Expected, PushItem } from '../tools/harness/workload';
import { waitFor } from '../tools/harness/wait';

/** Messages in the dead-letter topics (all sources): the soak reports how many appeared during its run. */
async function dlqTotal(): Promise<number> {
  const { kafka: env } = loadConfig({ kafka: KafkaEnv });
  const kafka = createKafkaClient(env, 'soak');
  const admin = kafka.admin();
  await admin.connect();
  let n = 0;
  try {
    for (const t of [TOPICS.articlesRaw.name, TOPICS.articlesNormalised.name]) {
      const offsets = await admin.fetchTopicOffsets(deadLetterTopicOf(t));
      n += offsets.reduce((s, o) => s + Number(o.high), 0);
    }
  } finally {
    await admin.disconnect();
  }
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      minutes: { type: 'string', default: '30' },
      rate: { type: 'string', default: '50' },
      'kill-every': { type: 'string', default: '45' },
    },
  });
  const minutes = Number(values.minutes);
  const rate = Number(values.rate);
  const killEvery = Number(values['kill-every']) * 1000;
  const run = randomUUID().slice(0, 8);
  const sourceId = `soak-${run}`;
  const log = (m: string) => process.stderr.write(`[soak ${new Date().toISOString()}] ${m}\n`);
  const common = { KAFKA_START_FROM: 'earliest', LOG_LEVEL: 'warn', KAFKA_SESSION_TIMEOUT_MS: '10000' };
  const groups: Record<string, string> = { normaliser: `soak-norm-${run}`, store: `soak-store-${run}` };
  // Groups start at the topics' end; with "latest" a member killed before its first commit would make its successor
  // skip.
  await startGroupAtEnd(groups.normaliser, TOPICS.articlesRaw.name);
  await startGroupAtEnd(groups.store, TOPICS.articlesNormalised.name);
  const procs = new Map<string, ServiceProcess>();
  const start = async (slot: string, name: ServiceName) => {
    procs.set(slot, await startService(name, { ...common, ...(groups[name] ? { KAFKA_GROUP_ID: groups[name] } : {}) }));
  };
  const dlqBefore = await dlqTotal();
  await start('store-1', 'store');
  await start('store-2', 'store');
  await start('normaliser-1', 'normaliser');
  await start('normaliser-2', 'normaliser');
  await start('ingest', 'ingest');
  const ingestUrl = procs.get('ingest')!.url;

  const expected = new Map<string, Expected>();
  const versions = new Map<string, number>();
  let pushed = 0;
  let accepted = 0;
  let refused = 0;
  let kills = 0;
  const until = Date.now() + minutes * 60_000;
  let nextKill = Date.now() + killEvery;
  let seq = 0;
  const inflight = new Set<Promise<void>>();
  const startedAt = performance.now();
  let i = 0;
  log(`pushing ${rate}/s for ${minutes} min, killing a consumer every ${killEvery / 1000} s`);
  while (Date.now() < until) {
    const due = startedAt + (i++ * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    if (Date.now() >= nextKill) {
      nextKill = Date.now() + killEvery;
      const victims = ['store-1', 'store-2', 'normaliser-1', 'normaliser-2'];
      const slot = victims[Math.floor(Math.random() * victims.length)];
      const p = procs.get(slot)!;
      log(`SIGKILL ${slot}`);
      p.child.kill('SIGKILL');
      kills++;
      void p.exited
        .then(() => start(slot, slot.startsWith('store') ? 'store' : 'normaliser'))
        .catch((e: unknown) => log(`restart of ${slot} failed: ${String(e)}`));
    }
    // Mostly new stories; one in six an update of a recent one; one in fifty a kill.
    const roll = Math.random();
    let item: PushItem;
    if (roll < 0.17 && seq > 20) {
      const externalId = `${sourceId}-${seq - 1 - Math.floor(Math.random() * 20)}`;
      const current = versions.get(externalId) ?? 1;
      if (expected.get(externalId)?.pubStatus === 'canceled') continue;
      const kill = roll < 0.02;
      item = {
        externalId,
        version: current + 1,
        pubStatus: kill ? 'canceled' : 'usable',
        body: `<p>Story ${externalId} v${current + 1}.</p>`,
      };
    } else {
      item = {
        externalId: `${sourceId}-${seq++}`,
        version: 1,
        pubStatus: 'usable',
        body: `<p>Story ${seq}. ${'Words. '.repeat(50)}</p>`,
      };
    }
    // An update may race its predecessor to ingest: the store's version rules make the order irrelevant.
    versions.set(item.externalId, item.version);
    pushed++;
    const push = (async () => {
      for (let attempt = 0; attempt < 100; attempt++) {
        const res = await fetch(`${ingestUrl}/v1/articles`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ sourceId, ...item }),
        }).catch(() => null);
        if (res?.status === 202 || res?.status === 200) {
          accepted++;
          const prev = expected.get(item.externalId);
          if (!prev || prev.version < item.version)
            expected.set(item.externalId, { version: item.version, pubStatus: item.pubStatus });
          return;
        }
        refused++;
        await new Promise((r) => setTimeout(r, 200));
      }
    })();
    inflight.add(push);
    void push.finally(() => inflight.delete(push));
  }
  await Promise.all(inflight);
  log('traffic stopped; waiting for the pipeline to drain');
  const db = new Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  const diff = await waitFor(
    'the expected final state',
    async () => {
      const d = await diffAgainstDatabase(db, sourceId, expected);
      return d.ok ? d : undefined;
    },
    300_000,
  ).catch(() => diffAgainstDatabase(db, sourceId, expected));
  await db.end();
  for (const p of procs.values()) p.child.kill('SIGTERM');
  const report = {
    run,
    minutes,
    ratePerSecond: rate,
    consumerKills: kills,
    pushed,
    accepted,
    refusedAttempts: refused,
    articles: expected.size,
    stored: diff.stored,
    duplicates: diff.duplicated.length,
    lost: diff.missing.length,
    wrongVersion: diff.wrong.length,
    deadLettersDuringRun: (await dlqTotal()) - dlqBefore,
  };
  const dir = join(repoRoot(), 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'soak-latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(report)}\n`);
  if (!diff.ok) process.exit(1);
}

main().catch((err: unknown) => {
  process.stderr.write(`soak failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
