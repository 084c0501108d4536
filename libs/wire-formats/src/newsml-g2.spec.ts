import { wireFixture } from './fixture';
import { parseNewsmlG2 } from './newsml-g2';

describe('NewsML-G2', () => {
  it('reads a newsItem with inline XHTML, qcodes, urgency, creator and dates', () => {
    const r = parseNewsmlG2(wireFixture('newsml-newsitem.xml'), { sourceId: 'g2' });
    expect(r.batch).toBe(false);
    expect(r.items[0]).toEqual({
      sourceId: 'g2',
      externalId: 'urn:newsml:example.com:20261127:flood-warning',
      url: 'https://news.example.com/2026/flood-warning',
      title: 'Flood warning for the river valley & coast',
      body: '<p>Forecasters issued a flood warning for the river valley.</p><p>Residents should move valuables upstairs &#8212; officials said.</p>',
      contentType: 'text/html',
      language: 'en',
      publishedAt: '2026-11-27T06:00:00.000Z',
      version: 2,
      versionCreated: '2026-11-27T06:45:00.000Z',
      pubStatus: 'usable',
      format: 'newsml-g2',
      urgency: 2,
      subjects: ['medtop:06000000', 'medtop:20000148'],
      authors: ['Sam Reporter'],
    });
  });

  it('turns a newsMessage into one article per item, kills included, and skips package refs to carried items', () => {
    const r = parseNewsmlG2(wireFixture('newsml-newsmessage.xml'));
    expect(r.batch).toBe(true);
    expect(r.items.map((i) => [i.externalId, i.pubStatus ?? null, i.version])).toEqual([
      ['urn:newsml:example.com:20261127:match-report', 'usable', 1],
      ['urn:newsml:example.com:20261127:old-story', 'canceled', 5],
      ['urn:newsml:example.com:20261127:table', null, 1],
    ]);
    expect(r.items[0].body).toBe('United beat City 2-1 in the derby on Saturday <late goal>.');
    expect(r.errors).toEqual([]);
  });

  it('turns a packageItem\'s self-describing itemRefs into articles and names the others', () => {
    const r = parseNewsmlG2(wireFixture('newsml-packageitem.xml'));
    expect(r.items.map((i) => i.externalId)).toEqual(['urn:newsml:example.com:20261127:turnout']);
    expect(r.errors).toEqual([expect.objectContaining({ index: 1, field: 'itemRef' })]);
  });

  it('names a newsItem without a guid', () => {
    const r = parseNewsmlG2('<newsItem version="1"><contentSet><inlineData>x</inlineData></contentSet></newsItem>');
    expect(r.errors).toEqual([{ index: 0, field: 'guid', messages: ['newsItem@guid is required'] }]);
  });

  it('refuses DTDs (billion laughs, external entities), malformed XML and other roots', () => {
    expect(() => parseNewsmlG2(wireFixture('xxe.xml'))).toThrow(/DOCTYPE/);
    expect(() => parseNewsmlG2(wireFixture('billion-laughs.xml'))).toThrow(/DOCTYPE/);
    expect(() => parseNewsmlG2('<newsItem guid="x"><itemMeta></newsItem>')).toThrow(/not well-formed/);
    expect(() => parseNewsmlG2('<html><body/></html>')).toThrow(/not a NewsML-G2 document/);
  });

  it('refuses references to characters XML cannot carry, and absurd nesting', () => {
    expect(() => parseNewsmlG2('<newsItem guid="x"><p>a&#0;b</p></newsItem>')).toThrow('&#0; (U+0000) is not a legal XML character');
    expect(() => parseNewsmlG2('<newsItem guid="x"><p>&#x1B;</p></newsItem>')).toThrow(/U\+001B/);
    expect(() => parseNewsmlG2('<newsItem guid="x"><p><![CDATA[&#0; is only text here]]>&#x9;&#233;</p></newsItem>')).not.toThrow();
    expect(() => parseNewsmlG2(`<newsItem guid="x">${'<div>'.repeat(300)}${'</div>'.repeat(300)}</newsItem>`)).toThrow('XML nests deeper than 256 elements');
  });
});
