/**
 * How well the wire readers read the real items of
 * ../shared/datasets/wire-fixtures, per format:
 *
 *   npm run --silent eval:wires [-- --split dev|heldout|all] [--json]
 *
 * For each format: files, articles read, files refused (and why), words
 * kept (the share of each item's own words, found in the file without the
 * readers; mean and minimum), headline present and right (against the
 * hand-checked expectations), how many headlines were derived, and the
 * share of articles carrying each metadata field. Files are split by
 * their sorted names, every 4th held out (NEWS_SHARED_DIR, default
 * <repo>/../shared).
 */
import {
  coverage,
  FIXTURES,
  FixtureEntry,
  isHeldOut,
  runFixture,
} from '../../libs/wire-formats/fixture-check/manifest';
import { formatFor } from '../../libs/wire-formats/src/content-types';
import type { WireItem } from '../../libs/wire-formats/src/types';

const FIELDS = [
  'subjects',
  'urgency',
  'byline',
  'dateline',
  'located',
  'slugline',
  'description',
  'editorialNote',
  'keywords',
  'language',
  'copyright',
  'embargoedUntil',
  'genres',
];

interface FormatRow {
  files: number;
  articles: number;
  refused: number;
  reasons: Map<string, number>;
  kept: number[];
  headline: number;
  headlineRight: number;
  derived: number;
  fields: Map<string, number>;
  server5xx: number;
}

const newRow = (): FormatRow => ({
  files: 0,
  articles: 0,
  refused: 0,
  reasons: new Map(),
  kept: [],
  headline: 0,
  headlineRight: 0,
  derived: 0,
  fields: new Map(),
  server5xx: 0,
});

/** A refusal's reason without its specifics (the href, the root). */
const reasonOf = (message: string) =>
  message
    .replace(/^not a text item: /, '')
    .split(/[:(]/)[0]
    .trim()
    .slice(0, 40);

async function evaluate(entries: FixtureEntry[]): Promise<Map<string, FormatRow>> {
  const rows = new Map<string, FormatRow>();
  for (const entry of entries) {
    const { result, error } = await runFixture(entry);
    // A refused file counts under what it was sent as (its Content-Type's format, or `sniffed` when it had none).
    const sentAs =
      entry.send?.wireFormat ??
      (entry.send?.contentType ? (formatFor(entry.send.contentType) ?? entry.send.contentType) : 'sniffed');
    const format = result?.items[0]?.format ?? `${sentAs} (refused)`;
    const row = rows.get(format) ?? newRow();
    rows.set(format, row);
    row.files++;
    const refusals = error ? [error.message] : (result?.errors ?? []).map((e) => e.messages[0]);
    if (error && error.status >= 500) row.server5xx++;
    if (!result?.items.length) {
      row.refused++;
      for (const r of refusals) row.reasons.set(reasonOf(r), (row.reasons.get(reasonOf(r)) ?? 0) + 1);
    }
    result?.items.forEach((item: WireItem, i) => {
      const want = entry.items?.[i];
      row.articles++;
      if (item.title) row.headline++;
      if (item.headlineDerived) row.derived++;
      if (want && item.title === want.headline) row.headlineRight++;
      if (want) {
        const { kept, total } = coverage(entry, want, item);
        row.kept.push(total > 0 ? kept / total : 1);
      }
      for (const f of FIELDS) if (item[f] !== undefined) row.fields.set(f, (row.fields.get(f) ?? 0) + 1);
    });
  }
  return rows;
}

const pct = (n: number, d: number) => (d === 0 ? '–' : `${Math.round((100 * n) / d)} %`);

function table(rows: Map<string, FormatRow>): string {
  const head = [
    'format',
    'files',
    'articles',
    'refused',
    'words kept (mean / min)',
    'headline',
    'right',
    'derived',
    ...FIELDS,
    '5xx',
  ];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`];
  const total = newRow();
  for (const [format, r] of [...rows.entries()].sort()) {
    lines.push(line(format, r));
    total.files += r.files;
    total.articles += r.articles;
    total.refused += r.refused;
    total.kept.push(...r.kept);
    total.headline += r.headline;
    total.headlineRight += r.headlineRight;
    total.derived += r.derived;
    total.server5xx += r.server5xx;
    for (const [f, n] of r.fields) total.fields.set(f, (total.fields.get(f) ?? 0) + n);
  }
  lines.push(line('**all**', total));
  return lines.join('\n');
}

function line(format: string, r: FormatRow): string {
  const mean = r.kept.length ? r.kept.reduce((a, b) => a + b, 0) / r.kept.length : undefined;
  const min = r.kept.length ? Math.min(...r.kept) : undefined;
  const kept = mean === undefined ? '–' : `${(100 * mean).toFixed(1)} / ${(100 * min!).toFixed(1)} %`;
  const cells = [
    format,
    r.files,
    r.articles,
    r.refused,
    kept,
    pct(r.headline, r.articles),
    pct(r.headlineRight, r.articles),
    r.derived,
    ...FIELDS.map((f) => pct(r.fields.get(f) ?? 0, r.articles)),
    r.server5xx,
  ];
  return `| ${cells.join(' | ')} |`;
}

function refusals(rows: Map<string, FormatRow>): string {
  const out: string[] = [];
  for (const [format, r] of [...rows.entries()].sort()) {
    for (const [reason, n] of r.reasons) out.push(`- ${format}: ${n} × ${reason}`);
  }
  return out.join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const split = args.includes('--split') ? args[args.indexOf('--split') + 1] : 'all';
  const splits: Array<[string, FixtureEntry[]]> = [
    ['dev', FIXTURES.filter((e) => !isHeldOut(e))],
    ['held-out', FIXTURES.filter(isHeldOut)],
  ];
  const chosen =
    split === 'all' ? splits : splits.filter(([name]) => name === (split === 'heldout' ? 'held-out' : split));
  for (const [name, entries] of chosen) {
    const rows = await evaluate(entries);
    if (args.includes('--json')) {
      const json = [...rows].map(([k, v]) => [
        k,
        { ...v, reasons: Object.fromEntries(v.reasons), fields: Object.fromEntries(v.fields) },
      ]);
      process.stdout.write(`${JSON.stringify({ split: name, rows: Object.fromEntries(json) })}\n`);
      continue;
    }
    process.stdout.write(
      `\n### ${name} (${entries.length} files)\n\n${table(rows)}\n\nRefused files:\n${refusals(rows)}\n`,
    );
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
