import { parseAtom, parseRss } from './feeds';
import { parseNewsmlG2 } from './newsml-g2';
import { parseNinjs } from './ninjs';
import { parseNitf } from './nitf';
import { parseNdjson, parseProjectJson } from './project-json';
import { parseHtmlBody, parsePlainText } from './text-body';
import { ParseMeta, ParseResult } from './types';
import { parseAnyXml } from './xml-dispatch';

/** A reader: the bytes of one request or file in, the items and refusals out. */
export type WireReader = (body: Buffer | string, meta: ParseMeta) => ParseResult | Promise<ParseResult>;

export type WireFormat = 'json' | 'ndjson' | 'ninjs' | 'newsml-g2' | 'nitf' | 'rss' | 'atom' | 'html' | 'text';

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
  nitf: ['application/nitf+xml', 'text/vnd.iptc.nitf', 'application/vnd.iptc.nitf+xml'],
  rss: ['application/rss+xml'],
  atom: ['application/atom+xml'],
  html: ['text/html', 'application/xhtml+xml'],
  text: ['text/plain'],
};

/** Media types read as XML of any kind: the root element picks the reader. */
export const GENERIC_XML_TYPES = ['application/xml', 'text/xml'];

const READERS: Record<WireFormat, WireReader> = {
  json: parseProjectJson,
  ndjson: parseNdjson,
  ninjs: parseNinjs,
  'newsml-g2': parseNewsmlG2,
  nitf: parseNitf,
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

/** The format of a Content-Type, or undefined when ingest does not speak it (→ 415). */
export function formatFor(contentType: string | undefined): WireFormat | 'xml' | undefined {
  const media = mediaTypeOf(contentType);
  if (!media) return undefined;
  for (const [format, types] of Object.entries(MEDIA_TYPES)) if (types.includes(media)) return format as WireFormat;
  if (GENERIC_XML_TYPES.includes(media)) return 'xml';
  // Other +json types are read as the project's JSON, as ingest always has.
  if (/^application\/[a-z0-9.+-]+\+json$/.test(media)) return 'json';
  return undefined;
}

/** Names a sender may give in `X-Wire-Format` (or a source in its configuration) besides the format names themselves. */
const FORMAT_ALIASES: Record<string, WireFormat | 'xml'> = {
  ninjs1: 'ninjs',
  ninjs2: 'ninjs',
  ninjs3: 'ninjs',
  g2: 'newsml-g2',
  newsmlg2: 'newsml-g2',
  plain: 'text',
};

/** The reader of a format named by the sender or configured for the source, or undefined when there is none of that name. */
export function readerNamed(name: string): WireReader | undefined {
  const key = name.trim().toLowerCase();
  if (key === 'xml') return parseAnyXml;
  const format = (FORMAT_ALIASES[key] ?? key);
  if (format === 'xml') return parseAnyXml;
  return Object.prototype.hasOwnProperty.call(READERS, format) ? READERS[format] : undefined;
}

/** Every name `X-Wire-Format` accepts. */
export function wireFormatNames(): string[] {
  return [...Object.keys(READERS), 'xml', ...Object.keys(FORMAT_ALIASES)];
}

/** The reader for a Content-Type, or undefined (→ 415). */
export function parserFor(contentType: string | undefined): WireReader | undefined {
  const format = formatFor(contentType);
  if (format === undefined) return undefined;
  return format === 'xml' ? parseAnyXml : READERS[format];
}
