import { ArticleSearch, buildSearchStatement } from './article-search';
import { ANALYSE_SQL, AnalysedQuery, AnalysedRow, analyseParams, assembleQuery, MatchMode } from './query-analysis';
import { buildPageWithFacets } from './page-with-facets';
import { canMatchAny, parseQuery } from './query-syntax';
import { searchConfigFor } from './search-config';
import { buildFacetStatement, FacetCounts, FacetRequest, FacetRow, toFacetCounts } from './search-facets';
import { buildSnippet, findMatches, MatchRange, Snippet } from './snippets';

/** Runs one statement and returns its rows (DataSource.query, a pg client…). */
export type RunRows = (sql: string, params: unknown[]) => Promise<unknown[]>;

export interface SearchHitRow {
  id: string;
  source_id: string;
  title: string;
  language: string | null;
  url: string | null;
  version: number;
  published_at: Date | null;
  received_at: Date;
  excerpt: string;
  rank: number | null;
  sort_key: string;
  body?: string;
  config?: string;
  /** With snippets: the best passage of the body and the matches in the title. */
  snippet?: Snippet;
  title_matches?: MatchRange[];
}

export interface SearchOptions {
  snippets?: boolean;
  facets?: FacetRequest;
}

export interface SearchResult {
  rows: SearchHitRow[];
  /** How q was matched: every term (`all`), or any term because no article had them all (`any`); null without q. */
  matchMode: MatchMode | null;
  /** Matching any term, common words counted too, because none of the less common ones matched (kept in the cursor). */
  broad?: boolean;
  facets?: FacetCounts;
}

/**
 * A search as the API runs it: q analysed in the configurations it may meet,
 * the page, and when every term was required and nothing matched (on a first
 * page), the same search again with any term; then snippets and facets.
 */
/** How the first page matched, for the next pages (from the cursor). */
export interface MatchState {
  matchMode?: MatchMode;
  broad?: boolean;
}

export async function runSearch(
  run: RunRows,
  search: ArticleSearch & MatchState,
  options: SearchOptions = {},
): Promise<SearchResult> {
  const query = search.query ?? (search.q !== undefined ? parseQuery(search.q) : undefined);
  const withBody = options.snippets === true && query !== undefined;
  const s = { ...search, query, withBody };
  if (!s.query) {
    const [rows, facets] = await pageAndFacets(run, s, undefined, options.facets);
    return { rows, matchMode: null, facets };
  }
  const configs = s.languages?.length ? [...new Set(s.languages.map(searchConfigFor))] : undefined;
  const analysed = (await run(ANALYSE_SQL, analyseParams(s.query, configs))) as AnalysedRow[];
  let mode: MatchMode = s.matchMode ?? 'all';
  let broad = s.broad === true;
  let q = assembleQuery(s.query, analysed, mode, broad);
  if (!q) return { rows: [], matchMode: mode, facets: options.facets ? toFacetCounts([], options.facets) : undefined };
  let [rows, facets] = await pageAndFacets(run, s, q, options.facets);
  // On a first page only: later pages match as the first did (the cursor says how).
  const retry = async (next: AnalysedQuery) => {
    q = next;
    [rows, facets] = await pageAndFacets(run, s, q, options.facets);
  };
  if (rows.length === 0 && mode === 'all' && !s.after && canMatchAny(s.query)) {
    mode = 'any';
    await retry(assembleQuery(s.query, analysed, mode)!);
  }
  // Never an empty page where a partial match exists: common words count when nothing rarer matched.
  if (rows.length === 0 && mode === 'any' && q.narrowed && !s.after) {
    broad = true;
    await retry(assembleQuery(s.query, analysed, mode, broad)!);
  }
  if (withBody) addSnippets(rows, q);
  return { rows, matchMode: mode, facets, ...(broad ? { broad } : {}) };
}

async function pageRows(run: RunRows, s: ArticleSearch, q?: AnalysedQuery): Promise<SearchHitRow[]> {
  const { sql, params } = buildSearchStatement(s, q);
  return (await run(sql, params)) as SearchHitRow[];
}

/** The page and, when asked for, its facets: on a first page from the same read of the matches. */
async function pageAndFacets(
  run: RunRows,
  s: ArticleSearch,
  q: AnalysedQuery | undefined,
  request: FacetRequest | undefined,
): Promise<[SearchHitRow[], FacetCounts | undefined]> {
  if (!request) return [await pageRows(run, s, q), undefined];
  if (s.after) return Promise.all([pageRows(run, s, q), facetCounts(run, s, q, request)]);
  const { sql, params } = buildPageWithFacets(s, q, request);
  const rows = (await run(sql, params)) as Array<SearchHitRow & { facets?: FacetRow[] }>;
  const facetRows = rows[0]?.facets ?? [];
  for (const row of rows) delete row.facets;
  return [rows, toFacetCounts(facetRows, request)];
}

async function facetCounts(
  run: RunRows,
  s: ArticleSearch,
  q: AnalysedQuery | undefined,
  request: FacetRequest,
): Promise<FacetCounts> {
  const { sql, params } = buildFacetStatement(s, q, request);
  return toFacetCounts((await run(sql, params)) as FacetRow[], request);
}

/** Highlights each hit with the lexemes of its own configuration and the words as written. */
function addSnippets(rows: SearchHitRow[], q: AnalysedQuery): void {
  const simple = q.highlight[q.configs.length - 1];
  for (const row of rows) {
    const at = row.config ? q.configs.indexOf(row.config) : -1;
    const terms = at >= 0 && at !== q.configs.length - 1 ? [...q.highlight[at], ...simple] : simple;
    row.snippet = buildSnippet(row.body ?? '', terms);
    row.title_matches = findMatches(row.title, terms);
    delete row.body;
    delete row.config;
  }
}

/**
 * The text condition a search with these settings matches by (undefined without q, null when
 * nothing can match): what countSearch counts with, the same as the page's.
 */
export async function analysedQuery(
  run: RunRows,
  search: ArticleSearch & MatchState,
): Promise<AnalysedQuery | null | undefined> {
  const query = search.query ?? (search.q !== undefined ? parseQuery(search.q) : undefined);
  if (!query) return undefined;
  const configs = search.languages?.length ? [...new Set(search.languages.map(searchConfigFor))] : undefined;
  const analysed = (await run(ANALYSE_SQL, analyseParams(query, configs))) as AnalysedRow[];
  return assembleQuery(query, analysed, search.matchMode ?? 'all', search.broad === true) ?? null;
}
