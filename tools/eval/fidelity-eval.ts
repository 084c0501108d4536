/**
 * Fidelity evaluation: does every word of clean copy survive cleaning?
 *
 *   npm run --silent eval:fidelity [-- --split dev|heldout|all] [--json] [--failures N]
 *
 * Each case of the corpus (tools/eval/fidelity/corpus.ts) takes the pure path
 * a push takes through the pipeline: the wire-format reader for its Content-Type
 * (libs/wire-formats parserFor), the provenance ingest would record, then
 * cleanArticle. It prints the share of the reference's words kept, per
 * language, shape and carrier, with the empty and cleaning_suspect counts.
 * Target: at least 99.5 % of each text's words, no case empty.
 */
import { resolve } from 'node:path';
import { cleanArticle, hasBlockMarkup } from '@news/cleaning';
import { parserFor, ParseMeta } from '@news/wire-formats';
import { sharedDir } from './extraction/load-pages';
import { carrierOf, FidelityCase, fidelityCorpus } from './fidelity/corpus';
import { wordsKept } from './fidelity/words-kept';

const TARGET = 0.995;

interface Outcome {
  c: FidelityCase;
  share: number;
  empty: boolean;
  suspect: boolean;
  /** Set when the reader refused the push or found no text: a wire-format problem, not cleaning's. */
  readerError?: string;
}

function metaOf(headers: Record<string, string> = {}): ParseMeta {
  const h = (k: string) => (headers[k] !== undefined ? decodeURIComponent(headers[k]) : undefined);
  return {
    sourceId: 'fidelity',
    title: h('x-article-title'),
    externalId: h('x-external-id'),
    url: h('x-article-url'),
    provenance: h('x-article-provenance'),
  };
}

async function run(c: FidelityCase): Promise<Outcome> {
  const parser = parserFor(c.push.contentType);
  if (!parser) return { c, share: 0, empty: true, suspect: false, readerError: `no reader for ${c.push.contentType}` };
  let item;
  try {
    const parsed = await parser(c.push.body, metaOf(c.push.headers));
    item = parsed.items[0];
    if (!item)
      return {
        c,
        share: 0,
        empty: true,
        suspect: false,
        readerError: parsed.errors.map((e) => `${e.field}: ${e.messages.join('; ')}`).join(' | ') || 'no item',
      };
  } catch (err) {
    return { c, share: 0, empty: true, suspect: false, readerError: (err as Error).message };
  }
  if (typeof item.body !== 'string' || item.body.trim() === '')
    return { c, share: 0, empty: true, suspect: false, readerError: 'the reader found no body' };
  const provenance = item.provenance ?? (item.format === 'html' || item.format === 'text' ? 'unknown' : 'edited');
  const contentType = item.contentType ?? (hasBlockMarkup(item.body) ? 'text/html' : 'text/plain');
  const cleaned = cleanArticle({ body: item.body, contentType, title: item.title, provenance });
  return {
    c,
    share: wordsKept(c.referenceText, cleaned.text).share,
    empty: cleaned.text === '',
    suspect: cleaned.qualityFlags.includes('cleaning_suspect'),
  };
}

interface Row {
  key: string;
  cases: number;
  mean: number;
  min: number;
  below: number;
  empty: number;
  suspect: number;
  reader: number;
}

function table(outcomes: Outcome[], keyOf: (o: Outcome) => string): Row[] {
  const groups = new Map<string, Outcome[]>();
  for (const o of outcomes) groups.set(keyOf(o), [...(groups.get(keyOf(o)) ?? []), o]);
  return [...groups].map(([key, list]) => ({
    key,
    cases: list.length,
    mean: list.reduce((n, o) => n + o.share, 0) / list.length,
    min: Math.min(...list.map((o) => o.share)),
    below: list.filter((o) => o.share < TARGET).length,
    empty: list.filter((o) => o.empty).length,
    suspect: list.filter((o) => o.suspect).length,
    reader: list.filter((o) => o.readerError).length,
  }));
}

const pct = (x: number) => `${(100 * x).toFixed(2)} %`;

function print(title: string, rows: Row[]): void {
  process.stdout.write(
    `\n| ${title} | cases | words kept (mean) | worst case | below 99.5 % | empty | cleaning_suspect | reader ` +
      `failed |\n`,
  );
  process.stdout.write('| --- | --- | --- | --- | --- | --- | --- | --- |\n');
  for (const r of rows) {
    process.stdout.write(
      `| ${r.key} | ${r.cases} | ${pct(r.mean)} | ${pct(r.min)} | ${r.below} | ${r.empty} | ${r.suspect} | ` +
        `${r.reader} |\n`,
    );
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const arg = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const split = (arg('--split') ?? 'dev') as 'dev' | 'heldout' | 'all';
  const shared = sharedDir(resolve(__dirname, '..', '..'));
  const outcomes: Outcome[] = [];
  for (const c of fidelityCorpus({ sharedDir: shared, split })) outcomes.push(await run(c));
  const overall = table(outcomes, () => 'all');
  if (args.includes('--json')) {
    const rows = {
      overall,
      language: table(outcomes, (o) => o.c.language),
      shape: table(outcomes, (o) => o.c.shape),
      carrier: table(outcomes, (o) => carrierOf(o.c)),
    };
    const failures = outcomes
      .filter((o) => o.share < TARGET || o.empty)
      .map((o) => ({ id: o.c.id, share: o.share, empty: o.empty, readerError: o.readerError }));
    process.stdout.write(`${JSON.stringify({ split, target: TARGET, ...rows, failures }, null, 2)}\n`);
    return;
  }
  process.stdout.write(`fidelity corpus, split ${split}: ${outcomes.length} cases (${shared})\n`);
  print('all', overall);
  print(
    'language',
    table(outcomes, (o) => o.c.language),
  );
  print(
    'shape',
    table(outcomes, (o) => o.c.shape),
  );
  print(
    'carrier',
    table(outcomes, (o) => carrierOf(o.c)),
  );
  const failures = outcomes.filter((o) => o.share < TARGET || o.empty).sort((a, b) => a.share - b.share);
  const n = Number(arg('--failures') ?? 20);
  if (failures.length > 0) process.stdout.write(`\n${failures.length} case(s) below target or empty:\n`);
  for (const f of failures.slice(0, n))
    process.stdout.write(`  ${f.c.id}: ${pct(f.share)}${f.readerError ? ` (reader: ${f.readerError})` : ''}\n`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
