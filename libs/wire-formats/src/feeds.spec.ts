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
        language: 'en-us',
        publishedAt: '2026-11-27T08:00:00.000Z',
        format: 'rss',
        subjects: ['Local', 'Libraries'],
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
      ['<div xmlns="http://www.w3.org/1999/xhtml"><p>Inline <em>XHTML</em> body.</p></div>', 'text/html'],
    ]);
    expect(r.items[0]).toMatchObject({
      externalId: 'tag:news.example.org,2026:museum-wing',
      url: 'https://news.example.org/2026/museum-wing',
      language: 'en',
      publishedAt: '2026-11-27T09:00:00.000Z',
      versionCreated: '2026-11-27T10:00:00.000Z',
      subjects: ['culture'],
      authors: ['Robin Critic'],
      format: 'atom',
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
