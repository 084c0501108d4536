/**
 * The promise test's pushes: normal articles in every format, and the kinds
 * of push a pipeline can answer 202 and then lose, drop or store with markup.
 * Each says what the sender must be told: `stored` (202, then the article in
 * the store) or `refused` (a 4xx, nothing stored).
 */
export interface PromisePush {
  name: string;
  contentType: string;
  body: string;
  headers?: Record<string, string>;
  query?: Record<string, string>;
  expect: 'stored' | 'refused';
  /** For `stored`: words that must be in the stored text (the story survived). */
  words?: string[];
}

const STORY =
  'The harbour at Portmeirion reopened on Tuesday after three weeks of repairs to the sea wall. ' +
  'Fishing crews returned at dawn and the ferry resumed its timetable, the harbour master said.';

const CLUBS =
  'Manchester United Liverpool Arsenal Chelsea Tottenham Hotspur Newcastle United Aston Villa West Ham United ' +
  'Brighton ' +
  'Everton Fulham Brentford Crystal Palace Wolverhampton Wanderers Nottingham Forest Bournemouth Burnley ' +
  'Sheffield United ' +
  'Luton Town Leeds United Leicester City Southampton Norwich City Watford';

const ESCAPED_SCRIPT = '&amp;lt;script&amp;gt;alert(document.cookie)&amp;lt;/script&amp;gt;';
const ESCAPED_IMG_TITLE = '&amp;lt;img src=x onerror=alert(1)&amp;gt;Ferry';

const rss = (items: string) =>
  `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" ` +
  `xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Feed</title>${items}</channel></rss>`;
const atom = (entry: string) =>
  `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Feed</title><id>urn:feed</id><updated>` +
  `2026-11-27T10:00:00Z</updated>${entry}</feed>`;
const newsItem = (guid: string, inline: string, headline = 'Harbour reopens') => `<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="${guid}" version="1" standard="NewsML-G2" standardversion="2.29">
  <itemMeta><itemClass qcode="ninat:text"/><provider qcode="nprov:test"/><versionCreated>2026-11-27T10:00:00Z</versionCreated><pubStatus qcode="stat:usable"/></itemMeta>
  <contentMeta><urgency>3</urgency><subject qcode="medtop:20000568"/><headline>${headline}</headline><language tag="en-GB"/></contentMeta>
  <contentSet>${inline}</contentSet>
</newsItem>`;

export function promiseCorpus(sourceId: string, run: string): PromisePush[] {
  const id = (name: string) => `${run}-${name}`;
  const json = (name: string, fields: Record<string, unknown>) =>
    JSON.stringify({ sourceId, externalId: id(name), ...fields });
  const stored = (name: string, contentType: string, body: string, extra: Partial<PromisePush> = {}): PromisePush => ({
    name,
    contentType,
    body,
    expect: 'stored',
    words: ['Portmeirion', 'timetable'],
    ...extra,
  });
  const refused = (name: string, contentType: string, body: string, extra: Partial<PromisePush> = {}): PromisePush => ({
    name,
    contentType,
    body,
    expect: 'refused',
    ...extra,
  });
  const q = (name: string) => ({ source: sourceId, externalId: id(name) });
  return [
    // Normal articles, every format.
    stored('json-text', 'application/json', json('json-text', { title: 'Harbour reopens', body: STORY })),
    stored(
      'json-html',
      'application/json',
      json('json-html', { title: 'Harbour reopens', body: `<p>${STORY}</p>`, contentType: 'text/html' }),
    ),
    stored('ndjson', 'application/x-ndjson', `${json('ndjson', { title: 'Harbour reopens', body: STORY })}\n`),
    stored(
      'ninjs',
      'application/ninjs+json',
      JSON.stringify({
        uri: `urn:${id('ninjs')}`,
        headlines: [{ value: 'Harbour reopens' }],
        bodies: [{ contenttype: 'text/plain', value: STORY }],
        by: 'Jo Bloggs',
      }),
    ),
    stored(
      'newsml',
      'application/vnd.iptc.g2.newsitem+xml',
      newsItem(
        `urn:${id('newsml')}`,
        `<inlineXML contenttype="application/xhtml+xml"><html ` +
          `xmlns="http://www.w3.org/1999/xhtml"><body><p>${STORY}</p></body></html></inlineXML>`,
      ),
    ),
    stored(
      'rss',
      'application/rss+xml',
      rss(
        `<item><title>Harbour reopens</title><guid>${id('rss')}</guid><link>` +
          `https://example.org/${id('rss')}</link><description>${STORY}</description></item>`,
      ),
    ),
    stored(
      'atom',
      'application/atom+xml',
      atom(
        `<entry><title>Harbour reopens</title><id>${id('atom')}</id><updated>2026-11-27T10:00:00Z</updated>` +
          `<content type="text">${STORY}</content></entry>`,
      ),
    ),
    stored(
      'html',
      'text/html',
      `<html><head><title>Harbour reopens</title></head><body><article><p>${STORY}</p></article></body></html>`,
      { query: q('html') },
    ),
    stored('text', 'text/plain', STORY, { query: q('text') }),

    // A list of names must not become one tag the store refuses.
    stored(
      'club-list',
      'application/json',
      json('club-list', { body: `The following clubs confirmed their entry: ${CLUBS}.` }),
      { words: ['Watford', 'Chelsea'] },
    ),
    stored(
      'capitalised-200k',
      'application/json',
      json('capitalised-200k', { body: `${STORY} ${'Alpha Bravo Charlie Delta Echo Foxtrot '.repeat(5_000)}` }),
    ),
    // Dates the store cannot hold are refused at the door.
    refused(
      'published-year-10000',
      'application/json',
      json('year-10000', { body: STORY, publishedAt: '+010000-01-01T00:00:00Z' }),
    ),
    refused(
      'published-year-0',
      'application/json',
      json('year-0', { body: STORY, publishedAt: '0000-01-01T00:00:00Z' }),
    ),
    // Escaped markup never becomes markup; feed text fields are plain text.
    stored(
      'escaped-body-json',
      'application/json',
      json('escaped-body-json', { title: ESCAPED_IMG_TITLE, body: `${STORY} ${ESCAPED_SCRIPT}` }),
    ),
    stored(
      'escaped-body-html',
      'application/json',
      json('escaped-body-html', { body: `<p>${STORY}</p><p>${ESCAPED_SCRIPT}</p>`, contentType: 'text/html' }),
    ),
    stored('escaped-title-header', 'text/plain', STORY, {
      query: q('escaped-title-header'),
      headers: { 'x-article-title': encodeURIComponent(ESCAPED_IMG_TITLE) },
    }),
    stored(
      'escaped-rss',
      'application/rss+xml',
      rss(
        `<item><title>${ESCAPED_IMG_TITLE}</title><guid>${id('escaped-rss')}</guid><link>` +
          `https://example.org/${id('escaped-rss')}</link><description>${STORY} ` +
          `${ESCAPED_SCRIPT}</description><dc:creator>&lt;script&gt;alert(1)&lt;/script&gt;Jo</dc:creator></item>`,
      ),
    ),
    stored(
      'authors-with-script',
      'application/json',
      json('authors', { body: STORY, authors: ['<script>alert(1)</script>Jo'], byline: '<b>By Jo</b>' }),
    ),
    // XML the parser cannot take is a 400, never a 500 or literal text.
    refused(
      'rss-nested-150',
      'application/rss+xml',
      rss(`<item><title>t</title><description>${'<x>'.repeat(150)}${'</x>'.repeat(150)}</description></item>`),
    ),
    refused(
      'rss-undefined-entity',
      'application/rss+xml',
      rss(`<item><title>&lol;</title><guid>${id('entity')}</guid><description>${STORY}</description></item>`),
    ),
    refused(
      'rss-huge-char-reference',
      'application/rss+xml',
      rss(`<item><title>&#99999999999;</title><guid>${id('charref')}</guid><description>${STORY}</description></item>`),
    ),
    // Hostile bodies are stored (or refused), never dead-lettered.
    stored(
      'unclosed-i',
      'application/json',
      json('unclosed-i', { body: `<p>${STORY}</p>${'<i>'.repeat(60_000)}`, contentType: 'text/html' }),
    ),
    stored(
      'unclosed-td',
      'application/json',
      json('unclosed-td', { body: `<p>${STORY}</p><table><tr>${'<td>'.repeat(60_000)}`, contentType: 'text/html' }),
    ),
  ];
}
