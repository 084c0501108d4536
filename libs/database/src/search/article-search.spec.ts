import { buildSearchStatement, PREFIX_CANDIDATES } from './article-search';
import { AnalysedQuery } from './query-analysis';

const analysed: AnalysedQuery = {
  mode: 'all',
  narrowed: false,
  prefix: false,
  configs: ['english', 'french', 'simple'],
  match: ["'slogan'", "'slogan'", "'slogans'"],
  index: "'slogan' | 'slogans'",
  scoring: [{ perConfig: ["'slogan'", "'slogan'", "'slogans'"], weight: 2 }],
  proximity: null,
  highlight: [[], [], []],
};

describe('buildSearchStatement', () => {
  it('passes every value as a parameter, never in the SQL text', () => {
    const evil = "x'); DROP TABLE articles; --";
    const { sql, params } = buildSearchStatement(
      {
        q: evil,
        sources: [evil],
        languages: ['en'],
        people: [evil],
        sort: 'relevance',
        limit: 20,
        after: { key: '0.5', id: '00000000-0000-4000-8000-000000000000' },
      },
      { ...analysed, match: [evil, evil, evil], index: evil },
    );
    expect(sql).not.toContain('DROP');
    expect(params).toContain(evil);
  });

  it('asks the index for every configuration at once and holds each row to its own', () => {
    const { sql, params } = buildSearchStatement({ q: 'slogans', sort: 'relevance', limit: 5 }, analysed);
    expect(sql).toMatch(/a\.search_vector @@ \$1::tsquery/);
    expect(params[0]).toBe("'slogan' | 'slogans'");
    expect(sql).toMatch(
      new RegExp(
        String.raw`a\.search_vector @@ \(\$2::tsquery\[\]\)\[COALESCE\(` +
          String.raw`array_position\(\$3::regconfig\[\], a\.search_config\), 3\)\]`,
      ),
    );
    expect(params[2]).toEqual(['english', 'french', 'simple']);
    expect(sql).toMatch(/ORDER BY \(.*ts_rank.*\)::real DESC, a\.id DESC/s);
  });

  it('ranks only the newest matches of a prefix by relevance, and every match in other orders', () => {
    const prefix = { ...analysed, prefix: true };
    const ranked = buildSearchStatement({ q: 'slog*', sort: 'relevance', limit: 5 }, prefix);
    expect(ranked.sql).toMatch(/ORDER BY a\.effective_published_at DESC, a\.id DESC\s+LIMIT \$\d+\) c/);
    expect(ranked.params).toContain(PREFIX_CANDIDATES);
    const fewer = buildSearchStatement({ q: 'slog*', sort: 'relevance', limit: 5, prefixCandidates: 7 }, prefix);
    expect(fewer.params).toContain(7);
    const newest = buildSearchStatement({ q: 'slog*', sort: '-published', limit: 5 }, prefix);
    expect(newest.sql).toMatch(/FROM articles a\s+WHERE/);
    expect(buildSearchStatement({ q: 'slogans', sort: 'relevance', limit: 5 }, analysed).sql).not.toMatch(/\) a\s/);
  });

  it('matches a language filter on the primary subtag, old `no` rows with `nb`', () => {
    const { sql, params } = buildSearchStatement({ languages: ['nb'], sort: '-published', limit: 5 });
    expect(sql).toContain('lower(a.language) = ANY($1::text[]) OR lower(a.language) LIKE ANY($2::text[])');
    expect(params.slice(0, 2)).toEqual([
      ['nb', 'no'],
      ['nb-%', 'no-%'],
    ]);
  });

  it('boosts recent articles from a fixed instant when asked', () => {
    const asOf = new Date('2025-01-01T00:00:00Z');
    const { sql, params } = buildSearchStatement(
      { q: 'x', sort: 'relevance', limit: 5, recencyHalfLifeDays: 7, asOf },
      analysed,
    );
    expect(sql).toContain('* (1 + power(2, -GREATEST(0, extract(epoch FROM (');
    expect(params).toContain('2025-01-01T00:00:00.000Z');
    expect(params).toContain(7);
  });

  it('pages forward with a keyset condition in the direction of the sort', () => {
    const after = { key: '2024-01-01 00:00:00+00', id: '00000000-0000-4000-8000-000000000000' };
    const desc = buildSearchStatement({ sort: '-published', limit: 5, after }).sql;
    expect(desc).toMatch(/\(a\.effective_published_at, a\.id\) < \(\$1::timestamptz, \$2::uuid\)/);
    expect(desc).toMatch(/ORDER BY a\.effective_published_at DESC, a\.id DESC/);
    const asc = buildSearchStatement({ sort: 'received', limit: 5, after }).sql;
    expect(asc).toMatch(/\(a\.received_at, a\.id\) > /);
    expect(asc).not.toMatch(/OFFSET/i);
  });

  it('folds tag filters into one array containment', () => {
    const { sql, params } = buildSearchStatement({
      subjects: ['medtop:11000000'],
      people: ['Vladimir Putin'],
      sort: '-received',
      limit: 5,
    });
    expect(sql).toContain('a.filter_tags @> $1::text[]');
    expect(params[0]).toEqual(['subject:medtop:11000000', 'person:vladimir putin']);
  });
});
