import { formatFor, mediaTypeOf, parserFor, readerNamed, wireFormatNames } from './content-types';
import { sniffFormat } from './sniff';
import { ParseMeta, ParseResult, WireFormatError, WireReader } from './types';

/** How a transport describes what it received; everything is optional but the bytes. */
export interface ReadOptions extends ParseMeta {
  /** The Content-Type the bytes came with (HTTP, a MIME part). */
  contentType?: string;
  /** A format named by the sender (`X-Wire-Format`) or the source's configuration, for formats without a media type. */
  wireFormat?: string;
}

/** A reader chosen for the bytes, or the reason none could be (an unknown format name is the sender's error, 400). */
export type ReaderChoice = { reader: WireReader; format: string } | { unsupported: string };

/**
 * What a sniffed format may override, by the media type that came with the bytes: only unambiguous framing overrides
 * text/plain.
 */
const SNIFF_OVERRIDES: Record<string, Set<string> | 'any'> = {
  '': 'any',
  'application/octet-stream': 'any',
  'text/plain': new Set(['anpa1312', 'iptc7901', 'email']),
  'application/json': new Set(['ap-media', 'ninjs', 'apple-news']),
};

function named(name: string): ReaderChoice {
  const reader = readerNamed(name);
  if (!reader) {
    throw new WireFormatError(
      `X-Wire-Format ${name} is not a format ingest reads; use one of ${wireFormatNames().join(', ')}`,
      'X-Wire-Format',
    );
  }
  return { reader, format: name.trim().toLowerCase() };
}

/**
 * Chooses the reader: a format named by the sender (X-Wire-Format) or the
 * source's configuration; else, for media types that say nothing about the
 * format, what the bytes unambiguously are (sniffFormat); else the
 * Content-Type. `unsupported` says why none applies (415).
 */
export function chooseReader(
  options: Pick<ReadOptions, 'contentType' | 'wireFormat'> & { bytes?: Buffer | string },
): ReaderChoice {
  if (options.wireFormat !== undefined) return named(options.wireFormat);
  const media = mediaTypeOf(options.contentType) ?? '';
  const overridable = SNIFF_OVERRIDES[media];
  if (overridable && options.bytes !== undefined) {
    const sniffed = sniffFormat(options.bytes);
    if (sniffed && (overridable === 'any' || overridable.has(sniffed))) return named(sniffed);
  }
  const format = formatFor(options.contentType);
  const reader = parserFor(options.contentType);
  if (!reader || !format)
    return { unsupported: `Content-Type ${options.contentType ?? '(none)'} is not a format ingest reads` };
  return { reader, format };
}

/**
 * The one entry point every transport uses (HTTP push, the feed poller,
 * drop folders, mailboxes): bytes in, items and refusals out. A body that
 * cannot be read at all throws a WireFormatError (400, or 422 when it is
 * well-formed but not a story); items that cannot be read are in `errors`.
 */
export async function readWire(bytes: Buffer | string, options: ReadOptions = {}): Promise<ParseResult> {
  const choice = chooseReader({ ...options, bytes });
  if ('unsupported' in choice) throw new WireFormatError(choice.unsupported, 'Content-Type', 422);
  return choice.reader(bytes, options);
}
