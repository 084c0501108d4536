import { ArticleSearch, matchingRows, pageColumns, rankExpression, SearchStatement, sortSpec } from './article-search';
import { AnalysedQuery } from './query-analysis';
import { FACET_SAMPLE, FacetRequest, facetParts } from './search-facets';

/**
 * A first page and its facets in one statement: the matches are read and ordered once, the page is the first
 * `limit` of them and the facets count the first FACET_SAMPLE, so a broad search is not read (and ranked) twice.
 * Each row of the page carries the facet rows as JSON (`facets`); no row, no match.
 */
export function buildPageWithFacets(
  s: ArticleSearch,
  analysed: AnalysedQuery | undefined,
  request: FacetRequest,
): SearchStatement {
  const { params, p, from, where } = matchingRows(s, analysed);
  const rank = analysed ? rankExpression(s, analysed, p) : 'NULL::real';
  const sort = sortSpec(s.sort, rank);
  const order = `sort_value ${sort.direction}, id ${sort.direction}`;
  const sample = request.sample ?? FACET_SAMPLE;
  const sql = `
    WITH all_m AS MATERIALIZED (
      SELECT a.id, ${rank} AS rank, ${sort.key} AS sort_value, (${sort.key})::text AS sort_key,
             a.source_id, a.language, a.filter_tags, a.effective_published_at
        FROM ${from}
       WHERE ${where.join('\n         AND ')}
       ORDER BY ${sort.key} ${sort.direction}, a.id ${sort.direction}
       LIMIT ${p(Math.max(sample + 1, s.limit))}),
    m AS MATERIALIZED (SELECT * FROM all_m ORDER BY ${order} LIMIT ${p(sample)}),
    f AS (SELECT json_agg(x) AS facets FROM (${facetParts(request, p).join('\n      UNION ALL ')}) x)
    SELECT ${pageColumns(s)}, f.facets
      FROM (SELECT * FROM all_m ORDER BY ${order} LIMIT ${p(s.limit)}) p
      JOIN articles b ON b.id = p.id
     CROSS JOIN f
     ORDER BY p.sort_value ${sort.direction}, p.id ${sort.direction}`;
  return { sql, params };
}
