/**
 * Hostile inputs through every ingest format. Each case says what must
 * happen: `refused` (a 4xx naming the problem, nothing published), or
 * `sanitised` (accepted, then stored with none of the listed strings in its
 * title or text, while the listed visible words survive).
 */
export interface RefusedCase {
  name: string;
  contentType: string;
  body: Buffer;
  query?: Record<string, string>;
  expect: 'refused';
  status: number[];
  message: RegExp;
}

export interface SanitisedCase {
  name: string;
  contentType: string;
  body: Buffer;
  query?: Record<string, string>;
  expect: 'sanitised';
  /** Appears in the stored article's external id or URL: how the test finds it. */
  needle: string;
  /** Must not appear (case-insensitive) in the stored title or text. */
  absent: string[];
  /** Must appear in the stored text: the article itself is kept. */
  present: string[];
}

export type HostileCase = RefusedCase | SanitisedCase;

const buf = (s: string) => Buffer.from(s, 'utf8');
const INVALID_UTF8 = Buffer.from([0xc3, 0x28, 0xff, 0xfe]);
const withBadBytes = (before: string, after: string) => Buffer.concat([buf(before), INVALID_UTF8, buf(after)]);
const splitAt = (s: string): [string, string] => s.split('@@') as [string, string];

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;">]>`;
const XXE = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>`;
const PARAMETER_XXE = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % ext SYSTEM "http://127.0.0.1:1/evil.dtd"> %ext;]>`;

const rss = (item: string) =>
  `<?xml version="1.0"?><rss version="2.0" ` +
  `xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Feed</title>${item}</channel></rss>`;
const atom = (entry: string) =>
  `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Feed</title><id>urn:feed</id><updated>` +
  `2026-11-27T10:00:00Z</updated>${entry}</feed>`;
const newsItem = (guid: string, body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="${guid}" version="1" standard="NewsML-G2" standardversion="2.29">
  <itemMeta><itemClass qcode="ninat:text"/><provider qcode="nprov:test"/><versionCreated>2026-11-27T10:00:00Z</versionCreated><pubStatus qcode="stat:usable"/></itemMeta>
  <contentMeta><headline>Harbour reopens after repairs</headline></contentMeta>
  <contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>${body}</body></html></inlineXML></contentSet>
</newsItem>`;

/**
 * The visible story every sanitised case carries (with its own tag, so no two are duplicates); the hostile parts are
 * around it.
 */
const story = (tag: string) =>
  'The harbour at Portmeirion reopened on Tuesday after three weeks of repairs to the sea wall. ' +
  `Fishing crews returned at dawn and the ferry resumed its timetable, the harbour master said in notice ${tag}.`;
const STORY = story('general');

/** Script, style and handler injection in every shape an HTML body can carry it. */
const injectedHtml = (tag: string) => `
  <script>alert('xss-script')</script>
  <style>.x { color: hostilestyle }</style>
  <p onclick="alert('xss-onclick')">${story(tag)}</p>
  <img src="x" onerror="alert('xss-onerror')">
  <a href="javascript:alert('xss-href')">read more</a>
  <iframe src="javascript:alert('xss-iframe')"></iframe>
  <svg><script>alert('xss-svg')</script></svg>
  <noscript><img src=x onerror="alert('xss-noscript')"></noscript>
  <template><script>alert('xss-template')</script></template>
  <object data="javascript:alert('xss-object')"></object>
  <scr<script>ipt>alert('xss-split')</script>
  <!-- <script>alert('xss-comment')</script> -->`;

/** The same injections as well-formed XHTML (NewsML-G2 inlineXML must be XML). */
const injectedXhtml = (tag: string) => `
  <script>alert('xss-script')</script>
  <style>.x { color: hostilestyle }</style>
  <p onclick="alert('xss-onclick')">${story(tag)}</p>
  <img src="x" onerror="alert('xss-onerror')"/>
  <a href="javascript:alert('xss-href')">read more</a>
  <iframe src="javascript:alert('xss-iframe')"></iframe>
  <svg xmlns="http://www.w3.org/2000/svg"><script>alert('xss-svg')</script></svg>
  <object data="javascript:alert('xss-object')"></object>
  <!-- <script>alert('xss-comment')</script> -->`;

/**
 * What must never be served: markup, script and style content, handler and javascript: URLs. The text a
 * browser shows for the split trick (`<scr<script>ipt>alert('xss-split')</script>` renders
 * "ipt>alert('xss-split')") is text, not markup: edited copy keeps every text node, so it may be served.
 */
const INJECTION_ABSENT = [
  '<script',
  'javascript:',
  'onerror',
  'onclick',
  'hostilestyle',
  '<style',
  '<iframe',
  '<',
  ...[
    'script',
    'onclick',
    'onerror',
    'href',
    'iframe',
    'svg',
    'noscript',
    'template',
    'object',
    'comment',
    'title',
  ].map((m) => `xss-${m}`),
];

export function hostileCorpus(sourceId: string, run: string): HostileCase[] {
  const id = (name: string) => `${run}-${name}`;
  const json = (o: object) => buf(JSON.stringify(o));
  const refused = (
    name: string,
    contentType: string,
    body: Buffer,
    status: number[],
    message: RegExp,
    query?: Record<string, string>,
  ): RefusedCase => ({
    name,
    contentType,
    body,
    status,
    message,
    query,
    expect: 'refused',
  });
  const sanitised = (
    name: string,
    contentType: string,
    body: Buffer,
    query?: Record<string, string>,
    absent = INJECTION_ABSENT,
    present: string[] = [],
  ): SanitisedCase => ({
    name,
    contentType,
    body,
    query,
    expect: 'sanitised',
    needle: id(name),
    absent,
    present: ['Portmeirion', 'ferry resumed', ...present],
  });
  const q = (name: string) => ({ source: sourceId, externalId: id(name) });

  return [
    // JSON (the project's format) and NDJSON
    refused('json-truncated', 'application/json', buf('{"sourceId": "x", "body": '), [400], /JSON/),
    refused('json-trailing-garbage', 'application/json', buf('{"a":1} DROP TABLE'), [400], /JSON/),
    refused('json-deep-nesting', 'application/json', buf('['.repeat(100_000) + ']'.repeat(100_000)), [400, 422], /./),
    refused(
      'json-deep-field',
      'application/json',
      buf(
        `{"sourceId":"${sourceId}","externalId":"${id('deep')}","body":"x",` +
          `"extra":${'['.repeat(5_000)}${']'.repeat(5_000)}}`,
      ),
      [400],
      /nests deeper/,
    ),
    refused(
      'json-proto-pollution',
      'application/json',
      buf(`{"sourceId":"${sourceId}","externalId":"${id('proto')}","body":"x","__proto__":{"polluted":true}}`),
      [400],
      /__proto__/,
    ),
    refused(
      'json-invalid-utf8',
      'application/json',
      withBadBytes(`{"sourceId":"${sourceId}","externalId":"${id('utf8')}","body":"caf`, '"}'),
      [400],
      /UTF-8/,
    ),
    refused(
      'json-nul',
      'application/json',
      json({ sourceId, externalId: id('nul'), body: `${STORY}\u0000hidden` }),
      [400],
      /U\+0000/,
    ),
    refused(
      'json-nul-in-title',
      'application/json',
      json({ sourceId, externalId: id('nul-title'), title: 'a\u0000b', body: STORY }),
      [400],
      /title/,
    ),
    refused(
      'json-huge-body',
      'application/json',
      json({ sourceId, externalId: id('huge'), body: 'word '.repeat(300_000) }),
      [413],
      /bytes/,
    ),
    refused(
      'json-wrong-types',
      'application/json',
      json({ sourceId: ['x'], externalId: { $gt: '' }, body: 42 }),
      [400],
      /sourceId/,
    ),
    sanitised(
      'json-injected-html',
      'application/json',
      json({
        sourceId,
        externalId: id('json-injected-html'),
        title: `<script>alert('xss-title')</script>Harbour reopens`,
        body: injectedHtml(id('json')),
        contentType: 'text/html',
      }),
    ),
    sanitised(
      'json-control-chars',
      'application/json',
      json({
        sourceId,
        externalId: id('json-control-chars'),
        body: `${story(id('controls'))}\u0007\u001b[31m\u0008\u000b\u007f\u202e`.replace('Tuesday', 'Tues\u0001day'),
      }),
      undefined,
      ['\u0001', '\u0007', '\u001b', '\u0008', '\u000b', '\u007f', '\u202e'],
    ),
    refused('ndjson-bad-line', 'application/x-ndjson', buf('{"sourceId":"x"\n{not json}\n'), [400, 422], /./),

    // ninjs
    refused('ninjs-malformed', 'application/ninjs+json', buf('{"uri": "urn:x", "bodies": [ {"value": '), [400], /JSON/),
    refused(
      'ninjs-invalid-utf8',
      'application/ninjs+json',
      withBadBytes('{"uri":"urn:x","body_text":"caf', '"}'),
      [400],
      /UTF-8/,
    ),
    sanitised(
      'ninjs-injected-html',
      'application/ninjs+json',
      json({
        uri: `urn:test:${id('ninjs-injected-html')}`,
        altids: { externalId: id('ninjs-injected-html') },
        headline: 'Harbour reopens',
        body_html: injectedHtml(id('ninjs')),
      }),
      q('ninjs-injected-html'),
    ),

    // NewsML-G2
    refused(
      'newsml-billion-laughs',
      'application/vnd.iptc.g2.newsitem+xml',
      buf(`${BILLION_LAUGHS}<newsItem guid="a">&lol9;</newsItem>`),
      [400],
      /DOCTYPE|DTD/,
    ),
    refused(
      'newsml-xxe',
      'application/vnd.iptc.g2.newsitem+xml',
      buf(`${XXE}<newsItem guid="a">&xxe;</newsItem>`),
      [400],
      /DOCTYPE|DTD/,
    ),
    refused(
      'newsml-parameter-xxe',
      'application/vnd.iptc.g2.newsitem+xml',
      buf(`${PARAMETER_XXE}<newsItem guid="a"/>`),
      [400],
      /DOCTYPE|DTD/,
    ),
    refused(
      'newsml-malformed',
      'application/vnd.iptc.g2.newsitem+xml',
      buf('<newsItem guid="x"><itemMeta></newsItem>'),
      [400],
      /well-formed/,
    ),
    refused(
      'newsml-deep-nesting',
      'application/vnd.iptc.g2.newsitem+xml',
      buf(newsItem('urn:deep', '<div>'.repeat(30_000) + STORY + '</div>'.repeat(30_000))),
      [400],
      /nest/i,
    ),
    refused(
      'newsml-nul-reference',
      'application/vnd.iptc.g2.newsitem+xml',
      buf(newsItem('urn:nul', `<p>${STORY}&#0;</p>`)),
      [400],
      /U\+0000|character reference/,
    ),
    refused(
      'newsml-invalid-utf8',
      'application/vnd.iptc.g2.newsitem+xml',
      withBadBytes(...splitAt(newsItem('urn:utf8', '<p>caf@@</p>'))),
      [400],
      /UTF-8/,
    ),
    sanitised(
      'newsml-injected-xhtml',
      'application/vnd.iptc.g2.newsitem+xml',
      buf(newsItem(`urn:test:${id('newsml-injected-xhtml')}`, injectedXhtml(id('newsml')))),
      q('newsml-injected-xhtml'),
    ),

    // RSS and Atom (and generic XML, sniffed)
    refused(
      'rss-billion-laughs',
      'application/rss+xml',
      buf(`${BILLION_LAUGHS}${rss('<item><title>&lol9;</title></item>').replace('<?xml version="1.0"?>', '')}`),
      [400],
      /DOCTYPE|DTD/,
    ),
    refused(
      'rss-xxe',
      'application/rss+xml',
      buf(`${XXE}${rss('<item><title>&xxe;</title></item>').replace('<?xml version="1.0"?>', '')}`),
      [400],
      /DOCTYPE|DTD/,
    ),
    refused(
      'rss-malformed',
      'application/rss+xml',
      buf('<rss><channel><item><title>x</channel></rss>'),
      [400],
      /well-formed/,
    ),
    refused(
      'atom-xxe',
      'application/atom+xml',
      buf(`${XXE}${atom('<entry><title>&xxe;</title></entry>').replace('<?xml version="1.0"?>', '')}`),
      [400],
      /DOCTYPE|DTD/,
    ),
    refused(
      'xml-sniffed-xxe',
      'application/xml',
      buf(`${XXE}<rss><channel><item><title>&xxe;</title></item></channel></rss>`),
      [400],
      /DOCTYPE|DTD/,
    ),
    sanitised(
      'rss-injected-cdata',
      'application/rss+xml',
      buf(
        rss(
          `<item><title>Harbour reopens</title><guid>${id('rss-injected-cdata')}</guid><link>` +
            `https://example.org/${id('rss-injected-cdata')}</link><content:encoded>` +
            `<![CDATA[${injectedHtml(id('rss'))}]]></content:encoded></item>`,
        ),
      ),
    ),
    sanitised(
      'atom-injected-html',
      'application/atom+xml',
      buf(
        atom(
          `<entry><title>Harbour reopens</title><id>${id('atom-injected-html')}</id><link ` +
            `href="https://example.org/${id('atom-injected-html')}"/><updated>2026-11-27T10:00:00Z</updated>` +
            `<content ` +
            `type="html">` +
            `${injectedHtml(id('atom')).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</conte` +
            `nt></entry>`,
        ),
      ),
    ),

    // HTML pages
    sanitised(
      'html-injected',
      'text/html',
      buf(
        `<!doctype html><html><head><title>Harbour ` +
          `reopens</title><script>alert('xss-head')</script></head><body><article>` +
          `${injectedHtml(id('page'))}</article></body></html>`,
      ),
      q('html-injected'),
    ),
    sanitised(
      'html-deep-nesting',
      'text/html',
      buf(
        `<html><body>${'<div>'.repeat(20_000)}<p>${story(id('deep'))}</p><script>alert('xss-deep')</script>` +
          `${'</div>'.repeat(20_000)}</body></html>`,
      ),
      q('html-deep-nesting'),
    ),
    refused(
      'html-invalid-utf8',
      'text/html',
      withBadBytes(`<html><body><p>caf`, '</p></body></html>'),
      [400],
      /UTF-8/,
      q('html-utf8'),
    ),
    refused(
      'html-nul',
      'text/html',
      buf(`<html><body><p>${STORY}\u0000</p></body></html>`),
      [400],
      /U\+0000/,
      q('html-nul'),
    ),

    // Plain text
    refused('text-nul', 'text/plain', buf(`${STORY}\u0000`), [400], /U\+0000/, q('text-nul')),
    // Not hostile, but the other side of refusing bad UTF-8: a declared legacy charset is read correctly.
    sanitised(
      'text-latin1',
      'text/plain; charset=iso-8859-1',
      Buffer.from(`${story(id('latin1'))} Café owners cheered.`, 'latin1'),
      q('text-latin1'),
      ['\ufffd'],
      ['Café owners'],
    ),
    refused('text-invalid-utf8', 'text/plain', withBadBytes(STORY, ' more'), [400], /UTF-8/, q('text-utf8')),
    sanitised('text-sql-metacharacters-in-ids', 'text/plain', buf(story(id('sql'))), {
      source: sourceId,
      externalId: `${id('text-sql-metacharacters-in-ids')}'; DROP TABLE articles; --`,
      title: `Robert'); DROP TABLE articles;--`,
    }),
  ];
}

/** Values with SQL (and LIKE, tsquery, regex, NUL) metacharacters, tried in every query parameter. */
export const SQL_METACHARACTERS = [
  `' OR '1'='1`,
  `'; DROP TABLE articles; --`,
  `" OR ""="`,
  `%`,
  `_`,
  `\\`,
  `$1`,
  `)) OR ((1=1`,
  `1; SELECT pg_sleep(5)`,
  `::regclass`,
  `E'\\x00'`,
  `a:* & !b | (c <-> d)`,
  `.*[`,
  '\u0000',
  '𝕏 \u202e',
];
