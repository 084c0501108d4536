import { canMatchAny, MAX_QUERY_TERMS, parseQuery, QuerySyntaxError } from './query-syntax';

const shape = (q: string) =>
  parseQuery(q).clauses.map((c) => `${c.role}:${c.leaves.map((l) => `${l.kind}(${l.text})`).join('|')}`);
const error = (q: string) => {
  try {
    parseQuery(q);
  } catch (e) {
    if (e instanceof QuerySyntaxError) return e.message;
    throw e;
  }
  throw new Error(`no error for ${q}`);
};

describe('parseQuery', () => {
  it('reads words, phrases, prefixes, required and excluded terms', () => {
    expect(shape('slogan "general election" slog* +budget -sport NOT tennis')).toEqual([
      'should:word(slogan)',
      'should:phrase(general election)',
      'should:prefix(slog)',
      'must:word(budget)',
      'not:word(sport)',
      'not:word(tennis)',
    ]);
  });

  it('groups OR alternatives, binding tighter than the space', () => {
    expect(shape('tax budget OR deficit OR "public debt"')).toEqual([
      'should:word(tax)',
      'should:word(budget)|word(deficit)|phrase(public debt)',
    ]);
  });

  it('takes typographic quotation marks, ignores AND and lone punctuation', () => {
    expect(shape('“state visit” AND Putin – Xi')).toEqual([
      'should:phrase(state visit)',
      'should:word(Putin)',
      'should:word(Xi)',
    ]);
    expect(shape('« bonjour »')).toEqual(['should:phrase(bonjour)']);
  });

  it('reads a quotation mark inside a word as punctuation', () => {
    expect(shape('파기했다”고 don"t')).toEqual(['should:word(파기했다”고)', 'should:word(don"t)']);
  });

  it('keeps hyphens and slashes inside words', () => {
    expect(shape('well-known COVID-19 Speakerboxxx/The')).toEqual([
      'should:word(well-known)',
      'should:word(COVID-19)',
      'should:word(Speakerboxxx/The)',
    ]);
  });

  it.each([
    ['"general election', /unclosed quotation mark \(character 1\)/],
    ['a ""', /phrase with no words/],
    ['"a b"*', /'\*' after a phrase/],
    ['sl*og', /'\*' inside or before a word/],
    ['*log', /'\*' inside or before a word/],
    ['s*', /prefix shorter than 2 letters/],
    ['OR tax', /OR without a term on each side/],
    ['tax OR', /OR without a term on each side/],
    ['tax OR OR budget', /OR without a term on each side/],
    ['tax OR -budget', /combines OR with \+, - or NOT/],
    ['tax NOT', /NOT without a term after it/],
    ['-sport -tennis', /only excluded terms/],
    ['!!! ---', /no words to search for/],
  ])('refuses %j', (q, message) => expect(error(q)).toMatch(message));

  it(`refuses more than ${MAX_QUERY_TERMS} terms`, () => {
    expect(error(Array.from({ length: MAX_QUERY_TERMS + 1 }, (_, i) => `w${i}`).join(' '))).toMatch(/at most 32/);
  });

  it('falls back to any term only with two optional clauses or more', () => {
    expect(canMatchAny(parseQuery('tax budget'))).toBe(true);
    expect(canMatchAny(parseQuery('+tax budget'))).toBe(true);
    expect(canMatchAny(parseQuery('+tax +budget'))).toBe(false);
    expect(canMatchAny(parseQuery('tax -budget'))).toBe(false);
    expect(canMatchAny(parseQuery('tax OR budget'))).toBe(false);
  });
});
