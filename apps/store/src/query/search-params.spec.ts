import { encodeCursor } from './search-cursor';
import { parseSearchParams } from './search-params';

const fields = (raw: Record<string, unknown>) => {
  const r = parseSearchParams(raw);
  return r.ok ? [] : r.errors.map((e) => e.field);
};

describe('parseSearchParams', () => {
  it('defaults to relevance with q and newest first without', () => {
    const withQ = parseSearchParams({ q: 'ukraine' });
    const without = parseSearchParams({});
    expect(withQ.ok && withQ.search.sort).toBe('relevance');
    expect(without.ok && without.search.sort).toBe('-published');
    expect(without.ok && without.search.limit).toBe(20);
  });

  it('accepts repeated filters as lists', () => {
    const r = parseSearchParams({ source: ['a', 'b'], person: 'Angela Merkel', subject: ['medtop:01000000'] });
    expect(r.ok && r.search).toMatchObject({ sources: ['a', 'b'], people: ['Angela Merkel'], subjects: ['medtop:01000000'] });
  });

  it('names every bad parameter', () => {
    expect(fields({ nope: '1', limit: '0', sort: 'x', publishedFrom: 'soon' }).sort()).toEqual(['limit', 'nope', 'publishedFrom', 'sort']);
    expect(fields({ q: ['a', 'b'] })).toEqual(['q']);
    expect(fields({ sort: 'relevance' })).toEqual(['sort']);
  });

  it('accepts a cursor only with the query it was issued for', () => {
    const first = parseSearchParams({ source: 'a' });
    if (!first.ok) throw new Error('expected ok');
    const cursor = encodeCursor({ sort: '-published', key: '2024-01-01 00:00:00+00', id: '00000000-0000-4000-8000-000000000000' }, first.fingerprint);
    const next = parseSearchParams({ source: 'a', cursor });
    expect(next.ok && next.search.after).toEqual({ key: '2024-01-01 00:00:00+00', id: '00000000-0000-4000-8000-000000000000' });
    expect(fields({ source: 'b', cursor })).toEqual(['cursor']);
    expect(fields({ source: 'a', sort: 'received', cursor })).toEqual(['cursor']);
    const forged = encodeCursor({ sort: '-published', key: "'; DROP TABLE articles; --", id: '00000000-0000-4000-8000-000000000000' }, first.fingerprint);
    expect(fields({ source: 'a', cursor: forged })).toEqual(['cursor']);
  });
});
