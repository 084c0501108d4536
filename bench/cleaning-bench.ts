/**
 * Cleaning throughput on one core (one Node thread, no workers):
 *   npm run --silent bench:cleaning [-- --seconds N]
 * HTML: the 98 extraction-dev pages (whole real pages) through cleanArticle.
 * Plain text: the seed article, and the same pages' visible text (chrome
 * included, much longer than a typical wire story), through cleanArticle.
 * Prints JSON, then a short table. Targets: ≥ 50 HTML pages/s, ≥ 1,000 plain-text articles/s.
 *
 * "Per core" is measured on this process's CPU time (user + system from
 * process.cpuUsage), so other load on a shared machine does not skew it;
 * wall-clock rates are printed beside it.
 */
import { readFileSync } from 'node:fs';
import * as os from 'node:os';
import { join, resolve } from 'node:path';
import { cleanArticle, CleanInput } from '@news/cleaning';
import { defaultDatasetDir, loadDevPages, sharedDir } from '../tools/eval/extraction/load-pages';
import { pageVisibleText } from '../tools/eval/extraction/visible-text';

const repoRoot = resolve(__dirname, '..');
const secondsArg = process.argv.indexOf('--seconds');
const SECONDS = secondsArg >= 0 ? Number(process.argv[secondsArg + 1]) : 5;

function measure(name: string, inputs: CleanInput[], target: number) {
  // Warm-up: JIT and lazily built regexes.
  for (const input of inputs.slice(0, 20)) cleanArticle(input);
  let docs = 0;
  let bytes = 0;
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(Math.round(SECONDS * 1e9));
  let now = start;
  while (now < deadline) {
    const input = inputs[docs % inputs.length];
    cleanArticle(input);
    bytes += input.body.length;
    docs++;
    if ((docs & 7) === 0) now = process.hrtime.bigint();
  }
  now = process.hrtime.bigint();
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const seconds = Number(now - start) / 1e9;
  const perCpuSecond = docs / cpuSeconds;
  return {
    name,
    documents: docs,
    wallSeconds: round(seconds),
    cpuSeconds: round(cpuSeconds),
    perCoreSecond: round(perCpuSecond),
    perWallSecond: round(docs / seconds),
    cpuMsPerDocument: round((1000 * cpuSeconds) / docs),
    avgBodyKiB: round(bytes / docs / 1024),
    target,
    meetsTarget: perCpuSecond >= target,
  };
}

const round = (x: number) => Math.round(x * 100) / 100;

function main(): void {
  const pages = loadDevPages(defaultDatasetDir(repoRoot));
  const seed = readFileSync(join(sharedDir(repoRoot), 'seeds', '000_315ce49d09b2d10d.txt'), 'utf8');
  const html: CleanInput[] = pages.map((p) => ({ body: p.html, contentType: 'text/html', url: p.url }));
  const scraped: CleanInput[] = pages.map((p) => ({
    body: pageVisibleText(p.html),
    contentType: 'text/plain',
    url: p.url,
  }));
  const results = [
    measure('html pages', html, 50),
    measure(
      'plain text: seed article',
      [{ body: seed, contentType: 'text/plain', url: 'https://www.rt.com/news/x' }],
      1000,
    ),
    measure('plain text: scraped whole pages', scraped, 1000),
  ];
  const loadAverage = os.loadavg().map(round);
  const summary = { node: process.version, cpus: os.cpus().length, loadAverage, secondsPerCase: SECONDS, results };
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n\n`);
  process.stdout.write('case                             docs/core-s  docs/wall-s  cpu ms/doc  avg KiB  target  ok\n');
  for (const r of results) {
    process.stdout.write(
      `${r.name.padEnd(32)} ${r.perCoreSecond.toFixed(1).padStart(11)} ` +
        `${r.perWallSecond.toFixed(1).padStart(12)} ${r.cpuMsPerDocument.toFixed(2).padStart(11)} ` +
        `${r.avgBodyKiB.toFixed(1).padStart(8)} ${String(r.target).padStart(7)}  ${r.meetsTarget ? 'yes' : 'NO'}\n`,
    );
  }
}

main();
