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
    expect(r.ok && r.search).toMatchObject({
      sources: ['a', 'b'],
      people: ['Angela Merkel'],
      subjects: ['medtop:01000000'],
    });
  });

  it('names every bad parameter', () => {
    expect(fields({ nope: '1', limit: '0', sort: 'x', publishedFrom: 'soon' }).sort()).toEqual([
      'limit',
      'nope',
      'publishedFrom',
      'sort',
    ]);
    expect(fields({ q: ['a', 'b'] })).toEqual(['q']);
    expect(fields({ sort: 'relevance' })).toEqual(['sort']);
  });

  it('accepts a cursor only with the query it was issued for', () => {
    const first = parseSearchParams({ source: 'a' });
    if (!first.ok) throw new Error('expected ok');
    const cursor = encodeCursor(
      { sort: '-published', key: '2024-01-01 00:00:00+00', id: '00000000-0000-4000-8000-000000000000' },
      first.fingerprint,
    );
    const next = parseSearchParams({ source: 'a', cursor });
    expect(next.ok && next.search.after).toEqual({
      key: '2024-01-01 00:00:00+00',
      id: '00000000-0000-4000-8000-000000000000',
    });
    expect(fields({ source: 'b', cursor })).toEqual(['cursor']);
    expect(fields({ source: 'a', sort: 'received', cursor })).toEqual(['cursor']);
    const forged = encodeCursor(
      { sort: '-published', key: "'; DROP TABLE articles; --", id: '00000000-0000-4000-8000-000000000000' },
      first.fingerprint,
    );
    expect(fields({ source: 'a', cursor: forged })).toEqual(['cursor']);
  });
});

describe('range errors are 400s naming the parameter, never SQL errors', () => {
  const cursorWith = (sort: 'relevance' | '-published', key: string, q?: string) => {
    const first = parseSearchParams(q ? { q } : {});
    if (!first.ok) throw new Error('expected ok');
    return encodeCursor({ sort, key, id: '00000000-0000-4000-8000-000000000000' }, first.fingerprint);
  };

  it.each(['0000-01-01', '0999-12-31T23:59:59Z', '2024-02-30', '2024-13-01', '2024-01-01T00:00+99:00'])(
    'refuses publishedFrom=%s',
    (v) => {
      expect(fields({ publishedFrom: v })).toEqual(['publishedFrom']);
      expect(fields({ receivedTo: v })).toEqual(['receivedTo']);
    },
  );

  it('accepts the edges of the stored range', () => {
    expect(fields({ publishedFrom: '1000-01-01', publishedTo: '9999-12-31T23:59:59Z' })).toEqual([]);
    expect(fields({ publishedFrom: '2024-02-29T10:00:00+02:00', publishedTo: '2025-02-28' })).toEqual([]);
    expect(fields({ publishedFrom: '2025-02-29' })).toEqual(['publishedFrom']);
    expect(fields({ receivedFrom: '2000-02-29', receivedTo: '2023-04-30' })).toEqual([]);
  });

  it.each([
    '2026-13-45 25:61:61+00',
    '0000-01-01 00:00:00+00',
    '2024-01-01 00:00:00+99',
    '2024-02-30 00:00:00+00',
    '2024-01-01 24:00:00+00',
    '10000-01-01 00:00:00+00',
  ])('refuses a cursor whose time key is %s', (key) =>
    expect(fields({ cursor: cursorWith('-published', key) })).toEqual(['cursor']),
  );

  it.each(['1e39', '1e999', '-1e-50', '9'.repeat(60), '-3.5e38'])('refuses a cursor whose rank is %s', (key) => {
    expect(fields({ q: 'x', cursor: cursorWith('relevance', key, 'x') })).toEqual(['cursor']);
  });

  it('keeps cursors PostgreSQL really prints', () => {
    for (const key of [
      '2024-01-01 00:00:00+00',
      '2024-06-30 23:59:59.123456+05:30',
      '1000-01-01 00:00:00+00',
      '2023-02-28 12:00:00+00',
      '1900-12-31 23:59:59-08',
    ]) {
      expect(fields({ cursor: cursorWith('-published', key) })).toEqual([]);
    }
    for (const key of ['0', '0.0607927', '1e-05', '3.4028235e+38', '-0.5'])
      expect(fields({ q: 'x', cursor: cursorWith('relevance', key, 'x') })).toEqual([]);
  });
});

describe('query syntax, fields, facets and recency', () => {
  const messages = (raw: Record<string, unknown>) => {
    const r = parseSearchParams(raw);
    return r.ok ? [] : r.errors.flatMap((e) => e.messages.map((m) => `${e.field} ${m}`));
  };

  it('parses q, and names the problem of malformed syntax', () => {
    const r = parseSearchParams({ q: '"general election" slog* -sport' });
    expect(r.ok && r.search.query?.clauses.map((c) => c.role)).toEqual(['should', 'should', 'not']);
    expect(messages({ q: '"general election' })).toEqual(['q has an unclosed quotation mark (character 1)']);
    expect(messages({ q: 'tax OR' })).toEqual(['q has OR without a term on each side (character 5)']);
  });

  it('canonicalises language tags (no is nb)', () => {
    const r = parseSearchParams({ language: ['no', 'en-gb'] });
    expect(r.ok && r.search.languages).toEqual(['nb', 'en-GB']);
  });

  it('reads fields= and keeps the highlights for searches with q', () => {
    const r = parseSearchParams({ q: 'x', fields: 'title, snippet' });
    expect(r.ok && [...r.fields]).toEqual(['id', 'title', 'snippet']);
    const plain = parseSearchParams({});
    expect(plain.ok && plain.fields.has('snippet')).toBe(false);
    expect(fields({ fields: 'title,body' })).toEqual(['fields']);
    expect(fields({ fields: 'snippet' })).toEqual(['fields']);
  });

  it('reads facets with their size and interval', () => {
    const r = parseSearchParams({ facets: 'source,published', facetSize: '5', facetInterval: 'week' });
    expect(r.ok && r.facets).toEqual({ facets: ['source', 'published'], size: 5, interval: 'week' });
    expect(fields({ facets: 'source,colour' })).toEqual(['facets']);
    expect(fields({ facetSize: '5' })).toEqual(['facetSize']);
    expect(fields({ facets: 'source', facetInterval: 'hour' })).toEqual(['facetInterval']);
  });

  it('takes a recency half-life with relevance order only, and pins its instant', () => {
    const r = parseSearchParams({ q: 'x', recencyHalfLife: '7' });
    expect(r.ok && r.search.recencyHalfLifeDays).toBe(7);
    expect(r.ok && r.search.asOf).toBeInstanceOf(Date);
    expect(fields({ q: 'x', sort: '-published', recencyHalfLife: '7' })).toEqual(['recencyHalfLife']);
    expect(fields({ q: 'x', recencyHalfLife: '0' })).toEqual(['recencyHalfLife']);
  });

  it('carries the any-term fallback and the recency instant in the cursor', () => {
    const first = parseSearchParams({ q: 'tax budget', recencyHalfLife: '7' });
    if (!first.ok) throw new Error('expected ok');
    const asOf = new Date('2025-05-01T00:00:00Z');
    const cursor = encodeCursor(
      {
        sort: 'relevance',
        key: '0.5',
        id: '00000000-0000-4000-8000-000000000000',
        matchMode: 'any',
        broad: true,
        asOf,
      },
      first.fingerprint,
    );
    const next = parseSearchParams({ q: 'tax budget', recencyHalfLife: '7', cursor });
    expect(next.ok && next.search.matchMode).toBe('any');
    expect(next.ok && next.search.broad).toBe(true);
    expect(next.ok && next.search.asOf).toEqual(asOf);
    const narrow = encodeCursor(
      { sort: 'relevance', key: '0.5', id: '00000000-0000-4000-8000-000000000000', matchMode: 'any' },
      first.fingerprint,
    );
    const again = parseSearchParams({ q: 'tax budget', recencyHalfLife: '7', cursor: narrow });
    expect(again.ok && again.search.broad).toBeUndefined();
  });
});
