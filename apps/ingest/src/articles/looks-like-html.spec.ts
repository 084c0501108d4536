import { looksLikeHtml } from './article-intake.service';

/** The regex ingest used before: the reference for what counts as HTML. */
const REFERENCE = /<\/?[a-z][\s\S]*?>/i;

describe('looksLikeHtml (a body without a declared content type)', () => {
  it.each([
    ['<p>Hello</p>', true],
    ['Plain text, 3 < 4 and 5 > 2.', false],
    ['Text then </div> later', true],
    ['<a href="x"', false],
    ['a < b\nthen <br/>', true],
    ['<1> not a tag but > later', false],
    ['< p> spaced', false],
    ['', false],
    ['<A\nHREF="/">link', true],
  ])('%j → %s, as the reference regex says', (body, expected) => {
    expect(looksLikeHtml(body)).toBe(expected);
    expect(REFERENCE.test(body)).toBe(expected);
  });

  it('agrees with the reference on random mixes of the characters that matter', () => {
    const alphabet = ['<', '>', '/', 'a', 'Z', '1', ' ', '\n', 'x'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 2_000; i++) {
      const body = Array.from({ length: next() % 12 }, () => alphabet[next() % alphabet.length]).join('');
      expect([body, looksLikeHtml(body)]).toEqual([body, REFERENCE.test(body)]);
    }
  });

  it('reads a 512 KiB body of unclosed tag starts in one pass (the reference regex took seconds on it)', () => {
    const body = '<a '.repeat(512 * 1024 / 3);
    expect(looksLikeHtml(body)).toBe(false);
    expect(looksLikeHtml(`${body}>`)).toBe(true);
  });
});
