import { wireFixture } from './fixture';
import { parseAtom, parseFeed, parseRss } from './feeds';

describe('RSS 2.0', () => {
  it('turns each item into an article, preferring content:encoded, and names an unidentifiable one', () => {
    const r = parseRss(wireFixture('rss-2.xml'), { sourceId: 'rss-src' });
    expect(r.items).toEqual([
      {
        sourceId: 'rss-src',
        externalId: 'example-rss-1001',
        url: 'https://news.example.com/2026/library-hours',
        title: 'Library opens late on Thursdays',
        body: '<p>The central library will open until <b>9pm</b> on Thursdays from January.</p>',
        description: 'The central library will open until 9pm.',
        language: 'en-us',
        publishedAt: '2026-11-27T08:00:00.000Z',
        format: 'rss',
        subjects: [{ name: 'Local' }, { scheme: 'https://news.example.com/tags', name: 'Libraries' }],
        authors: ['Alex Writer'],
      },
      expect.objectContaining({
        externalId: 'https://news.example.com/2026/tram-extension',
        body: '<p>The tram line will be extended by 4 km.</p>',
        publishedAt: '2026-11-27T08:30:00.000Z',
      }),
    ]);
    expect(r.errors).toEqual([{ index: 2, field: 'guid', messages: ['an RSS item needs a guid or a link'] }]);
  });

  it('reads dc:subject, dc:language, dc:rights, media:keywords; an enclosure-only item is remote content (422)', () => {
    const r =
      parseRss(`<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"><channel><language>en</language>
      <item><guid>a</guid><title>T</title><description>Text.</description><dc:subject>Politics</dc:subject><dc:language>nb-NO</dc:language>
      <dc:rights>NTB</dc:rights><media:keywords>vote, parliament</media:keywords></item>
      <item><guid>b</guid><title>Podcast</title><enclosure url="https://x.example/a.mp3" type="audio/mpeg"/></item></channel></rss>`);
    expect(r.items[0]).toMatchObject({
      subjects: [{ name: 'Politics' }],
      language: 'nb-NO',
      copyright: 'NTB',
      keywords: ['vote', 'parliament'],
    });
    expect(r.errors).toEqual([
      expect.objectContaining({
        index: 1,
        status: 422,
        messages: [expect.stringMatching(/^remote content: .*a\.mp3 \(enclosure\)/)],
      }),
    ]);
  });

  it('refuses undefined entities and references to no character as malformed XML (400), not as literal text', () => {
    expect(() => parseRss('<rss><channel><item><guid>a</guid><title>&lol;</title></item></channel></rss>')).toThrow(
      /undefined entity &lol;/,
    );
    expect(() =>
      parseRss('<rss><channel><item><guid>a</guid><title>&#99999999999;</title></item></channel></rss>'),
    ).toThrow('XML character reference &#99999999999; is not a legal XML character');
    expect(() =>
      parseRss('<rss><channel><item><guid>a</guid><title>&#x110000;</title></item></channel></rss>'),
    ).toThrow(/U\+110000/);
  });

  it('refuses XML nested 102 to 300 levels deep with a 400 naming the depth, never a parser crash', () => {
    for (const depth of [102, 150, 253, 300]) {
      const xml =
        `<rss><channel><item><guid>a</guid><description>` +
        `${'<b>'.repeat(depth)}x${'</b>'.repeat(depth)}</description></item></channel></rss>`;
      const run = () => parseRss(xml);
      if (depth + 4 > 256) expect(run).toThrow('XML nests deeper than 256 elements');
      else expect(run).not.toThrow();
    }
  });

  it('reads an empty channel as no items, and refuses a document that is not RSS', () => {
    expect(parseRss('<rss version="2.0"><channel><title>t</title></channel></rss>').items).toEqual([]);
    expect(() => parseRss('<feed/>')).toThrow(/not an RSS 2.0 document/);
    expect(() => parseRss('<rss><channel><item></channel></rss>')).toThrow(/not well-formed/);
    expect(() => parseRss(wireFixture('billion-laughs.xml'))).toThrow(/DOCTYPE/);
  });
});

describe('Atom', () => {
  it('reads html, text and xhtml content by their type', () => {
    const r = parseAtom(wireFixture('atom.xml'));
    expect(r.items.map((i) => [i.body, i.contentType])).toEqual([
      ['<p>The museum opened a new wing &amp; a café.</p>', 'text/html'],
      ['Heavy rain is expected on Saturday.', 'text/plain'],
      ['<div>\n<p>Inline <em>XHTML</em> body.</p></div>', 'text/html'],
    ]);
    expect(r.items[0]).toMatchObject({
      externalId: 'tag:news.example.org,2026:museum-wing',
      url: 'https://news.example.org/2026/museum-wing',
      language: 'en',
      publishedAt: '2026-11-27T09:00:00.000Z',
      versionCreated: '2026-11-27T10:00:00.000Z',
      subjects: [{ code: 'culture' }],
      authors: ['Robin Critic'],
      format: 'atom',
    });
  });

  it('reads categories with their scheme, rights and the summary beside the content', () => {
    const r =
      parseAtom(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv"><rights>(c) Feed</rights><entry><id>e1</id>
      <category scheme="http://cv.iptc.org/newscodes/mediatopic/" term="04000000" label="economy"/>
      <summary>Short.</summary><content type="text">Long text.</content></entry></feed>`);
    expect(r.items[0]).toMatchObject({
      subjects: [{ scheme: 'http://cv.iptc.org/newscodes/mediatopic/', code: '04000000', name: 'economy' }],
      description: 'Short.',
      body: 'Long text.',
      copyright: '(c) Feed',
      language: 'sv',
      title: 'Long text.',
      headlineDerived: true,
    });
  });

  it('tells RSS from Atom by the root element', () => {
    expect(parseFeed(wireFixture('atom.xml')).items[0].format).toBe('atom');
    expect(parseFeed(wireFixture('rss-2.xml')).items[0].format).toBe('rss');
  });

  it('names an entry without id or link, and refuses a non-feed', () => {
    const r = parseAtom('<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>x</title></entry></feed>');
    expect(r.errors).toEqual([{ index: 0, field: 'id', messages: ['an Atom entry needs an id'] }]);
    expect(() => parseAtom('<rss/>')).toThrow(/not an Atom document/);
  });
});
