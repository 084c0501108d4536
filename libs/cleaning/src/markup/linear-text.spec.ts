import { linearHtmlText } from './linear-text';

const paragraphs = (html: string) =>
  linearHtmlText(html)
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

describe('linearHtmlText', () => {
  it('keeps the words, turns blocks into paragraphs and drops scripts, styles and comments', () => {
    const html =
      '<p>One &amp; <b>two</b></p><script>var x = "<p>no</p>";</script><!-- gone ' +
      '--><div>Three&nbsp;four</div><style>p{}</style>';
    expect(paragraphs(html)).toEqual(['One & two', 'Three four']);
  });

  it('keeps text that only looks like markup', () => {
    expect(paragraphs('x<y and y>z, mail <letters@example.com>')).toEqual(['x<y and y>z, mail <letters@example.com>']);
  });

  it('reads hostile shapes whole: unclosed tags, tag starts without an end, unclosed scripts', () => {
    expect(paragraphs(`${'<i>'.repeat(1000)}deep text`)).toEqual(['deep text']);
    expect(paragraphs(`${'<p'.repeat(1000)} tail`)).toEqual([`${'<p'.repeat(1000)} tail`]);
    expect(paragraphs('<p>before</p><script>never closed <p>x</p>')).toEqual(['before']);
    expect(paragraphs('<p>a</p>' + '<'.repeat(5000) + '<p>b</p>')).toEqual(['a', '<'.repeat(5000), 'b']);
  });

  it('decodes each entity once, so escaped markup stays text', () => {
    expect(paragraphs('<p>&amp;lt;script&amp;gt;</p>')).toEqual(['&lt;script&gt;']);
  });
});
