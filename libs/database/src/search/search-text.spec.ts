import { searchText, searchWords } from './search-text';

const words = (s: string) => searchText(s).trim().split(/\s+/);

describe('searchText', () => {
  it.each([
    ['Speakerboxxx/The Love Below', ['Speakerboxxx', 'The', 'Love', 'Below']],
    ['at 43km/h', ['at', '43', 'km', 'h']],
    ['at 43 km/h', ['at', '43', 'km', 'h']],
    ['a $1.5bn deal', ['a', '$1.5', 'bn', 'deal']],
    ['COVID-19 in 2019-2020', ['COVID', '19', 'in', '2019', '2020']],
    ['the U.S. and e.g. this', ['the', 'US', 'and', 'eg', 'this']],
    ['Amazon.com and bbc.co.uk', ['Amazon', 'com', 'and', 'bbc', 'co', 'uk']],
  ])('gives the words of %j', (text, expected) => expect(words(text)).toEqual(expected));

  it('gives the words of URLs and e-mail addresses in the text', () => {
    expect(words('see https://www.bbc.co.uk/news/world-123?x=1 now')).toEqual([
      'see',
      'www',
      'bbc',
      'co',
      'uk',
      'news',
      'world',
      '123',
      'x',
      '1',
      'now',
    ]);
    expect(words('write to press@example.org.')).toEqual(['write', 'to', 'press', 'example', 'org', '.']);
  });

  it('keeps hyphenated words, decimals and versions, which the parser reads well', () => {
    expect(words('a well-known 3.5 per cent rise in 1.2.3')).toEqual([
      'a',
      'well-known',
      '3.5',
      'per',
      'cent',
      'rise',
      'in',
      '1.2.3',
    ]);
  });

  it('splits Chinese, Japanese and Thai into words, and leaves Korean as written', () => {
    expect(words('政府周一宣布，将在北部')).toEqual(['政府', '周一', '宣布', ',', '将', '在', '北部']);
    expect(words('無料アニメ動画を見ています')).toEqual(['無料', 'アニメ', '動画', 'を', '見', 'てい', 'ます']);
    expect(words('2028年末まで')).toEqual(['2028', '年末', 'まで']);
    expect(words('ภาษาไทยง่าย')).toEqual(['ภาษา', 'ไทย', 'ง่าย']);
    expect(words('제프 블라터 국제축구연맹(FIFA) 회장은')).toEqual(['제프', '블라터', '국제축구연맹(FIFA)', '회장은']);
  });

  it('folds compatibility forms (full-width letters, ligatures)', () => {
    expect(words('ＡＢＣ ﬁnal')).toEqual(['ABC', 'final']);
  });

  it('reads a long run without spaces or addresses in one pass', () => {
    const run = `${'a'.repeat(200_000)} ${'1'.repeat(100_000)}`;
    expect(searchText(run)).toBe(run);
  });

  it('is the same for a query and the text it was taken from', () => {
    const text = 'Outkast released Speakerboxxx/The Love Below at 43km/h in 無料アニメ動画を見ています';
    expect(searchText(text)).toContain(searchText('Speakerboxxx/The').trim());
    expect(searchText(text)).toContain(searchText('無料アニメ').trim());
  });
});

describe('searchWords', () => {
  it('lower-cases the analysed words, for prefix queries', () => {
    expect(searchWords("O'Neil/Smith")).toEqual(['o', 'neil', 'smith']);
  });
});
