import { ArticleSearch, filterConditions, SearchStatement, textConditions } from './article-search';
import { AnalysedQuery } from './query-analysis';

/**
 * Facet counts over a search's whole result set (every page, not the cursor's
 * rest): the sources, languages (primary subtag, current code), subjects,
 * people, organisations and places most often found among the matches, and
 * the matches per period of publication. One statement: the matches are read
 * once and each facet counted from them.
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
}

export interface FacetRow {
  facet: Facet | 'total';
  value: string | null;
  count: string;
}

const TAG_FACETS: Facet[] = ['subject', 'person', 'organisation', 'place'];

/** Current primary subtag of the stored language (old rows may say `no` for Norwegian Bokmål). */
const PRIMARY_LANGUAGE = `CASE split_part(lower(m.language), '-', 1) WHEN 'no' THEN 'nb' WHEN 'iw' THEN 'he' WHEN 'in' THEN 'id'
  WHEN 'ji' THEN 'yi' ELSE split_part(lower(m.language), '-', 1) END`;

export function buildFacetStatement(
  s: ArticleSearch,
  analysed: AnalysedQuery | undefined,
  request: FacetRequest,
): SearchStatement {
  const params: unknown[] = [];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where = [...(analysed ? textConditions(analysed, p) : []), ...filterConditions(s, p)];
  const size = p(request.size);
  const top = (facet: Facet, value: string, from = 'm') =>
    `(SELECT '${facet}' AS facet, ${value} AS value, count(*) AS count FROM ${from} GROUP BY 2 ORDER BY 3 ` +
    `DESC, 2 LIMIT ${size})`;
  const parts = [`(SELECT 'total' AS facet, NULL AS value, count(*) AS count FROM m)`];
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
  const sql = `
    WITH m AS MATERIALIZED (
      SELECT a.source_id, a.language, a.filter_tags, a.effective_published_at
        FROM articles a
       WHERE ${where.join('\n         AND ')})
    ${parts.join('\n    UNION ALL ')}`;
  return { sql, params };
}

export interface FacetCounts {
  total: number;
  counts: Partial<Record<Exclude<Facet, 'published'>, Array<{ value: string; count: number }>>>;
  /** Periods by their first day (UTC), oldest first. */
  published?: Array<{ from: string; count: number }>;
}

export function toFacetCounts(rows: FacetRow[], request: FacetRequest): FacetCounts {
  const out: FacetCounts = { total: 0, counts: {} };
  for (const f of request.facets) {
    if (f === 'published') out.published = [];
    else out.counts[f] = [];
  }
  for (const r of rows) {
    const count = Number(r.count);
    if (r.facet === 'total') out.total = count;
    else if (r.facet === 'published') out.published!.push({ from: r.value!, count });
    else out.counts[r.facet]?.push({ value: r.value ?? '', count });
  }
  return out;
}
