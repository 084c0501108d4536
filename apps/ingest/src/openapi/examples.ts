/** One short example body per wire format, for the OpenAPI document (full ones: libs/wire-formats/fixtures). */
export const EXAMPLES = {
  json: {
    sourceId: 'example-wire',
    externalId: 'ex-2026-0001',
    url: 'https://news.example.com/2026/harbour-bridge-reopens',
    title: 'Harbour bridge reopens after repairs',
    body: '<p>The harbour bridge reopened on Monday after six weeks of repairs.</p>',
    language: 'en',
    publishedAt: '2026-11-27T08:00:00Z',
    version: 1,
  },
  jsonBatch: [
    { sourceId: 'example-wire', externalId: 'ex-batch-1', title: 'First', body: 'First story text.' },
    { sourceId: 'example-wire', externalId: 'ex-batch-2', title: 'Second', body: 'Second story text.', version: 2 },
  ],
  ndjson:
    '{"sourceId":"example-wire","externalId":"ex-nd-1","body":"Line one story."}\n' +
    '{"sourceId":"example-wire","externalId":"ex-nd-2","body":"Line two story."}\n',
  ninjs: {
    uri: 'urn:example:ninjs:2026:council-budget',
    version: '3',
    firstcreated: '2026-11-27T07:30:00Z',
    versioncreated: '2026-11-27T09:15:00Z',
    pubstatus: 'usable',
    urgency: 3,
    language: 'en-GB',
    headlines: [{ role: 'main', value: "Council approves next year's budget" }],
    bodies: [
      {
        role: 'main',
        contenttype: 'text/html',
        value: '<p>The city council approved the budget by 31 votes to 12.</p>',
      },
    ],
    subjects: [{ name: 'government budget', uri: 'http://cv.iptc.org/newscodes/mediatopic/20000438' }],
    altids: [{ role: 'url', value: 'https://news.example.com/2026/council-budget' }],
  },
  newsml:
    '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:example.com:20261127:flood-warning" ' +
    'version="2" standard="NewsML-G2" standardversion="2.33">' +
    '<itemMeta><itemClass qcode="ninat:text"/><provider ' +
    'qcode="nprov:EXAMPLE"/><versionCreated>2026-11-27T06:45:00Z</versionCreated>' +
    '<firstCreated>2026-11-27T06:00:00Z</firstCreated><pubStatus qcode="stat:usable"/></itemMeta>' +
    '<contentMeta><urgency>2</urgency><subject qcode="medtop:20000148"/><headline>Flood warning for the river ' +
    'valley</headline><language tag="en"/></contentMeta>' +
    '<contentSet><inlineXML contenttype="application/xhtml+xml"><html ' +
    'xmlns="http://www.w3.org/1999/xhtml"><body><p>Forecasters issued a flood ' +
    'warning.</p></body></html></inlineXML></contentSet>' +
    '</newsItem>',
  rss:
    '<rss version="2.0"><channel><title>Example ' +
    'News</title><link>https://news.example.com/</link><description>Top</description><language>en</language>' +
    '<item><title>Library opens late on Thursdays</title><link>https://news.example.com/2026/library-hours</link>' +
    '<guid isPermaLink="false">example-rss-1001</guid>' +
    '<description>The central library will open until 9pm.</description><pubDate>Fri, 27 Nov 2026 08:00:00 ' +
    'GMT</pubDate><category>Local</category></item></channel></rss>',
  atom:
    '<feed xmlns="http://www.w3.org/2005/Atom" ' +
    'xml:lang="en"><title>Example</title><id>urn:example:feed</id><updated>2026-11-27T10:00:00Z</updated>' +
    '<entry><title>Museum gets new wing</title><link ' +
    'href="https://news.example.org/2026/museum-wing"/><id>tag:news.example.org,2026:museum-wing</id>' +
    '<updated>2026-11-27T10:00:00Z</updated><content type="html">&lt;p&gt;The museum opened a new ' +
    'wing.&lt;/p&gt;</content></entry></feed>',
  nitf:
    '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE nitf SYSTEM "nitf-3-4.dtd"><nitf><head><docdata><doc-id ' +
    'id-string="ex-nitf-2026-0001"/>' +
    '<urgency ed-urg="3"/><date.issue norm="20261127T080000Z"/></docdata></head><body><body.head><hedline><hl1>' +
    'Harbour bridge reopens</hl1></hedline>' +
    '<byline>By Sam Reporter</byline><dateline>HARBOUR CITY, Nov 27</dateline></body.head>' +
    '<body.content><p>The harbour bridge reopened on Monday after six weeks of ' +
    'repairs.</p></body.content></body></nitf>',
  newsml1:
    '<?xml version="1.0" encoding="UTF-8"?><NewsML ' +
    'Version="1.2"><NewsItem><Identification><NewsIdentifier><ProviderId>example.com</ProviderId>' +
    '<DateId>20261127</DateId><NewsItemId>harbour-bridge</NewsItemId><RevisionId PreviousRevision="0" ' +
    'Update="N">1</RevisionId></NewsIdentifier></Identification>' +
    '<NewsManagement><FirstCreated>20261127T080000Z</FirstCreated><Status FormalName="Usable"/><Urgency ' +
    'FormalName="3"/></NewsManagement>' +
    '<NewsComponent><NewsLines><HeadLine>Harbour bridge reopens</HeadLine><DateLine>HARBOUR CITY, Nov ' +
    '27</DateLine></NewsLines>' +
    '<ContentItem><MediaType FormalName="Text"/><DataContent><nitf><body><body.content><p>The harbour bridge ' +
    'reopened on Monday.</p>' +
    '</body.content></body></nitf></DataContent></ContentItem></NewsComponent></NewsItem></NewsML>',
  email:
    'From: Example Wire <desk@wire.example.com>\r\nTo: ingest@news.example.com\r\nSubject: Harbour bridge reopens\r\n' +
    'Message-ID: <ex-2026-0001@wire.example.com>\r\nDate: Fri, 27 Nov 2026 08:00:00 +0000\r\nContent-Type: ' +
    'text/plain; charset=utf-8\r\n\r\n' +
    'The harbour bridge reopened on Monday after six weeks of repairs.\r\n',
  html:
    '<html><head><title>Ferry timetable changes</title></head><body><p>The island ferry will run every 40 minutes ' +
    'from Monday.</p></body></html>',
  text: 'The island ferry will run every 40 minutes from Monday.',
} as const;
