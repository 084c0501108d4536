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
      body:
        '<p>Forecasters issued a flood warning for the river valley.</p>\n<p>Residents should move valuables ' +
        'upstairs \u2014 officials said.</p>',
      contentType: 'text/html',
      language: 'en',
      publishedAt: '2026-11-27T06:00:00.000Z',
      firstCreated: '2026-11-27T06:00:00.000Z',
      version: 2,
      versionCreated: '2026-11-27T06:45:00.000Z',
      pubStatus: 'usable',
      format: 'newsml-g2',
      provenance: 'edited',
      urgency: 2,
      subjects: [
        { scheme: 'medtop', code: 'medtop:06000000', name: 'environment' },
        { scheme: 'medtop', code: 'medtop:20000148', name: 'flood' },
      ],
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

  it("turns a packageItem's self-describing itemRefs into articles and names the others (422)", () => {
    const r = parseNewsmlG2(wireFixture('newsml-packageitem.xml'));
    expect(r.items.map((i) => i.externalId)).toEqual(['urn:newsml:example.com:20261127:turnout']);
    expect(r.errors).toEqual([expect.objectContaining({ index: 1, field: 'itemRef', status: 422 })]);
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

  it('reads inline NITF: the story from body.content, hedline, byline, dateline and abstract as metadata only', () => {
    const r =
      parseNewsmlG2(`<newsItem guid="g" xml:lang="it"><contentMeta><language tag="en-US"/></contentMeta><contentSet>
      <inlineXML contenttype="application/nitf+xml"><nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><head><title>Only here</title></head>
      <body><body.head><hedline><hl1>Fed halts QE</hl1></hedline><byline>By Meredith Jameson, <byttl>Staff Reporter</byttl></byline>
      <dateline><location>New York</location>, Oct 21</dateline><abstract>Summary.</abstract></body.head>
      <body.content><p>First <person>paragraph</person>.</p><table><tr><td>a</td><td>1</td></tr></table></body.content></body></nitf></inlineXML></contentSet></newsItem>`);
    expect(r.items[0]).toMatchObject({
      title: 'Fed halts QE',
      body: '<p>First paragraph.</p>\n<table>\n<tr><td>a</td><td>1</td></tr></table>',
      byline: 'By Meredith Jameson, Staff Reporter',
      authors: ['Meredith Jameson'],
      dateline: 'New York, Oct 21',
      located: 'New York',
      description: 'Summary.',
      language: 'en-US',
    });
  });

  it('takes the headline from the inline NITF <title> when nothing else has one', () => {
    const r = parseNewsmlG2(
      '<newsItem guid="g"><contentSet><inlineXML><nitf><head><title>Title ' +
        'only</title></head><body><body.content><p>Text.</p></body.content></body></nitf></inlineXML></contentSet>' +
        '</newsItem>',
    );
    expect(r.items[0]).toMatchObject({ title: 'Title only', body: '<p>Text.</p>' });
  });

  it('keeps the text of inlineData declared text/plain that holds <p> paragraphs (ANSA), escaped or not', () => {
    const escaped = parseNewsmlG2(
      '<newsItem guid="g" xml:lang="it"><contentSet><inlineData contenttype="text/plain">&lt;p&gt;Primo ' +
        'paragrafo.&lt;/p&gt;&lt;p&gt;Secondo.&lt;/p&gt;</inlineData></contentSet></newsItem>',
    );
    expect(escaped.items[0]).toMatchObject({
      body: '<p>Primo paragrafo.</p><p>Secondo.</p>',
      contentType: 'text/html',
      language: 'it',
    });
    const literal = parseNewsmlG2(
      '<newsItem guid="g"><contentSet><inlineData ' +
        'contenttype="text/plain"><p>Primo.</p><p>Secondo.</p></inlineData></contentSet></newsItem>',
    );
    expect(literal.items[0]).toMatchObject({ body: '<p>Primo.</p>\n<p>Secondo.</p>', contentType: 'text/html' });
  });

  it('reads the rest of contentMeta, itemMeta and rightsInfo', () => {
    const r =
      parseNewsmlG2(`<newsItem guid="g" version="3"><rightsInfo><copyrightHolder><name>Acme</name></copyrightHolder>
      <copyrightNotice>(c) Acme 2026</copyrightNotice><usageTerms>No archive</usageTerms></rightsInfo>
      <itemMeta><itemClass qcode="ninat:text"/><embargoed>2026-12-01T10:00:00Z</embargoed><edNote>Corrects spelling</edNote></itemMeta>
      <contentMeta><urgency>1</urgency><located qcode="geoloc:NYC"><name>New York, NY</name></located><by>By Jo</by>
      <genre qcode="genre:Current"><name>Current</name></genre><keyword>fed</keyword><keyword>rates</keyword>
      <slugline>US-FED</slugline><dateline>NEW YORK, Dec 1</dateline><description role="drol:summary">Rates held.</description>
      <headline>Fed holds</headline></contentMeta><contentSet><inlineData>Rates were held.</inlineData></contentSet></newsItem>`);
    expect(r.items[0]).toMatchObject({
      copyright: '(c) Acme 2026',
      usageTerms: 'No archive',
      embargoedUntil: '2026-12-01T10:00:00.000Z',
      editorialNote: 'Corrects spelling',
      urgency: 1,
      located: 'New York, NY',
      byline: 'By Jo',
      authors: ['Jo'],
      genres: [{ scheme: 'genre', code: 'genre:Current', name: 'Current' }],
      keywords: ['fed', 'rates'],
      slugline: 'US-FED',
      dateline: 'NEW YORK, Dec 1',
      description: 'Rates held.',
      title: 'Fed holds',
      version: 3,
    });
  });

  it('refuses, 422 with the reason, pictures, remote-only and empty items, and planning items', () => {
    const picture = parseNewsmlG2(
      '<newsItem guid="p"><itemMeta><itemClass qcode="ninat:picture"/></itemMeta></newsItem>',
    );
    expect(picture.errors[0]).toMatchObject({
      field: 'type',
      status: 422,
      messages: ['not a text item: a NewsML-G2 picture item (itemClass ninat:picture)'],
    });
    const remote = parseNewsmlG2(
      '<newsItem guid="r"><contentSet><remoteContent href="https://x.example/a.txt"/></contentSet></newsItem>',
    );
    expect(remote.errors[0]).toMatchObject({
      status: 422,
      messages: [expect.stringMatching(/^remote content: .*https:\/\/x\.example\/a\.txt/)],
    });
    const empty = parseNewsmlG2(
      '<newsItem guid="e"><contentSet><inlineXML><html><body><p> ' +
        '</p></body></html></inlineXML></contentSet></newsItem>',
    );
    expect(empty.errors[0]).toMatchObject({ status: 422, messages: [expect.stringMatching(/^no text/)] });
    expect(() => parseNewsmlG2('<planningItem guid="x"/>')).toThrow(
      expect.objectContaining({ status: 422, message: 'not a text item: a NewsML-G2 planningItem (planning)' }),
    );
  });

  it('refuses references to characters XML cannot carry, and absurd nesting', () => {
    expect(() => parseNewsmlG2('<newsItem guid="x"><p>a&#0;b</p></newsItem>')).toThrow(
      '&#0; (U+0000) is not a legal XML character',
    );
    expect(() => parseNewsmlG2('<newsItem guid="x"><p>&#x1B;</p></newsItem>')).toThrow(/U\+001B/);
    expect(() =>
      parseNewsmlG2('<newsItem guid="x"><p><![CDATA[&#0; is only text here]]>&#x9;&#233;</p></newsItem>'),
    ).not.toThrow();
    expect(() => parseNewsmlG2(`<newsItem guid="x">${'<div>'.repeat(300)}${'</div>'.repeat(300)}</newsItem>`)).toThrow(
      'XML nests deeper than 256 elements',
    );
  });
});
