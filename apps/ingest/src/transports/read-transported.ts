import { extname } from 'node:path';
import { declaredCharset, ParseResult, readerNamed, readWire, WireFormatError } from '@news/wire-formats';

/** What a transport knows about the bytes beside them. */
export interface TransportHints {
  sourceId: string;
  /** A drop folder's file name: its extension names the format when nothing else does. */
  fileName?: string;
  /** A message's media type (`message/rfc822` for a mailbox). */
  contentType?: string;
  /** The source's configured format, for formats without a media type (ANPA, IPTC 7901). */
  wireFormat?: string;
  /** The source's configured charset, for bytes that do not declare one. */
  charset?: string;
  /** The identity of an item whose format carries none (plain text, HTML): stable for the same bytes. */
  externalId?: string;
  provenance?: 'edited' | 'scraped';
}

/** A reader's result, with the sender when the format names one (an e-mail's From). */
export type TransportRead = ParseResult & { sender?: string };

/** Bytes in, items and refusals out: readTransported below, or a stand-in in tests. */
export type TransportReader = (bytes: Buffer, hints: TransportHints) => Promise<TransportRead>;

/** Media types of the usual file extensions of a drop folder. */
const EXTENSION_TYPES: Record<string, string> = {
  '.xml': 'application/xml',
  '.nitf': 'application/nitf+xml',
  '.json': 'application/json',
  '.ninjs': 'application/ninjs+json',
  '.ndjson': 'application/x-ndjson',
  '.jsonl': 'application/x-ndjson',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.txt': 'text/plain',
  '.eml': 'message/rfc822',
};

/** Extensions agencies use for formats that have no media type, used once wire-formats reads them. */
const EXTENSION_FORMATS: Record<string, string> = { '.tst': 'anpa1312', '.anpa': 'anpa1312', '.ipt': 'iptc7901' };

function byFileName(fileName: string | undefined): { contentType?: string; wireFormat?: string } {
  if (!fileName) return {};
  const ext = extname(fileName).toLowerCase();
  const format = EXTENSION_FORMATS[ext];
  if (format && readerNamed(format)) return { wireFormat: format };
  return { contentType: EXTENSION_TYPES[ext] };
}

/**
 * The default reader of drop folders and mailboxes: the configured format
 * first, else the Content-Type, else the file's extension, then readWire, the
 * reader every transport shares (e-mail included).
 */
export const readTransported: TransportReader = async (bytes, hints) => {
  const named = byFileName(hints.fileName);
  const wireFormat = hints.wireFormat ?? named.wireFormat;
  const contentType = hints.contentType ?? named.contentType ?? 'application/octet-stream';
  const options = {
    sourceId: hints.sourceId,
    externalId: hints.externalId,
    provenance: hints.provenance,
    // A configured charset is the fallback: bytes that declare their own (an XML declaration) are read by it.
    charset: declaredCharset(bytes) ? undefined : hints.charset,
    contentType,
    wireFormat,
  };
  try {
    return await readWire(bytes, options);
  } catch (err) {
    if (!(err instanceof WireFormatError) || err.field !== 'Content-Type') throw err;
    const what = hints.fileName
      ? `the file's extension (${extname(hints.fileName) || 'none'})`
      : `its type (${contentType})`;
    throw new WireFormatError(
      `${what} names no format ingest reads, and the source configures no "format"`,
      '(file)',
      422,
    );
  }
};
