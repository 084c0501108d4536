import { ArticleSearch, matchingRows, rankExpression, SearchStatement, sortSpec } from './article-search';
import { AnalysedQuery } from './query-analysis';

/**
 * Facet counts over a search's result set (every page, not the cursor's rest),
 * or over its first FACET_SAMPLE matches in the search's own order when it has
 * more: the sources, languages (primary subtag, current code), subjects,
 * people, organisations and places most often found among them, and the
 * matches per period of publication. One statement: the matches are read once
 * and each facet counted from them.
 */
export const FACETS = ['source', 'language', 'subject', 'person', 'organisation', 'place', 'published'] as const;
export type Facet = (typeof FACETS)[number];
export const FACET_INTERVALS = ['day', 'week', 'month', 'year'] as const;
export type FacetInterval = (typeof FACET_INTERVALS)[number];

export interface FacetRequest {
  facets: Facet[];
  /** Values per facet, most frequent first (the `published` facet lists every period, oldest first). */
  size: number;
  interval: FacetInterval;
  /** At most this many matches are counted (FACET_SAMPLE when not given). */
  sample?: number;
}

/**
 * Facets count the first this many matches of a broad search, as search engines sample: counting every match
 * of a common word reads and unnests tens of thousands of rows, while the leading values barely move.
 */
export const FACET_SAMPLE = 1_000;

export interface FacetRow {
  facet: Facet | 'total';
  value: string | null;
  count: string;
}

const TAG_FACETS: Facet[] = ['subject', 'person', 'organisation', 'place'];

/** Current primary subtag of the stored language (old rows may say `no` for Norwegian Bokmål). */
const PRIMARY_LANGUAGE = `CASE split_part(lower(m.language), '-', 1) WHEN 'no' THEN 'nb' WHEN 'iw' THEN 'he' WHEN 'in' THEN 'id'
  WHEN 'ji' THEN 'yi' ELSE split_part(lower(m.language), '-', 1) END`;

/**
 * The facets' parts, over `all_m` (the matches read, at most the sample and one more) and `m` (the sample):
 * rows of (facet, value, count), `total` first.
 */
export function facetParts(request: FacetRequest, p: (value: unknown) => string): string[] {
  const size = p(request.size);
  const top = (facet: Facet, value: string) =>
    `(SELECT '${facet}' AS facet, ${value} AS value, count(*) AS count FROM m GROUP BY 2 ORDER BY 3 ` +
    `DESC, 2 LIMIT ${size})`;
  // The row past the sample only tells that there are more matches than were counted.
  const parts = [`(SELECT 'total' AS facet, NULL AS value, count(*) AS count FROM all_m)`];
  for (const facet of request.facets) {
    if (facet === 'source') parts.push(top(facet, 'm.source_id'));
    else if (facet === 'language') parts.push(top(facet, PRIMARY_LANGUAGE));
    else if (facet === 'published') {
      parts.push(`(SELECT 'published' AS facet, to_char(date_trunc(${p(request.interval)}, m.effective_published_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS value,
                          count(*) AS count FROM m GROUP BY 2 ORDER BY 2)`);
    }
  }
  const tagKinds = request.facets.filter((f) => TAG_FACETS.includes(f));
  if (tagKinds.length) {
    // Every tag of every match once, then the most frequent per kind.
    parts.push(`(SELECT kind AS facet, value, n AS count FROM (
        SELECT split_part(t, ':', 1) AS kind, substr(t, strpos(t, ':') + 1) AS value, count(*) AS n,
               row_number() OVER (PARTITION BY split_part(t, ':', 1) ORDER BY count(*) DESC, substr(t, strpos(t, ':') + 1)) AS r
          FROM m, unnest(m.filter_tags) AS t
         WHERE split_part(t, ':', 1) = ANY(${p(tagKinds)}::text[])
         GROUP BY 1, 2) ranked
       WHERE r <= ${size})`);
  }
  return parts;
}

/** The facets alone (pages after the first count over the whole search too, not the cursor's rest). */
export function buildFacetStatement(
  s: ArticleSearch,
  analysed: AnalysedQuery | undefined,
  request: FacetRequest,
): SearchStatement {
  const { params, p, from, where } = matchingRows(s, analysed);
  const sample = request.sample ?? FACET_SAMPLE;
  // The rank's parameters only when it is the order: a parameter the statement does not use has no type.
  const sort = sortSpec(s.sort, analysed && s.sort === 'relevance' ? rankExpression(s, analysed, p) : 'NULL::real');
  const sql = `
    WITH all_m AS MATERIALIZED (
      SELECT a.source_id, a.language, a.filter_tags, a.effective_published_at
        FROM ${from}
       WHERE ${where.join('\n         AND ')}
       ORDER BY ${sort.key} ${sort.direction}, a.id ${sort.direction}
       LIMIT ${p(sample + 1)}),
    m AS MATERIALIZED (SELECT * FROM all_m LIMIT ${p(sample)})
    ${facetParts(request, p).join('\n    UNION ALL ')}`;
  return { sql, params };
}

export interface FacetCounts {
  /** The matches counted: every match, or the first `sampleSize` when `sampled`. */
  total: number;
  /** More matches than `sampleSize`: the counts are of the first `sampleSize` in the search's order. */
  sampled: boolean;
  sampleSize: number;
  counts: Partial<Record<Exclude<Facet, 'published'>, Array<{ value: string; count: number }>>>;
  /** Periods by their first day (UTC), oldest first. */
  published?: Array<{ from: string; count: number }>;
}

export function toFacetCounts(rows: FacetRow[], request: FacetRequest): FacetCounts {
  const sampleSize = request.sample ?? FACET_SAMPLE;
  const out: FacetCounts = { total: 0, sampled: false, sampleSize, counts: {} };
  for (const f of request.facets) {
    if (f === 'published') out.published = [];
    else out.counts[f] = [];
  }
  for (const r of rows) {
    const count = Number(r.count);
    if (r.facet === 'total') [out.total, out.sampled] = [Math.min(count, sampleSize), count > sampleSize];
    else if (r.facet === 'published') out.published!.push({ from: r.value!, count });
    else out.counts[r.facet]?.push({ value: r.value ?? '', count });
  }
  return out;
}
