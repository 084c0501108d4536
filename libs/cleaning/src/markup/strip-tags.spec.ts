import { plainTextField } from '../text-normalise';
import { looksLikeHtml } from './markup-evidence';
import { decodeWithoutMarkup, stripTags } from './strip-tags';

describe('plainTextField: every text field leaves as plain text, never markup', () => {
  it.each([
    ['<script>alert(1)</script>Jo', 'Jo'],
    ['&amp;lt;img src=x onerror=alert(1)&amp;gt;Ferry', 'Ferry'],
    ['&lt;em&gt;Breaking&lt;/em&gt;: floods', 'Breaking: floods'],
    ['Profits &amp; losses', 'Profits & losses'],
    ['Tom &amp;amp; Jerry', 'Tom & Jerry'],
    ['<b>Harbour</b> <i>re</i>opens', 'Harbour reopens'],
    ['x<y and y>z', 'x<y and y>z'],
    ['<letters@example.com>', '<letters@example.com>'],
    ['<custom-widget>kept</custom-widget>', '<custom-widget>kept</custom-widget>'],
    ['AT&T &notice', 'AT&T &notice'],
    ['<!-- a comment -->Text<![CDATA[x]]>', 'Text'],
  ])('%j → %j', (raw, expected) => {
    expect(plainTextField(raw)).toBe(expected);
  });

  it('never leaves a tag, however the markup is nested or escaped', () => {
    for (const raw of [
      '<scr<script>ipt>alert(1)</scr</script>ipt>Jo',
      '<<p>p>nested',
      '&amp;amp;amp;lt;script&amp;amp;amp;gt;x',
      `${'<b'.repeat(20)}>${'<i>'.repeat(20)}deep`,
      '<scr<scr<scr<scr<scr<scr<scr<scr<scr<script>ipt>ipt>ipt>ipt>ipt>ipt>ipt>ipt>ipt>Jo',
    ]) {
      expect(looksLikeHtml(plainTextField(raw))).toBe(false);
    }
  });
});

describe('stripTags and decodeWithoutMarkup', () => {
  it('drops scripts, styles and templates with their content, other tags alone', () => {
    expect(
      stripTags('a<script type="x">var s = "<p>";</script>b<style>p{}</style>c<template><p>t</p></template>d'),
    ).toBe('a b c d');
    expect(stripTags('<p>one</p><p>two</p>')).toBe(' one  two ');
    expect(stripTags('an <script>unclosed script')).toBe('an  unclosed script');
  });

  it('keeps text with no markup evidence as it is', () => {
    for (const t of ['3 < 4 and 5 > 2', 'x<y and y>z', 'Write to <letters@example.com>.', '<1> not a tag >'])
      expect(stripTags(t)).toBe(t);
  });

  it('decodes once per pass and removes what decoding revealed', () => {
    expect(decodeWithoutMarkup('&lt;p&gt;Hello&lt;/p&gt; &amp;lt;b&amp;gt;', 1)).toBe(' Hello  &lt;b&gt;');
    expect(decodeWithoutMarkup('&lt;p&gt;Hello&lt;/p&gt; &amp;lt;b&amp;gt;', 2)).toBe(' Hello  ');
  });

  it('reads a 512 KiB body of unclosed tag starts and unclosed scripts', () => {
    expect(stripTags('<a '.repeat(170_000))).toBe('<a '.repeat(170_000));
    expect(stripTags(`${'<script>x'.repeat(50_000)}>`)).toBe(`${' x'.repeat(50_000)}>`);
  });
});
