import { buildSearchStatement } from './article-search';

describe('buildSearchStatement', () => {
  it('passes every value as a parameter, never in the SQL text', () => {
    const evil = "x'); DROP TABLE articles; --";
    const { sql, params } = buildSearchStatement({
      q: evil,
      sources: [evil],
      languages: ['en'],
      people: [evil],
      sort: 'relevance',
      limit: 20,
      after: { key: '0.5', id: '00000000-0000-4000-8000-000000000000' },
    });
    expect(sql).not.toContain('DROP');
    expect(params).toContain(evil);
    expect(params).toContain('english');
  });

  it('uses the simple configuration unless exactly one language is asked for', () => {
    expect(buildSearchStatement({ q: 'x', sort: 'relevance', limit: 1 }).params[0]).toBe('simple');
    expect(buildSearchStatement({ q: 'x', languages: ['en', 'fr'], sort: 'relevance', limit: 1 }).params[0]).toBe('simple');
    expect(buildSearchStatement({ q: 'x', languages: ['fr-CA'], sort: 'relevance', limit: 1 }).params[0]).toBe('french');
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
    const { sql, params } = buildSearchStatement({ subjects: ['medtop:11000000'], people: ['Vladimir Putin'], sort: '-received', limit: 5 });
    expect(sql).toContain('a.filter_tags @> $1::text[]');
    expect(params[0]).toEqual(['subject:medtop:11000000', 'person:vladimir putin']);
  });
});
