import { ArticleSearch } from './article-search';
import { buildPageWithFacets } from './page-with-facets';
import { buildFacetStatement, FACET_SAMPLE, FacetRequest, toFacetCounts } from './search-facets';

const request: FacetRequest = { facets: ['source', 'person'], size: 5, interval: 'month', sample: 3 };
const search: ArticleSearch = { sources: ['a', 'b'], sort: '-published', limit: 21 };

describe('buildFacetStatement', () => {
  it('reads at most the sample and one match more, in the search order', () => {
    const { sql, params } = buildFacetStatement(search, undefined, request);
    expect(sql).toMatch(/ORDER BY a\.effective_published_at DESC, a\.id DESC\s+LIMIT \$\d+\)/);
    expect(params).toEqual(expect.arrayContaining([4, 3]));
  });

  it('samples FACET_SAMPLE matches unless told otherwise', () => {
    const { params } = buildFacetStatement(search, undefined, { ...request, sample: undefined });
    expect(params).toEqual(expect.arrayContaining([FACET_SAMPLE + 1, FACET_SAMPLE]));
  });
});

describe('toFacetCounts', () => {
  it('says the counts are exact when the matches fit in the sample', () => {
    const counts = toFacetCounts(
      [
        { facet: 'total', value: null, count: '3' },
        { facet: 'source', value: 'a', count: '3' },
      ],
      request,
    );
    expect(counts).toEqual({
      total: 3,
      sampled: false,
      sampleSize: 3,
      counts: { source: [{ value: 'a', count: 3 }], person: [] },
    });
  });

  it('says the counts are of a sample when one match more was found', () => {
    const counts = toFacetCounts([{ facet: 'total', value: null, count: '4' }], request);
    expect(counts).toMatchObject({ total: 3, sampled: true, sampleSize: 3 });
  });
});

describe('buildPageWithFacets', () => {
  it('reads the matches once: the page and the sample are both their first rows in the search order', () => {
    const { sql, params } = buildPageWithFacets({ ...search, limit: 21 }, undefined, request);
    expect(sql.match(/FROM articles a\b/g)).toHaveLength(1);
    expect(sql).toMatch(/m AS MATERIALIZED \(SELECT \* FROM all_m ORDER BY sort_value DESC, id DESC LIMIT \$\d+\)/);
    expect(sql).toMatch(/FROM \(SELECT \* FROM all_m ORDER BY sort_value DESC, id DESC LIMIT \$\d+\) p/);
    expect(params).toEqual(expect.arrayContaining([21, 3]));
  });
});
