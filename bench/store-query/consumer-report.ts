/** The consumer scenarios of bench:store-query, run and reported (targets in docs/api.md). */
import type { Client } from 'pg';
import { ensureChanges, taggedSample, timeChangesPages, timeRepresentations } from './consumer-scenarios';
import { rng } from './synthetic';

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

export interface ConsumerRun {
  iterations: number;
  rows: number;
  log: (line: string) => void;
}

/** ninjs against JSON for one article, and pages of 100 of the changes feed. */
export async function consumerScenarios(
  db: Client,
  report: (name: string, ms: number[]) => void,
  run: ConsumerRun,
): Promise<void> {
  const { iterations, log } = run;
  const ids = await taggedSample(db);
  const changes = await ensureChanges(db, run.rows);
  log(
    `\nconsumers: ${ids.length.toLocaleString()} articles with rich tags and feed metadata; ` +
      `${changes.toLocaleString()} changes in the feed`,
  );
  await timeRepresentations(db, ids, iterations, rng(77)); // warm-up
  const rep = await timeRepresentations(db, ids, iterations * 10, rng(78));
  report('GET article as JSON (statement + render)', rep.json);
  report('GET article as ninjs 2.2 (statement + render)', rep.ninjs);
  report('  render + serialise only, JSON', rep.renderJson);
  report('  render + serialise only, ninjs', rep.renderNinjs);
  const p50 = (l: number[]) => percentile(l, 50);
  const over = (p50(rep.ninjs) / p50(rep.json) - 1) * 100;
  const us = (l: number[]) => (p50(l) * 1000).toFixed(0);
  log(`  render + serialise p50: JSON ${us(rep.renderJson)} µs, ninjs ${us(rep.renderNinjs)} µs`);
  log(`ninjs over JSON at p50: ${over.toFixed(1)} % (target ≤ 20 %): ${over <= 20 ? 'MET' : 'NOT MET'}`);
  await timeChangesPages(db, iterations, rng(90)); // warm-up
  const pages = await timeChangesPages(db, iterations * 10, rng(91));
  report('GET /v1/changes page of 100 (statement + JSON)', pages);
  log(`changes page p95 ≤ 20 ms: ${percentile(pages, 95) <= 20 ? 'MET' : 'NOT MET'}`);
}
