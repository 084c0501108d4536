/**
 * Search quality against the real PostgreSQL: the known-item corpus of `npm run eval:search`
 * (tools/eval/search), written through the store's write path into a database of its own, and
 * searched as the API searches, with no language filter. Every language finds its articles
 * (MRR@10 ≥ 0.9, Chinese and Japanese included), and inflected forms find their article.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { articleIdFor } from '@news/contracts';
import { ArticleQueryRepository, ArticleRepository } from '@news/database';
import { sharedDir } from '../../tools/eval/extraction/load-pages';
import { CorpusArticle, searchCorpus } from '../../tools/eval/search/corpus';
import { KnownItemQuery, QueryMaker } from '../../tools/eval/search/queries';
import { EvalDatabase, loadCorpus, measure, openEvalDatabase, runQueries } from '../../tools/eval/search/run-eval';
import { runTag } from './support/normalised-events';

jest.setTimeout(600_000);

/** One word in each language with a stemmer, and another form of it (both stem alike in PostgreSQL). */
const INFLECTED: Array<[language: string, written: string, typed: string]> = [
  ['en', 'slogan', 'slogans'],
  ['fr', 'élections', 'élection'],
  ['de', 'Regierungen', 'Regierung'],
  ['es', 'elecciones', 'elección'],
  ['it', 'elezioni', 'elezione'],
  ['nl', 'verkiezingen', 'verkiezing'],
  ['sv', 'regeringen', 'regering'],
  ['da', 'regeringen', 'regering'],
  ['nb', 'regjeringen', 'regjering'],
  ['ru', 'выборы', 'выборов'],
  ['el', 'εκλογές', 'εκλογών'],
  ['hi', 'चुनावों', 'चुनाव'],
];

describe('search quality (known-item queries, real PostgreSQL)', () => {
  const repoRoot = resolve(__dirname, '..', '..');
  const shared = sharedDir(repoRoot);
  let db: EvalDatabase;
  let corpus: CorpusArticle[];
  let queries: KnownItemQuery[];
  let ids: Map<string, string>;

  beforeAll(async () => {
    if (!existsSync(join(shared, 'datasets', 'multilingual-dev'))) {
      throw new Error(`the shared datasets are not at ${shared}: set NEWS_SHARED_DIR`);
    }
    corpus = searchCorpus({ sharedDir: shared });
    const maker = new QueryMaker(corpus);
    // Held-out articles' queries and every title query (the inflected ones): about 1,700 searches.
    queries = corpus.flatMap((a) => maker.queriesFor(a)).filter((q) => q.split === 'heldout' || q.type === 'title');
    db = await openEvalDatabase(process.env.DATABASE_URL!, `news_search_quality_${runTag()}`);
    ids = await loadCorpus(db.dataSource, corpus);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('finds the articles of every language: MRR@10 at least 0.9, Chinese and Japanese included', async () => {
    const outcomes = await runQueries(
      db.dataSource,
      queries.filter((q) => q.type !== 'title'),
      ids,
    );
    const languages = [...new Set(corpus.filter((a) => a.group === 'leipzig').map((a) => a.reportLanguage))];
    expect(languages).toHaveLength(24);
    const byLanguage = Object.fromEntries(
      languages.map((l) => [l, Number(measure(outcomes.filter((o) => o.query.language === l)).mrr.toFixed(3))]),
    );
    expect(Object.entries(byLanguage).filter(([, mrr]) => mrr < 0.9)).toEqual([]);
    expect(outcomes.filter((o) => o.error)).toEqual([]);
    expect(measure(outcomes).zeroResults).toBeLessThanOrEqual(0.01);
  });

  it('finds English headlines from a few words, one in another form, without a language filter', async () => {
    const outcomes = await runQueries(
      db.dataSource,
      queries.filter((q) => q.type === 'title'),
      ids,
    );
    expect(outcomes.length).toBeGreaterThan(250);
    const m = measure(outcomes);
    expect(m.mrr).toBeGreaterThanOrEqual(0.95);
    expect(m.recallAt10).toBeGreaterThanOrEqual(0.98);
  });

  it('matches another form of a word in the article’s own language, with no language given', async () => {
    const tag = runTag();
    const writer = new ArticleRepository(db.dataSource);
    const reader = new ArticleQueryRepository(db.dataSource);
    const id = (lang: string) => articleIdFor('inflection', `${lang}-${tag}`);
    await writer.writeBatch(
      INFLECTED.map(([lang, written], n) => ({
        ...baseWrite(id(lang), n),
        language: lang,
        title: `${written} ${tag}`,
        bodyText: `${written} zq${tag}${lang}.`,
        contentHash: `${tag}${lang}`.padEnd(64, '0'),
      })),
    );
    for (const [lang, , typed] of INFLECTED) {
      const { rows, matchMode } = await reader.search({ q: `${typed} zq${tag}${lang}`, sort: 'relevance', limit: 5 });
      expect([lang, rows.map((r) => r.id), matchMode]).toEqual([lang, [id(lang)], 'all']);
    }
  });
});

function baseWrite(id: string, n: number) {
  return {
    id,
    sourceId: 'inflection',
    externalId: id,
    url: null,
    canonicalUrl: null,
    publishedAt: null,
    receivedAt: new Date(Date.UTC(2025, 0, 1, 0, n)),
    version: 1,
    versionCreated: null,
    pubStatus: 'usable',
    stateHash: id.replace(/-/g, '').padEnd(64, '0'),
    wordCount: 2,
    qualityFlags: [],
    tags: {},
    correlationId: `inflection-${id}`,
    lastEventId: id,
    feed: {},
    details: {},
    embargoedUntil: null,
    detectedLanguage: null,
    provenance: 'edited',
  };
}
