import { plain } from './metadata';
import { storyItem } from './story';
import { bodyText, compact, ParseMeta, ParseResult, resultOf, WireItem } from './types';

/** The content of the first `<name …>…</name>` (indexOf only: a page of unclosed starts costs one scan). */
function firstElementText(html: string, lower: string, name: string): string | undefined {
  const open = lower.indexOf(`<${name}`);
  const start = open < 0 ? -1 : html.indexOf('>', open);
  const end = start < 0 ? -1 : lower.indexOf(`</${name}`, start);
  return end < 0 ? undefined : html.slice(start + 1, end);
}

/** The page's <title>, else its first <h1> (an article fragment has no head). */
function htmlTitle(html: string): string | undefined {
  const lower = html.toLowerCase();
  const raw = firstElementText(html, lower, 'title') ?? firstElementText(html, lower, 'h1');
  const t = raw === undefined ? undefined : plain(raw);
  return t ? t : undefined;
}

function single(item: WireItem): ParseResult {
  return { items: [item], indexes: [0], errors: [], batch: false };
}

/**
 * An HTML page as the body; source, URL, title etc. come from headers or query parameters (the page's <title> when none
 * is given).
 */
export function parseHtmlBody(body: Buffer | string, meta: ParseMeta = {}): ParseResult {
  const html = bodyText(body, meta.charset);
  return single(
    compact({
      sourceId: meta.sourceId,
      externalId: meta.externalId,
      url: meta.url,
      title: meta.title ?? htmlTitle(html),
      body: html,
      contentType: 'text/html' as const,
      language: meta.language,
      publishedAt: meta.publishedAt,
      format: 'html',
      provenance: meta.provenance as WireItem['provenance'],
    }),
  );
}

/**
 * Plain text as the body; the metadata comes from headers or query
 * parameters. Without a title, the first sentence is the headline (flagged;
 * not for a page declared scraped); a body with no words is refused (422),
 * never stored empty.
 */
export function parsePlainText(body: Buffer | string, meta: ParseMeta = {}): ParseResult {
  const item = storyItem(
    compact({
      sourceId: meta.sourceId,
      externalId: meta.externalId,
      url: meta.url,
      title: meta.title,
      body: bodyText(body, meta.charset),
      contentType: 'text/plain' as const,
      language: meta.language,
      publishedAt: meta.publishedAt,
      format: 'text',
      provenance: meta.provenance as WireItem['provenance'],
    }),
    0,
    { keepTitle: meta.provenance === 'scraped' },
  );
  return resultOf([item], false);
}
