import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanArticle, stripSiteName } from './clean-article';

const SHARED = process.env.NEWS_SHARED_DIR || join(__dirname, '..', '..', '..', '..', 'shared');
const SEED = join(SHARED, 'seeds', '000_315ce49d09b2d10d.txt');

describe.each(['scraped', 'unknown'] as const)('cleanArticle: the scraped seed (text/plain, %s)', (provenance) => {
  const body = readFileSync(SEED, 'utf8');
  const result = cleanArticle({
    body,
    contentType: 'text/plain',
    url: 'https://www.rt.com/news/putin-obama?utm_source=x',
    provenance,
  });
  const paragraphs = result.text.split('\n\n');

  it('drops the icon-font line and the comment-section notice', () => {
    expect(result.text).not.toMatch(/bookmarkicon|chevron|icon/);
    expect(result.text).not.toMatch(/Dear readers|comment section|RT Team/);
  });

  it('finds the title, and the body never repeats it', () => {
    expect(result.title).toBe('Putin to Obama: Use your influence to prevent bloodshed in Ukraine');
    expect(result.text).not.toContain('Putin to Obama');
    expect(result.qualityFlags).toEqual([]);
  });

  it('keeps every story paragraph, in order', () => {
    const story = body
      .split(/\n+/)
      .map((l) => l.trim())
      .filter((l) => l.length > 0)
      .slice(3) // icon line + the title twice
      .filter((l) => !/^(Dear readers|We have implemented|Sorry for the inconvenience|RT Team)/.test(l));
    expect(story).toHaveLength(13);
    expect(paragraphs).toEqual(story);
  });

  it('hashes the clean text and strips tracking parameters from the URL', () => {
    expect(result.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(result.metadata.canonicalUrl).toBe('https://www.rt.com/news/putin-obama');
    expect(result.wordCount).toBeGreaterThan(400);
  });
});

const storyParagraphs = [
  'The city council voted on Tuesday to expand the bus network, adding three routes that will connect the ' +
    'northern suburbs with the central station by the end of next year.',
  'Officials said the plan, which has been debated for almost two years, would cost about 40 million euros and ' +
    'be paid for partly by a regional transport fund.',
  '“We have listened to the people who spend an hour getting to work every morning,” the mayor told reporters ' +
    'after the vote, adding that fares would not rise.',
  'Opposition members argued that the money would be better spent on repairing existing roads, but the motion ' +
    'passed with a comfortable majority of the council.',
  'Construction of the new stops is expected to begin in the spring, and the first route could open as early as ' +
    'September if the tender process goes smoothly.',
];

function page(extraBody = ''): string {
  return `<!doctype html><html lang="en"><head>
<title>Council expands bus network | Daily Example</title>
<meta property="og:title" content="Council expands bus network">
<meta property="og:site_name" content="Daily Example">
<meta property="og:image" content="/img/bus.jpg?utm_medium=social">
<meta name="description" content="Three new routes for the northern suburbs.">
<meta property="article:published_time" content="2025-03-04T08:15:00+01:00">
<link rel="canonical" href="https://example.com/news/bus-network?utm_source=twitter&amp;id=7#top">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Council expands bus network","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}],"dateModified":"2025-03-04T10:00:00Z"}]}</script>
<script>var tracking = "Do not include me";</script>
</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article>
<h1>Council expands bus network</h1>
<div class="byline">By Jane Doe and John Roe</div>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
<p>${storyParagraphs[0]}</p>
<p>${storyParagraphs[1]}</p>
<figure><img src="/bus.jpg"><figcaption>A bus in the city centre. Photo: Example</figcaption></figure>
<p>${storyParagraphs[2]}</p>
<div class="related-articles"><h3>Related</h3><ul><li><a href="/a">Tram line delayed again</a></li><li><a href="/b">Cycle lanes for the old town</a></li></ul></div>
<p>${storyParagraphs[3]}</p>
<p>${storyParagraphs[4]}</p>
<div class="newsletter-signup"><p>Sign up for our morning newsletter and get the news in your inbox.</p></div>
${extraBody}
</article></main>
<aside><h2>Most read</h2><ul><li><a href="/c">Something else entirely happened today</a></li></ul></aside>
<footer><p>© 2025 Daily Example. All rights reserved.</p><p>We use cookies to improve your experience.</p></footer>
</body></html>`;
}

describe('cleanArticle: an HTML page', () => {
  const result = cleanArticle({
    body: page(),
    contentType: 'text/html',
    url: 'https://example.com/news/bus-network?utm_campaign=x',
  });

  it('keeps the story paragraphs in order, separated by blank lines', () => {
    expect(result.text.split('\n\n')).toEqual(storyParagraphs);
  });

  it('drops share bars, related lists, newsletter and cookie notices, captions, bylines and scripts', () => {
    for (const chrome of [
      'Share on Facebook',
      'Tram line delayed',
      'newsletter',
      'cookies',
      'Photo: Example',
      'By Jane Doe',
      'Do not include me',
      'Most read',
    ]) {
      expect(result.text).not.toContain(chrome);
    }
    expect(result.qualityFlags).toEqual([]);
  });

  it('reads metadata from meta tags and JSON-LD', () => {
    expect(result.title).toBe('Council expands bus network');
    expect(result.metadata).toEqual({
      title: 'Council expands bus network',
      authors: ['Jane Doe', 'John Roe'],
      publishedAt: '2025-03-04T07:15:00.000Z',
      modifiedAt: '2025-03-04T10:00:00.000Z',
      canonicalUrl: 'https://example.com/news/bus-network?id=7',
      siteName: 'Daily Example',
      description: 'Three new routes for the northern suburbs.',
      leadImage: 'https://example.com/img/bus.jpg',
    });
  });

  it('a caller-supplied title wins over the page title', () => {
    expect(cleanArticle({ body: page(), contentType: 'text/html', title: 'Wire title' }).title).toBe('Wire title');
  });
});

describe('cleanArticle: normalisation and flags', () => {
  it('leaves no tags, entities or control characters, and composes to NFC', () => {
    const body =
      'Cafe\u0301 &amp; bar reopened &#8212; <b>finally</b>.\u0007 It was closed for a year, and the owners said ' +
      'they were glad to be back in business.';
    const { text } = cleanArticle({ body, contentType: 'text/plain', title: 'x' });
    expect(text).toBe(
      'Café & bar reopened — finally. It was closed for a year, and the owners said they were glad to be back in ' +
        'business.',
    );
    expect(text.normalize('NFC')).toBe(text);
  });

  it('flags an empty result and a missing title', () => {
    const r = cleanArticle({
      body: '<html><body><nav><a href="/">Home</a></nav></body></html>',
      contentType: 'text/html',
    });
    expect(r.text).toBe('');
    expect(r.qualityFlags).toEqual(
      expect.arrayContaining(['empty_after_cleaning', 'title_missing', 'extraction_fallback_used']),
    );
  });

  it('flags a short story as too_short, not empty', () => {
    const r = cleanArticle({
      body: '<p>The minister resigned on Friday, citing health reasons, her office said.</p>',
      contentType: 'text/html',
      title: 'Minister resigns',
    });
    expect(r.text).toBe('The minister resigned on Friday, citing health reasons, her office said.');
    expect(r.qualityFlags).toContain('too_short');
    expect(r.qualityFlags).not.toContain('empty_after_cleaning');
  });

  it('rejects an unsupported content type with a clear error', () => {
    expect(() => cleanArticle({ body: 'x', contentType: 'application/pdf' as 'text/plain' })).toThrow(
      /unsupported contentType/,
    );
  });
});

describe('stripSiteName', () => {
  it('drops a known site name around the headline', () => {
    expect(stripSiteName('Rates rise again | Daily Example', 'Daily Example')).toBe('Rates rise again');
    expect(stripSiteName('Daily Example - Rates rise again', 'daily example')).toBe('Rates rise again');
    expect(stripSiteName('Rates rise again', 'Daily Example')).toBe('Rates rise again');
    expect(stripSiteName('Rates rise again | Other', null)).toBe('Rates rise again | Other');
  });
});
