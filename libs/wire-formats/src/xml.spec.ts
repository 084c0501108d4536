import { wireFixture } from './fixture';
import { WireFormatError } from './types';
import { at, descendants, parseXmlTree, textOf } from './xml';
import { childrenToHtml } from './xml-to-html';

describe('parseXmlTree', () => {
  it('keeps children in order, drops namespace prefixes and decodes the predefined and numeric references once', () => {
    const root = parseXmlTree(
      '<?xml version="1.0"?><x:a xmlns:x="urn:x" xml:lang="en-GB"><b k="1 &amp; 2">&amp;lt;p&amp;gt; ' +
        '&#233;<![CDATA[ &lol; <raw> ]]></b><c/></x:a>',
    );
    expect(root.name).toBe('a');
    expect(root.attrs).toEqual({ lang: 'en-GB' });
    expect(root.children.map((c) => (typeof c === 'string' ? c : c.name))).toEqual(['b', 'c']);
    expect(at(root, 'b')!.attrs.k).toBe('1 & 2');
    // A double-escaped tag stays text: one decoding only.
    expect(at(root, 'b')!.children).toEqual(['&lt;p&gt; é', ' &lol; <raw> ']);
  });

  it('allows a DOCTYPE without reading it, also with parameter entities naming external DTDs (NewsML 1.x)', () => {
    const nitf = '<!DOCTYPE nitf SYSTEM "nitf-3-4.dtd"><nitf><body><body.content><p>x</p></body.content></body></nitf>';
    expect(parseXmlTree(nitf).name).toBe('nitf');
    const newsml =
      '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE NewsML PUBLIC ' +
      '"urn:newsml:iptc.org:20031010:NewsMLv1.2.dtd:1" "NewsML-1.2.dtd"\n' +
      '[<!ENTITY % nitf SYSTEM "nitf-3-0.dtd"> %nitf; ]>\n<NewsML><NewsItem/></NewsML>';
    expect(descendants(parseXmlTree(newsml), 'NewsItem')).toHaveLength(1);
  });

  it('refuses entity declarations (internal or external) and stray declarations, naming them', () => {
    expect(() => parseXmlTree(wireFixture('billion-laughs.xml'))).toThrow(/DOCTYPE declares entities/);
    expect(() => parseXmlTree(wireFixture('xxe.xml'))).toThrow(/DOCTYPE declares entities/);
    expect(() => parseXmlTree('<!DOCTYPE nitf [<!ENTITY % p "<!ENTITY x \'y\'>"> %p;]><nitf/>')).toThrow(
      /DOCTYPE declares entities/,
    );
    expect(() => parseXmlTree('<a><!ENTITY x "y"></a>')).toThrow(WireFormatError);
  });

  it('refuses undefined entities, references beyond Unicode, several roots and absurd depth', () => {
    expect(() => parseXmlTree('<a>&nbsp;</a>')).toThrow('XML is not well-formed: undefined entity &nbsp;');
    expect(() => parseXmlTree('<a b="&lol;"/>')).toThrow(/undefined entity &lol;/);
    expect(() => parseXmlTree('<a>&#99999999999;</a>')).toThrow(/&#99999999999; is not a legal XML character/);
    expect(() => parseXmlTree('<a/><b/>')).toThrow(/one root element, found 2/);
    expect(() => parseXmlTree(`${'<a>'.repeat(257)}${'</a>'.repeat(257)}`)).toThrow(
      'XML nests deeper than 256 elements',
    );
    expect(textOf(parseXmlTree(`${'<a>'.repeat(256)}deep${'</a>'.repeat(256)}`))).toBe('deep');
  });
});

describe('childrenToHtml', () => {
  it('keeps paragraphs, headings, tables and lists; inline enrichment becomes text; media and notes left out', () => {
    const root = parseXmlTree(
      '<body.content><hl2>Results</hl2><p>Won by <money>$5</money> ' +
        '<frac><numer>1</numer><frac-sep>/</frac-sep><denom>2</denom></frac>.</p>' +
        '<media><media-caption>Photo</media-caption></media><note>Eds: not for use</note>' +
        '<table><tr><th colspan="2" class="x">Team</th></tr><tr><td>A</td><td>3</td></tr></table><ul><li>one</li>' +
        '</ul>' +
        '<p><a href="javascript:alert(1)">link</a> <a href="https://x.example/">ok</a> 1 &lt; 2</p></body.content>',
    );
    expect(childrenToHtml(root.children)).toBe(
      '<h2>Results</h2>\n<p>Won by $5 1/2.</p>\n<table>\n<tr><th ' +
        'colspan="2">Team</th></tr>\n<tr><td>A</td><td>3</td></tr></table>\n<ul>\n<li>one</li></ul>\n' +
        '<p><a>link</a> <a href="https://x.example/">ok</a> 1 &lt; 2</p>',
    );
  });

  it('keeps preformatted text as written', () => {
    const root = parseXmlTree('<b><pre>  A   1\n  B  22</pre></b>');
    expect(childrenToHtml(root.children)).toBe('<pre>  A   1\n  B  22</pre>');
  });
});

describe('DOCTYPE probes', () => {
  it('refuses a parameter entity that names a URI even though it would never be loaded', () => {
    expect(() => parseXmlTree('<!DOCTYPE r [<!ENTITY % ext SYSTEM "http://127.0.0.1:1/evil.dtd"> %ext;]><r/>')).toThrow(
      /DOCTYPE declares entities/,
    );
    expect(() =>
      parseXmlTree('<!DOCTYPE r [<!ENTITY % ext PUBLIC "-//X//EN" "file:///etc/passwd"> %ext;]><r/>'),
    ).toThrow(/DOCTYPE declares entities/);
  });
});
