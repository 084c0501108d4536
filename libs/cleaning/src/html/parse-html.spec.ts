import { parseHtmlDocument, stripInertMarkup } from './parse-html';

describe('stripInertMarkup', () => {
  it('cuts scripts, styles, comments, svg and form widgets in any case, keeping JSON-LD', () => {
    const html =
      'a<script>x()</SCRIPT>b<!-- c -->d<STYLE media=x>p{}</style>e<svg\n viewBox="0 0 1 1"><path/></svg>f' +
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script>g<button>Go</button>h<select><option>' +
      '1</option></select>i';
    expect(stripInertMarkup(html)).toBe('abdef<script type="application/ld+json">{"@type":"NewsArticle"}</script>ghi');
  });

  it('needs a tag-name boundary and leaves unclosed openings to the parser', () => {
    expect(stripInertMarkup('<scripts>x</scripts><svgx>y</svgx>')).toBe('<scripts>x</scripts><svgx>y</svgx>');
    expect(stripInertMarkup('a<!-- open b<script>c</script>d')).toBe('a<!-- open bd');
    expect(stripInertMarkup('a<style>b')).toBe('a<style>b');
  });

  it('skips openings inside an earlier cut (a script written in a comment)', () => {
    expect(stripInertMarkup('a<!-- <script> -->b<script>c</script>d')).toBe('abd');
    expect(stripInertMarkup('a<script>"<svg>"</script>b</svg>c')).toBe('ab</svg>c');
  });

  it('returns the input unchanged when there is nothing to cut', () => {
    const html = '<p>Plain <b>text</b></p>';
    expect(stripInertMarkup(html)).toBe(html);
  });

  it('is linear on hostile input (many unclosed openings)', () => {
    const html = '<script'.repeat(20_000) + ' x' + '<!--'.repeat(20_000);
    const start = process.hrtime.bigint();
    stripInertMarkup(html);
    expect(Number(process.hrtime.bigint() - start) / 1e6).toBeLessThan(1000);
  });

  it('parseHtmlDocument gives fragments a body', () => {
    const document = parseHtmlDocument('<p>Hi <script>x</script>there</p>');
    expect(document.body.textContent).toBe('Hi there');
  });
});
