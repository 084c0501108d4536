import { stripMarkup } from './markup-scan';
import { assertXmlDepth } from './structure-limits';
import { parseXmlTree } from './xml';

describe('stripMarkup', () => {
  it('removes tags, comments and the content of scripts and titles; a < that starts no tag is text', () => {
    expect(
      stripMarkup(
        '<html><head><title>T</title></head><body><p>One</p><!-- c --><script>x()</script><p>Two &amp; x < ' +
          'y</p></body></html>',
        true,
      ),
    ).toBe('\nOne\n\nTwo &amp; x < y\n');
    expect(stripMarkup('<b>W</b>ord <span class="a">b</span>')).toBe('Word b');
    expect(stripMarkup('x<y and y>z')).toBe('x<y and y>z');
  });

  it('reads hostile runs of unclosed tags, scripts and comments in one pass', () => {
    const words = 'word '.repeat(10);
    expect(stripMarkup(`${words}${'<a href=x '.repeat(50_000)}`)).toBe(`${words}${'<a href=x '.repeat(50_000)}`);
    expect(stripMarkup(`${words}${'<script>'.repeat(50_000)}`)).toBe(words);
    expect(stripMarkup(`${words}${'<!--'.repeat(50_000)}`)).toBe(words);
    expect(stripMarkup(`${'< '.repeat(50_000)}>`)).toBe(`${'< '.repeat(50_000)}>`);
  });
});

describe('XML scans on hostile text', () => {
  it('counts depth and finds declarations in one pass over unclosed comments, CDATA and tag starts', () => {
    expect(() => assertXmlDepth(`<a>${'<!--'.repeat(50_000)}`)).not.toThrow();
    expect(() => assertXmlDepth(`<a>${'<![CDATA['.repeat(50_000)}`)).not.toThrow();
    expect(() => assertXmlDepth(`<a>${'<b '.repeat(50_000)}`)).not.toThrow();
    expect(() => parseXmlTree(`<a>${'<!--'.repeat(50_000)}`)).toThrow(/not well-formed/);
    expect(() => parseXmlTree(`<!DOCTYPE a [${'<'.repeat(70_000)}]><a/>`)).toThrow(
      /DOCTYPE declaration is longer than 65536 characters/,
    );
  });
});
