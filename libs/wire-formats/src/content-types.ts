import { parseAnpa } from './anpa';
import { parseApMedia } from './ap-media';
import { parseAppleNews } from './apple-news';
import { parseAtom, parseRss } from './feeds';
import { parseIptc7901 } from './iptc7901';
import { parseNewsmlG2 } from './newsml-g2';
import { parseNewsml1 } from './newsml1';
import { parseNinjs } from './ninjs';
import { parseNitf } from './nitf';
import { parseNdjson, parseProjectJson } from './project-json';
import { parseHtmlBody, parsePlainText } from './text-body';
import { ParseMeta, ParseResult, WireFormatError, WireReader } from './types';
import { parseEmail } from './email';
import { sniffFormat } from './sniff';
import { parseAnyXml } from './xml-dispatch';

export type WireFormat =
  'json' | 'ndjson' | 'ninjs' | 'newsml-g2' | 'newsml1' | 'nitf' | 'rss' | 'atom' | 'email' | 'html' | 'text';

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
  newsml1: ['text/vnd.iptc.newsml', 'application/vnd.iptc.newsml+xml'],
  nitf: ['application/nitf+xml', 'text/vnd.iptc.nitf', 'application/vnd.iptc.nitf+xml'],
  rss: ['application/rss+xml'],
  atom: ['application/atom+xml'],
  email: ['message/rfc822'],
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
  newsml1: parseNewsml1,
  nitf: parseNitf,
  rss: parseRss,
  atom: parseAtom,
  email: (body, meta) => parseEmail(body, meta, readAttachment),
  html: parseHtmlBody,
  text: parsePlainText,
};

/** An e-mail attachment: by its media type, else by its first bytes. */
function readAttachment(body: Buffer | string, meta: ParseMeta): ParseResult | Promise<ParseResult> {
  const reader = parserFor(meta.contentType) ?? readerNamed(sniffFormat(body) ?? '');
  if (!reader)
    throw new WireFormatError(`an attachment of type ${meta.contentType ?? 'unknown'} is not a format ingest reads`);
  return reader(body, meta);
}

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
  // Other +json types are read as the project's JSON, so a sender's own JSON media type is not refused.
  if (/^application\/[a-z0-9.+-]+\+json$/.test(media)) return 'json';
  return undefined;
}

/** Formats that have no registered media type: named by `X-Wire-Format`, a source's configuration, or sniffed. */
export const NAMED_READERS: Record<string, WireReader> = {
  anpa1312: parseAnpa,
  iptc7901: parseIptc7901,
  'ap-media': parseApMedia,
  'apple-news': parseAppleNews,
};

/**
 * Names a sender may give in `X-Wire-Format` (or a source in its configuration) besides the format names themselves.
 */
const FORMAT_ALIASES: Record<string, string> = {
  anpa: 'anpa1312',
  'anpa-1312': 'anpa1312',
  zczc: 'anpa1312',
  '7901': 'iptc7901',
  rfc822: 'email',
  anf: 'apple-news',
  ritzau: 'xml',
  solita: 'xml',
  'cp-publish': 'xml',
  mail: 'email',
  'e-mail': 'email',
  ap: 'ap-media',
  'ap-media-api': 'ap-media',
  'iptc-7901': 'iptc7901',
  ninjs1: 'ninjs',
  ninjs2: 'ninjs',
  ninjs3: 'ninjs',
  g2: 'newsml-g2',
  newsmlg2: 'newsml-g2',
  plain: 'text',
  'newsml-1': 'newsml1',
  newsml: 'newsml1',
};

/**
 * The reader of a format named by the sender or configured for the source, or undefined when there is none of that
 * name.
 */
export function readerNamed(name: string): WireReader | undefined {
  const key = name.trim().toLowerCase();
  const format = FORMAT_ALIASES[key] ?? key;
  if (format === 'xml') return parseAnyXml;
  if (Object.prototype.hasOwnProperty.call(NAMED_READERS, format)) return NAMED_READERS[format];
  return Object.prototype.hasOwnProperty.call(READERS, format) ? READERS[format as WireFormat] : undefined;
}

/** Every name `X-Wire-Format` accepts. */
export function wireFormatNames(): string[] {
  return [...Object.keys(READERS), ...Object.keys(NAMED_READERS), 'xml', ...Object.keys(FORMAT_ALIASES)];
}

/** The reader for a Content-Type, or undefined (→ 415). */
export function parserFor(contentType: string | undefined): WireReader | undefined {
  const format = formatFor(contentType);
  if (format === undefined) return undefined;
  return format === 'xml' ? parseAnyXml : READERS[format];
}
