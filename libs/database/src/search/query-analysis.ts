import { ParsedQuery, QueryLeaf } from './query-syntax';
import { SIMPLE_SEARCH_CONFIG } from './search-config';
import { searchText, searchWords } from './search-text';

/**
 * A parsed query analysed by PostgreSQL in every text-search configuration it
 * may meet (docs/store.md, "Search"). PostgreSQL stems each leaf in each
 * configuration (one statement, ANALYSE_SQL); the boolean structure around
 * the leaves is put together here, as tsquery text, and goes back to
 * PostgreSQL as parameters of the search statement, so the planner sees the
 * real query and its selectivity.
 */

/** `all`: every term must match (the default); `any`: at least one, ranked (the fallback). */
export type MatchMode = 'all' | 'any';

export interface AnalysedQuery {
  mode: MatchMode;
  /** Matching any term, only the less common ones were asked for (see `selective` in assembleQuery). */
  narrowed: boolean;
  /** A term to match is a prefix (`slog*`): relevance ranks a bounded set of candidates (searchSource). */
  prefix: boolean;
  /** The configurations analysed, `simple` last; `match` and each clause's `perConfig` follow this order. */
  configs: string[];
  /** Per configuration: what an article of that configuration must satisfy (its stems or the words as written). */
  match: string[];
  /** The positive part over every configuration: the full-text index condition, a superset of every `match`. */
  index: string;
  /** The positive clauses, each ranked on its own and weighted by its rarity. */
  scoring: Array<{ perConfig: string[]; weight: number }>;
  /**
   * Per configuration, every positive clause at once, ranked for how close together they occur; null for one clause.
   */
  proximity: string[] | null;
  /** Per configuration, the lexemes a hit is highlighted with (`prefix`: a word starting with it). */
  highlight: Array<Array<{ lexeme: string; prefix: boolean }>>;
}

/** One statement analyses every leaf in every configuration, with the rarity of its words. */
export const ANALYSE_SQL = `
  WITH cfg AS MATERIALIZED (
    SELECT DISTINCT c FROM unnest(COALESCE($1::regconfig[], ARRAY(SELECT config FROM search_configs))) AS c
     WHERE c <> 'simple'::regconfig
    UNION ALL SELECT 'simple'::regconfig),
  leaf AS MATERIALIZED (
    SELECT * FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS l(kind, norm, raw, i)),
  st AS MATERIALIZED (
    SELECT most_common_elems::text::text[] AS e, most_common_elem_freqs AS f FROM pg_stats
     WHERE schemaname = current_schema() AND tablename = 'articles' AND attname = 'search_vector' LIMIT 1),
  analysed AS (
    SELECT cfg.c, leaf.i, leaf.kind, leaf.norm, CASE leaf.kind
             WHEN 'prefix' THEN to_tsquery('simple', leaf.norm)
             WHEN 'phrase' THEN CASE WHEN leaf.raw = leaf.norm THEN phraseto_tsquery(cfg.c, leaf.norm)
                                     ELSE phraseto_tsquery(cfg.c, leaf.norm) || phraseto_tsquery(cfg.c, leaf.raw) END
             ELSE CASE WHEN leaf.raw = leaf.norm THEN plainto_tsquery(cfg.c, leaf.norm)
                       ELSE plainto_tsquery(cfg.c, leaf.norm) || plainto_tsquery(cfg.c, leaf.raw) END
           END AS q
      FROM cfg CROSS JOIN leaf)
  SELECT a.c::text AS config, a.i::int AS leaf, a.q::text AS tsquery,
         CASE WHEN a.c = 'simple'::regconfig AND a.kind <> 'prefix' THEN
           (SELECT min(COALESCE(st.f[array_position(st.e, x)], st.f[cardinality(st.e) + 1] / 2))
              FROM st, unnest(tsvector_to_array(to_tsvector('simple', a.norm))) AS x) END AS freq
    FROM analysed a`;

export interface AnalysedRow {
  config: string;
  leaf: number;
  tsquery: string;
  freq: number | null;
}

interface LeafInput {
  kind: QueryLeaf['kind'];
  norm: string;
  raw: string;
}

/** A prefix leaf as tsquery text: its words, the last one a prefix (`o'neil*` → 'o' & 'neil':*). */
function prefixQuery(text: string): string {
  const words = searchWords(text).map((w) => `'${w.replace(/'/g, "''")}'`);
  words[words.length - 1] += ':*';
  return words.join(' & ');
}

/** The leaves of a parsed query, in clause order, as ANALYSE_SQL's parameters. */
export function leafInputs(query: ParsedQuery): LeafInput[] {
  return query.clauses.flatMap((c) =>
    c.leaves.map((l) =>
      l.kind === 'prefix'
        ? { kind: l.kind, norm: prefixQuery(l.text), raw: l.text }
        : { kind: l.kind, norm: searchText(l.text).trim(), raw: l.text.trim() },
    ),
  );
}

export function analyseParams(query: ParsedQuery, configs: string[] | undefined): unknown[] {
  const leaves = leafInputs(query);
  return [configs ?? null, leaves.map((l) => l.kind), leaves.map((l) => l.norm), leaves.map((l) => l.raw)];
}

const paren = (parts: string[], op: string) =>
  parts.length === 1 ? parts[0] : parts.map((p) => `(${p})`).join(` ${op} `);
const unique = (parts: string[]) => [...new Set(parts.filter((p) => p.length > 0))];

/** No rarity known (no statistics yet, or a prefix): every term weighs the same. */
const DEFAULT_FREQ = 0.01;
/** A word in more than this share of the articles is common (see `selective` in assembleQuery). */
export const COMMON_FREQ = 0.05;
/** Inverse document frequency from the share of articles that hold the word. */
export const idfOf = (freq: number | null) => Math.log(1 + 1 / Math.max(freq ?? DEFAULT_FREQ, 1e-6));

/** The analysed rows by configuration and leaf, and the tsquery text of a leaf or a clause made of them. */
function lookup(rows: AnalysedRow[]) {
  const configs = [...new Set(rows.map((r) => r.config))].sort((a, b) =>
    a === SIMPLE_SEARCH_CONFIG ? 1 : b === SIMPLE_SEARCH_CONFIG ? -1 : a.localeCompare(b),
  );
  const at = new Map(rows.map((r) => [`${r.config}\u0000${r.leaf}`, r]));
  const get = (config: string, leaf: number) => at.get(`${config}\u0000${leaf}`)?.tsquery ?? '';
  const simple = (leaf: number) => at.get(`${SIMPLE_SEARCH_CONFIG}\u0000${leaf}`);
  // A leaf in a configuration: its stems there, or the words as written.
  const leafIn = (config: string, leaf: number) =>
    paren(unique([get(config, leaf), get(SIMPLE_SEARCH_CONFIG, leaf)]), '|');
  return {
    configs,
    simple,
    leafIn,
    clauseIn: (config: string, leaves: number[]) => paren(unique(leaves.map((i) => leafIn(config, i))), '|'),
    // The index is asked for a leaf in every configuration at once.
    clauseAnywhere: (leaves: number[]) =>
      paren(unique(leaves.map((i) => paren(unique(configs.map((cfg) => get(cfg, i))), '|'))), '|'),
    freqOf: (leaves: number[]) => Math.max(...leaves.map((i) => simple(i)?.freq ?? DEFAULT_FREQ)),
  };
}

/**
 * Puts the analysed leaves back into the query's structure, per configuration.
 * Returns null when no leaf yields a word in any configuration (nothing can match).
 * `broad`: matching any term, the common ones count too (when the less common ones matched nothing).
 */
export function assembleQuery(
  query: ParsedQuery,
  rows: AnalysedRow[],
  mode: MatchMode,
  broad = false,
): AnalysedQuery | null {
  const { configs, simple, leafIn, clauseIn, clauseAnywhere, freqOf } = lookup(rows);
  let n = 0;
  const clauses = query.clauses
    .map((c) => ({ clause: c, leaves: c.leaves.map(() => ++n) }))
    .map(({ clause, leaves }) => ({ clause, leaves: leaves.filter((i) => (simple(i)?.tsquery ?? '') !== '') }))
    .filter((c) => c.leaves.length > 0);
  const positive = clauses.filter((c) => c.clause.role !== 'not');
  if (positive.length === 0) return null;

  // Matching any term, an article must hold one of the less common ones when the query has some: one
  // that only holds a word most articles hold is no answer, and ranking all of those is what costs.
  const optional = positive.filter((c) => c.clause.role === 'should');
  const selective = optional.filter((c) => freqOf(c.leaves) <= COMMON_FREQ);
  const anyOf = selective.length && !broad ? selective : optional;
  const combine = (part: (leaves: number[]) => string, withNot: boolean) => {
    const parts = positive.filter((c) => mode === 'all' || c.clause.role === 'must').map((c) => part(c.leaves));
    // With a required term, optional ones only rank (as in Lucene); without, one of them must match.
    if (mode === 'any' && parts.length === 0 && anyOf.length)
      parts.push(
        paren(
          anyOf.map((c) => part(c.leaves)),
          '|',
        ),
      );
    if (withNot) parts.push(...clauses.filter((c) => c.clause.role === 'not').map((c) => `!(${part(c.leaves)})`));
    return paren(parts, '&');
  };
  return {
    mode,
    narrowed: anyOf.length < optional.length,
    prefix: positive.some((c) => c.clause.leaves.some((l) => l.kind === 'prefix')),
    configs,
    match: configs.map((cfg) => combine((leaves) => clauseIn(cfg, leaves), true)),
    index: combine(clauseAnywhere, false),
    scoring: positive.map((c) => ({
      perConfig: configs.map((cfg) => clauseIn(cfg, c.leaves)),
      weight: idfOf(freqOf(c.leaves)),
    })),
    proximity:
      positive.length < 2
        ? null
        : configs.map((cfg) =>
            paren(
              positive.map((c) => clauseIn(cfg, c.leaves)),
              '&',
            ),
          ),
    highlight: configs.map((cfg) => lexemesOf(positive.flatMap((c) => c.leaves.map((i) => leafIn(cfg, i))))),
  };
}

/** The lexemes of tsquery texts ('slogan':* → {slogan, prefix}). */
export function lexemesOf(tsqueries: string[]): Array<{ lexeme: string; prefix: boolean }> {
  const out = new Map<string, { lexeme: string; prefix: boolean }>();
  for (const q of tsqueries) {
    for (const m of q.matchAll(/'((?:[^']|'')*)'(:\*)?/g)) {
      const lexeme = m[1].replace(/''/g, "'");
      const key = `${lexeme}\u0000${m[2] ? 1 : 0}`;
      if (!out.has(key)) out.set(key, { lexeme, prefix: m[2] !== undefined });
    }
  }
  return [...out.values()];
}
