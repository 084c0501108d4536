/**
 * Tagging cost on one core (one Node thread):
 *   npm run --silent bench:tagging [-- --seconds N]
 * Inputs: the English article bodies of ../shared/datasets/extraction-dev (real
 * news pages' ground-truth text), cut or repeated to ~600 words ("typical
 * article"), plus the seed story as is. Prints JSON. Target: ≤ 10 ms CPU per
 * 600-word article.
 *
 * CPU time comes from process.cpuUsage (user + system), so other load on a shared
 * machine does not skew it; the one-time data load is measured apart.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tagArticle, TagInput } from '@news/tagging';
import { sharedDir } from '../tools/eval/extraction/load-pages';

const repoRoot = resolve(__dirname, '..');
const shared = sharedDir(repoRoot);
const secondsArg = process.argv.indexOf('--seconds');
const SECONDS = secondsArg >= 0 ? Number(process.argv[secondsArg + 1]) : 5;
const TARGET_MS = 10;

function sixHundredWords(body: string): string {
  const paragraphs = body.split(/\n+/).filter((p) => p.trim());
  const out: string[] = [];
  let words = 0;
  for (let i = 0; words < 600 && paragraphs.length; i++) {
    const p = paragraphs[i % paragraphs.length];
    out.push(p);
    words += p.split(/\s+/).length;
  }
  return out.join('\n\n');
}

function inputs(): { typical: TagInput[]; seed: TagInput } {
  const truth = JSON.parse(
    readFileSync(join(shared, 'datasets', 'extraction-dev', 'ground-truth.json'), 'utf8'),
  ) as Record<string, { articleBody: string; url: string }>;
  const typical = Object.values(truth)
    .filter(
      (p) => p.articleBody.split(/\s+/).length >= 150 && /^[\x00-\x7f’‘“”—–…]*$/.test(p.articleBody.slice(0, 400)),
    )
    .map((p) => ({
      title: p.url.split('/').filter(Boolean).pop()!.replace(/[-_]+/g, ' '),
      text: sixHundredWords(p.articleBody),
    }));
  const lines = readFileSync(join(shared, 'seeds', '000_315ce49d09b2d10d.txt'), 'utf8').split('\n');
  const start = lines.findIndex((l) => l.startsWith('Russian President'));
  const end = lines.findIndex((l) => l.startsWith('Dear readers'));
  const seed = {
    title: 'Putin to Obama: Use your influence to prevent bloodshed in Ukraine',
    text: lines.slice(start, end).join('\n').trim(),
  };
  return { typical, seed };
}

function measure(name: string, docs: TagInput[]) {
  for (const d of docs.slice(0, 10)) tagArticle(d);
  let n = 0;
  let words = 0;
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(Math.round(SECONDS * 1e9));
  while (process.hrtime.bigint() < deadline) {
    const d = docs[n % docs.length];
    tagArticle(d);
    words += d.text.split(/\s+/).length;
    n++;
  }
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const perDoc = cpuMs / n;
  return {
    name,
    documents: n,
    avgWords: Math.round(words / n),
    cpuMsPerDocument: round(perDoc),
    cpuMsPer600Words: round((perDoc * 600) / (words / n)),
    wallMsPerDocument: round(wallMs / n),
    targetMs: TARGET_MS,
    meetsTarget: (perDoc * 600) / (words / n) <= TARGET_MS,
  };
}

const round = (x: number) => Math.round(x * 100) / 100;

function main() {
  const { typical, seed } = inputs();
  const loadStart = process.cpuUsage();
  tagArticle(seed); // first call loads the gazetteer and topic data
  const load = process.cpuUsage(loadStart);
  const results = {
    node: process.version,
    firstCallCpuMs: round((load.user + load.system) / 1000),
    runs: [
      measure(`extraction-dev English bodies at ~600 words (${typical.length} docs)`, typical),
      measure('seed story', [seed]),
    ],
  };
  console.log(JSON.stringify(results, null, 2));
}

main();
