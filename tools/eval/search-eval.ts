/**
 * Search quality: known-item queries through the store's search.
 *
 *   npm run --silent eval:search [-- --language-filter] [--misses=N [--only=hi,title]] [--dev-only] [--keep]
 *
 * Builds the corpus (tools/eval/search/corpus.ts: extraction-dev pages, the 24
 * languages of multilingual-dev, hand-written English news), writes it into a
 * database of its own (`news_search_eval`, next to DATABASE_URL's, dropped at
 * the end unless --keep) through the store's write path, and runs every
 * known-item query (tools/eval/search/queries.ts) as the API runs a search,
 * without a language filter unless --language-filter. Prints MRR@10, Recall@1,
 * Recall@10 and the zero-result rate per language and query type, for the dev
 * and the held-out articles (every 4th, never tuned on), then the targets.
 */
import 'reflect-metadata';
import { resolve } from 'node:path';
import { sharedDir } from './extraction/load-pages';
import { searchCorpus } from './search/corpus';
import { KnownItemQuery, QUERY_TYPES, QueryMaker } from './search/queries';
import { loadCorpus, measure, Measures, openEvalDatabase, QueryOutcome, runQueries } from './search/run-eval';

const args = process.argv.slice(2);
const arg = (name: string) =>
  args.find((a) => a.startsWith(`--${name}`))?.split('=')[1] ?? (args.includes(`--${name}`) ? 'true' : undefined);
const log = (s = '') => process.stdout.write(`${s}\n`);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);

function row(label: string, m: Measures): string {
  return (
    `| ${label.padEnd(18)} | ${String(m.queries).padStart(5)} | ${m.mrr.toFixed(3)} | ${pct(m.recallAt1)} | ` +
    `${pct(m.recallAt10)} | ${pct(m.zeroResults)} | ${pct(m.anyMode)} |`
  );
}

function table(title: string, outcomes: QueryOutcome[]): void {
  log(`\n### ${title}\n`);
  log('| language / type    |     n | MRR@10 |     R@1 |    R@10 |  zero |  any-mode |');
  log('|---|---:|---:|---:|---:|---:|---:|');
  const languages = [...new Set(outcomes.map((o) => o.query.language))].sort();
  for (const lang of languages) {
    const ofLang = outcomes.filter((o) => o.query.language === lang);
    log(row(lang, measure(ofLang)));
    for (const type of QUERY_TYPES) {
      const ofType = ofLang.filter((o) => o.query.type === type);
      if (ofType.length && (lang === 'en' || type !== 'sentence')) log(row(`  ${lang} ${type}`, measure(ofType)));
    }
  }
  for (const type of QUERY_TYPES) {
    const ofType = outcomes.filter((o) => o.query.type === type);
    if (ofType.length) log(row(`all ${type}`, measure(ofType)));
  }
  log(row('ALL', measure(outcomes)));
}

function targets(outcomes: QueryOutcome[], filtered: boolean): void {
  const en = (type: string) => measure(outcomes.filter((o) => o.query.language === 'en' && o.query.type === type));
  const check = (label: string, value: number, ok: boolean) =>
    log(`- ${label}: ${value.toFixed(3)} ${ok ? 'MET' : 'NOT MET'}`);
  log(`\n### Targets (held-out, ${filtered ? 'with the language filter' : 'no language filter'})\n`);
  check('English titles MRR@10 ≥ 0.98', en('title').mrr, en('title').mrr >= 0.98);
  check('English body sentences MRR@10 ≥ 0.96', en('body').mrr, en('body').mrr >= 0.96);
  const languages = [...new Set(outcomes.map((o) => o.query.language))].sort();
  const below = languages
    .map((l) => [l, measure(outcomes.filter((o) => o.query.language === l)).mrr] as const)
    .filter(([, m]) => m < 0.9);
  log(
    `- every language MRR@10 ≥ 0.9: ` +
      `${below.length ? `NOT MET (${below.map(([l, m]) => `${l} ${m.toFixed(3)}`).join(', ')})` : 'MET'}`,
  );
  const zero = measure(outcomes).zeroResults;
  check('zero-result rate ≤ 0.01', zero, zero <= 0.01);
}

function misses(outcomes: QueryOutcome[], n: number): void {
  log(`\n### Misses (first ${n})\n`);
  for (const o of outcomes.filter((x) => x.rank !== 1).slice(0, n)) {
    log(
      `- [${o.query.split} ${o.query.language} ${o.query.type}] ${JSON.stringify(o.query.text)} → ` +
        `${o.rank ?? 'not in top 10'} (${o.hits} hits, ${o.matchMode}${o.error ? `, ${o.error}` : ''}) ` +
        `${o.query.articleKey}`,
    );
  }
}

async function main(): Promise<void> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('DATABASE_URL is required (source .run/services.env)');
  const repoRoot = resolve(__dirname, '..', '..');
  const corpus = searchCorpus({ sharedDir: sharedDir(repoRoot) });
  const maker = new QueryMaker(corpus);
  const queries: KnownItemQuery[] = corpus.flatMap((a) => maker.queriesFor(a));
  log(
    `${corpus.length} articles, ${queries.length} queries ` +
      `(${queries.filter((q) => q.split === 'heldout').length} held out)`,
  );
  const db = await openEvalDatabase(adminUrl, 'news_search_eval');
  try {
    const ids = await loadCorpus(db.dataSource, corpus);
    const started = Date.now();
    const outcomes = await runQueries(db.dataSource, queries, ids, {
      languageFilter: arg('language-filter') === 'true',
    });
    log(
      `ran in ${((Date.now() - started) / 1000).toFixed(1)} ` +
        `s${arg('language-filter') ? ', with the language filter' : ', no language filter'}`,
    );
    table(
      'Dev',
      outcomes.filter((o) => o.query.split === 'dev'),
    );
    // While tuning, look at dev only: held-out figures are for the report.
    if (arg('dev-only') !== 'true') {
      table(
        'Held-out',
        outcomes.filter((o) => o.query.split === 'heldout'),
      );
      targets(
        outcomes.filter((o) => o.query.split === 'heldout'),
        arg('language-filter') === 'true',
      );
    }
    const n = Number(arg('misses') ?? 0);
    const only = arg('only')?.split(',');
    const shown = outcomes.filter(
      (o) => o.query.split === 'dev' && (!only || only.includes(o.query.language) || only.includes(o.query.type)),
    );
    if (n) misses(shown, n);
  } finally {
    if (arg('keep') !== 'true') await db.close();
    else await db.dataSource.destroy();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`eval:search failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
