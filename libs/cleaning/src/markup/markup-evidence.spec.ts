import { hasBlockMarkup, looksLikeHtml } from './markup-evidence';

describe('looksLikeHtml: markup only on the evidence of a known element', () => {
  it.each([
    ['<p>Hello</p>', true],
    ['Text then </div> later', true],
    ['a < b\nthen <br/>', true],
    ['<A\nHREF="/">link', true],
    ['<table><tr><td>1</td></tr></table>', true],
    ['Plain text, 3 < 4 and 5 > 2.', false],
    ['x<y and y>z', false],
    ['Write to <letters@example.com> before Friday.', false],
    ['<a href="x"', false],
    ['<1> not a tag but > later', false],
    ['< p> spaced', false],
    ['<custom-widget>not HTML</custom-widget>', false],
    ['', false],
  ])('%j → %s', (body, expected) => {
    expect(looksLikeHtml(body)).toBe(expected);
  });

  it('reads a 512 KiB body of unclosed tag starts in one pass', () => {
    const body = '<a '.repeat((512 * 1024) / 3);
    expect(looksLikeHtml(body)).toBe(false);
    expect(looksLikeHtml(`${body}>`)).toBe(true);
  });
});

describe('hasBlockMarkup: a text/plain body that is really HTML', () => {
  it.each([
    ['<p>Para</p>', true],
    ['Line<br>line', true],
    ['<ul><li>x</li></ul>', true],
    ['Text with an <img src="x"> and <b>bold</b>', false],
    ['x<y and y>z', false],
    ['<letters@example.com>', false],
  ])('%j → %s', (body, expected) => {
    expect(hasBlockMarkup(body)).toBe(expected);
  });
});
