import { parseAtom, parseFeed, parseRss } from './feeds';
import { parseNewsmlG2 } from './newsml-g2';
import { parseNinjs } from './ninjs';
import { parseNdjson, parseProjectJson } from './project-json';
import { parseHtmlBody, parsePlainText } from './text-body';
import { bodyText, ParseMeta, ParseResult, WireParser } from './types';

export type WireFormat = 'json' | 'ndjson' | 'ninjs' | 'newsml-g2' | 'rss' | 'atom' | 'html' | 'text';

/** Media types each format is accepted under (the first one is the one to use). */
export const MEDIA_TYPES: Record<WireFormat, string[]> = {
  json: ['application/json'],
  ndjson: ['application/x-ndjson', 'application/ndjson', 'application/jsonl'],
  ninjs: ['application/ninjs+json', 'application/vnd.iptc.ninjs+json'],
  'newsml-g2': [
    'application/vnd.iptc.g2.newsitem+xml',
    'application/vnd.iptc.g2.newsmessage+xml',
    'application/vnd.iptc.g2.packageitem+xml',
  ],
  rss: ['application/rss+xml'],
  atom: ['application/atom+xml'],
  html: ['text/html', 'application/xhtml+xml'],
  text: ['text/plain'],
};

const PARSERS: Record<WireFormat, WireParser> = {
  json: parseProjectJson,
  ndjson: parseNdjson,
  ninjs: parseNinjs,
  'newsml-g2': parseNewsmlG2,
  rss: parseRss,
  atom: parseAtom,
  html: parseHtmlBody,
  text: parsePlainText,
};

/** `application/json; charset=utf-8` → `application/json`. */
export function mediaTypeOf(contentType: string | undefined): string | undefined {
  const t = contentType?.split(';')[0].trim().toLowerCase();
  return t ? t : undefined;
}

/** Generic XML: the root element says which format it is. */
function sniffXml(body: Buffer | string, meta: ParseMeta): ParseResult {
  const head = bodyText(body, meta.charset).slice(0, 4096);
  if (/<(\w+:)?(newsItem|newsMessage|packageItem)[\s>]/.test(head)) return parseNewsmlG2(body, meta);
  return parseFeed(body, meta);
}

/** The format of a Content-Type, or undefined when ingest does not speak it (→ 415). */
export function formatFor(contentType: string | undefined): WireFormat | 'xml' | undefined {
  const media = mediaTypeOf(contentType);
  if (!media) return undefined;
  for (const [format, types] of Object.entries(MEDIA_TYPES)) if (types.includes(media)) return format as WireFormat;
  if (media === 'application/xml' || media === 'text/xml') return 'xml';
  // Other +json types are read as the project's JSON, as ingest always has.
  if (/^application\/[a-z0-9.+-]+\+json$/.test(media)) return 'json';
  return undefined;
}

/** The parser for a Content-Type, or undefined (→ 415). */
export function parserFor(contentType: string | undefined): WireParser | undefined {
  const format = formatFor(contentType);
  if (format === undefined) return undefined;
  return format === 'xml' ? sniffXml : PARSERS[format];
}
