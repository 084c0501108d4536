/**
 * Extraction evaluation on ../shared/datasets/extraction-dev (ScrapingHub
 * article-extraction-benchmark pages + ground truth), with the benchmark's own
 * metric (see extraction/shingle-metric.ts).
 *
 *   npm run --silent eval:extraction [-- --dataset DIR] [--split dev|heldout|all] [--json] [--worst N] [--mode M]
 *
 * Modes: `html` (the page's HTML through cleanArticle), `text` (the page's
 * visible text, chrome included, through cleanArticle as text/plain declared
 * `scraped`), `text-unknown` (the same text of unknown origin: only lines with
 * evidence of chrome go) and `text-baseline` (that visible text, uncleaned).
 *
 * Split: pages sorted by id, every 4th (index 3, 7, 11, …) held out; rules
 * are tuned on `dev` only (the default), `heldout` checks them.
 */
import { resolve } from 'node:path';
import { cleanArticle } from '@news/cleaning';
import { defaultDatasetDir, DevPage, loadDevPages, splitPages, SPLITS, Split } from './extraction/load-pages';
import { Scores, scoresFrom, shingleMatch, TpFpFn } from './extraction/shingle-metric';
import { pageVisibleText } from './extraction/visible-text';

interface ModeResult extends Scores {
  pages: number;
  emptyOutputs: number;
  worst: { id: string; precision: number; recall: number }[];
}

function evaluateMode(pages: DevPage[], predict: (p: DevPage) => string, worstN: number): ModeResult {
  const rows: TpFpFn[] = [];
  const perPage: { id: string; precision: number; recall: number; f: number }[] = [];
  let emptyOutputs = 0;
  for (const page of pages) {
    const pred = predict(page);
    if (!pred.trim()) emptyOutputs++;
    const row = shingleMatch(page.truth, pred);
    rows.push(row);
    const [tp, fp, fn] = row;
    const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
    const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
    perPage.push({
      id: page.id,
      precision,
      recall,
      f: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
    });
  }
  const worst = perPage
    .sort((a, b) => a.f - b.f)
    .slice(0, worstN)
    .map(({ id, precision, recall }) => ({ id, precision: round(precision), recall: round(recall) }));
  const s = scoresFrom(rows);
  return {
    pages: pages.length,
    emptyOutputs,
    precision: round(s.precision),
    recall: round(s.recall),
    f1: round(s.f1),
    worst,
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function main(): void {
  const args = process.argv.slice(2);
  const arg = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const repoRoot = resolve(__dirname, '..', '..');
  const dataset = arg('--dataset') ?? defaultDatasetDir(repoRoot);
  const worstN = Number(arg('--worst') ?? 0);
  const only = arg('--mode');
  const split = (arg('--split') ?? 'dev') as Split;
  if (!SPLITS.includes(split)) throw new Error(`--split must be one of ${SPLITS.join(', ')}`);
  const pages = splitPages(loadDevPages(dataset), split);
  const visible = new Map(pages.map((p) => [p.id, pageVisibleText(p.html)]));
  const modes: Record<string, (p: DevPage) => string> = {
    html: (p) => cleanArticle({ body: p.html, contentType: 'text/html', url: p.url }).text,
    text: (p) =>
      cleanArticle({ body: visible.get(p.id)!, contentType: 'text/plain', url: p.url, provenance: 'scraped' }).text,
    'text-unknown': (p) => cleanArticle({ body: visible.get(p.id)!, contentType: 'text/plain', url: p.url }).text,
    'text-baseline': (p) => visible.get(p.id)!,
  };
  const results: Record<string, ModeResult> = {};
  for (const [name, predict] of Object.entries(modes)) {
    if (only && only !== name) continue;
    results[name] = evaluateMode(pages, predict, worstN);
  }
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ dataset, split, results }, null, 2)}\n`);
    return;
  }
  process.stdout.write(`extraction-dev, split ${split}: ${pages.length} pages (${dataset})\n`);
  process.stdout.write('mode            precision  recall  F1     empty\n');
  for (const [name, r] of Object.entries(results)) {
    process.stdout.write(
      `${name.padEnd(15)} ${r.precision.toFixed(3).padStart(9)}  ${r.recall.toFixed(3).padStart(6)}  ` +
        `${r.f1.toFixed(3)}  ${r.emptyOutputs}\n`,
    );
    for (const w of r.worst) process.stdout.write(`   worst ${w.id.slice(0, 12)} p=${w.precision} r=${w.recall}\n`);
  }
}

main();
