import { formatFor, parserFor, readerNamed, wireFormatNames, WireReader } from './content-types';
import { ParseMeta, ParseResult, WireFormatError } from './types';

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
 * Chooses the reader: a named wire format first, then the Content-Type.
 * Undefined media types are not guessed here; `unsupported` says why (415).
 */
export function chooseReader(options: Pick<ReadOptions, 'contentType' | 'wireFormat'>): ReaderChoice {
  if (options.wireFormat !== undefined) {
    const named = readerNamed(options.wireFormat);
    if (!named) {
      throw new WireFormatError(`X-Wire-Format ${options.wireFormat} is not a format ingest reads; use one of ${wireFormatNames().join(', ')}`, 'X-Wire-Format');
    }
    return { reader: named, format: options.wireFormat.trim().toLowerCase() };
  }
  const format = formatFor(options.contentType);
  const reader = parserFor(options.contentType);
  if (!reader || !format) return { unsupported: `Content-Type ${options.contentType ?? '(none)'} is not a format ingest reads` };
  return { reader, format };
}

/**
 * The one entry point every transport uses (HTTP push, the feed poller,
 * drop folders, mailboxes): bytes in, items and refusals out. A body that
 * cannot be read at all throws a WireFormatError (400, or 422 when it is
 * well-formed but not a story); items that cannot be read are in `errors`.
 */
export async function readWire(bytes: Buffer | string, options: ReadOptions = {}): Promise<ParseResult> {
  const choice = chooseReader(options);
  if ('unsupported' in choice) throw new WireFormatError(choice.unsupported, 'Content-Type', 422);
  return choice.reader(bytes, options);
}
