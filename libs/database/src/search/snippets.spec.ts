import { buildSnippet, findMatches, SNIPPET_CHARS } from './snippets';

const cut = (text: string, ranges: Array<[number, number]>) => ranges.map(([s, e]) => text.slice(s, e));

describe('findMatches', () => {
  it('matches words as written, stems with a short ending, and prefixes', () => {
    const text = 'Slogans of the election: electricity elected, sloganeering.';
    const ranges = findMatches(text, [
      { lexeme: 'slogan', prefix: false },
      { lexeme: 'elect', prefix: false },
    ]);
    expect(cut(text, ranges)).toEqual(['Slogans', 'election', 'elected']);
    expect(cut(text, findMatches(text, [{ lexeme: 'slog', prefix: true }]))).toEqual(['Slogans', 'sloganeering']);
  });

  it('matches Chinese and Japanese words inside unspaced text', () => {
    const text = '政府周一宣布，将在北部两个省份新建医院';
    expect(
      cut(
        text,
        findMatches(text, [
          { lexeme: '省份', prefix: false },
          { lexeme: '医院', prefix: false },
        ]),
      ),
    ).toEqual(['省份', '医院']);
  });

  it('keeps offsets right when lower-casing changes a character’s length', () => {
    const text = 'İstanbul and Ankara';
    expect(cut(text, findMatches(text, [{ lexeme: 'ankara', prefix: false }]))).toEqual(['Ankara']);
  });
});

describe('buildSnippet', () => {
  it('cuts the passage around the matches, with offsets into the snippet', () => {
    const body =
      `${'Filler words come first. '.repeat(30)}The minister announced new slogans for the election campaign. ` +
      `${'More filler follows. '.repeat(30)}`;
    const s = buildSnippet(body, [
      { lexeme: 'slogan', prefix: false },
      { lexeme: 'elect', prefix: false },
    ]);
    expect(s.text.startsWith('…')).toBe(true);
    expect(s.text.endsWith('…')).toBe(true);
    expect(s.text.length).toBeLessThanOrEqual(SNIPPET_CHARS + 2);
    expect(cut(s.text, s.matches)).toEqual(['slogans', 'election']);
  });

  it('starts at the beginning when nothing matches in the body', () => {
    const s = buildSnippet('A short body.', [{ lexeme: 'title', prefix: false }]);
    expect(s).toEqual({ text: 'A short body.', matches: [] });
  });
});
