import { AnalysedRow, analyseParams, assembleQuery, idfOf, lexemesOf } from './query-analysis';
import { parseQuery } from './query-syntax';

/** What ANALYSE_SQL answers for `slogans -sport` in english and simple. */
const rows = (leaves: Array<{ english: string; simple: string; freq?: number }>): AnalysedRow[] =>
  leaves.flatMap((l, i) => [
    { config: 'english', leaf: i + 1, tsquery: l.english, freq: null },
    { config: 'simple', leaf: i + 1, tsquery: l.simple, freq: l.freq ?? null },
  ]);

describe('analyseParams', () => {
  it('passes each leaf normalised and as typed, and prefixes as tsquery text', () => {
    const params = analyseParams(parseQuery('43km/h "Speakerboxxx/The" o\'neil*'), ['english']);
    expect(params[0]).toEqual(['english']);
    expect(params[1]).toEqual(['word', 'phrase', 'prefix']);
    expect(params[2]).toEqual(['43 km h', 'Speakerboxxx The', "'o' & 'neil':*"]);
    expect(params[3]).toEqual(['43km/h', 'Speakerboxxx/The', "o'neil"]);
  });

  it('lets the statement read the configurations in use when no language is given', () => {
    expect(analyseParams(parseQuery('x'), undefined)[0]).toBeNull();
  });
});

describe('assembleQuery', () => {
  const q = parseQuery('slogans -sport');
  const analysed = rows([
    { english: "'slogan'", simple: "'slogans'", freq: 0.001 },
    { english: "'sport'", simple: "'sport'", freq: 0.2 },
  ]);

  it('holds each configuration to its stems or the words as written, and excludes', () => {
    const a = assembleQuery(q, analysed, 'all')!;
    expect(a.configs).toEqual(['english', 'simple']);
    expect(a.match).toEqual(["(('slogan') | ('slogans')) & (!('sport'))", "('slogans') & (!('sport'))"]);
    expect(a.index).toBe("('slogan') | ('slogans')");
    expect(a.scoring).toEqual([{ perConfig: ["('slogan') | ('slogans')", "'slogans'"], weight: idfOf(0.001) }]);
    expect(a.highlight).toEqual([
      [
        { lexeme: 'slogan', prefix: false },
        { lexeme: 'slogans', prefix: false },
      ],
      [{ lexeme: 'slogans', prefix: false }],
    ]);
    expect(a.proximity).toBeNull();
  });

  it('marks a query whose terms to match include a prefix, not one that only excludes it', () => {
    const r = rows([
      { english: "'tax'", simple: "'tax'" },
      { english: "'slog':*", simple: "'slog':*" },
    ]);
    expect(assembleQuery(parseQuery('tax slog*'), r, 'all')!.prefix).toBe(true);
    expect(assembleQuery(parseQuery('tax -slog*'), r, 'all')!.prefix).toBe(false);
    expect(assembleQuery(q, analysed, 'all')!.prefix).toBe(false);
  });

  it('requires every optional clause in all mode; in any mode one of them, or only the + clauses if any', () => {
    const two = parseQuery('tax +budget deficit');
    const r = rows([
      { english: "'tax'", simple: "'tax'" },
      { english: "'budget'", simple: "'budget'" },
      { english: "'deficit'", simple: "'deficit'" },
    ]);
    expect(assembleQuery(two, r, 'all')!.match[1]).toBe("('tax') & ('budget') & ('deficit')");
    expect(assembleQuery(two, r, 'any')!.match[1]).toBe("'budget'");
    expect(
      assembleQuery(
        parseQuery('tax deficit'),
        [r[0], r[1], r[4], r[5]].map((x, i) => ({ ...x, leaf: i < 2 ? 1 : 2 })),
        'any',
      )!.match[1],
    ).toBe("('tax') | ('deficit')");
    expect(assembleQuery(two, r, 'all')!.proximity).toHaveLength(2);
  });

  it('matching any term, requires one of the less common ones when there is one', () => {
    const r = rows([
      { english: "'the'", simple: "'the'", freq: 0.9 },
      { english: "'slogan'", simple: "'slogans'", freq: 0.001 },
    ]);
    const any = assembleQuery(parseQuery('the slogans'), r, 'any')!;
    expect(any.index).toBe("('slogan') | ('slogans')");
    expect(any.scoring.map((c) => c.perConfig[1])).toEqual(["'the'", "'slogans'"]);
    expect(any.narrowed).toBe(true);
    const broad = assembleQuery(parseQuery('the slogans'), r, 'any', true)!;
    expect([broad.index, broad.narrowed]).toEqual(["('the') | (('slogan') | ('slogans'))", false]);
    const common = rows([
      { english: "'the'", simple: "'the'", freq: 0.9 },
      { english: "'said'", simple: "'said'", freq: 0.5 },
    ]);
    expect(assembleQuery(parseQuery('the said'), common, 'any')!.index).toBe("('the') | ('said')");
    expect(assembleQuery(parseQuery('the said'), common, 'any')!.narrowed).toBe(false);
  });

  it('weighs rare terms above common ones', () => {
    expect(idfOf(0.0001)).toBeGreaterThan(idfOf(0.01));
    expect(idfOf(0.01)).toBeGreaterThan(idfOf(0.5));
  });

  it('drops a leaf with no word in it, and gives up when no positive leaf is left', () => {
    const empty = rows([
      { english: '', simple: '' },
      { english: "'sport'", simple: "'sport'" },
    ]);
    expect(assembleQuery(q, empty, 'all')).toBeNull();
  });
});

describe('lexemesOf', () => {
  it('reads lexemes and prefixes out of tsquery text', () => {
    expect(lexemesOf(["'slogan' & 'o''neil':* | 'slogan'"])).toEqual([
      { lexeme: 'slogan', prefix: false },
      { lexeme: "o'neil", prefix: true },
    ]);
  });
});
