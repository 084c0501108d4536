import { isUtf8 } from 'node:buffer';
import { detectSingleByteCharset, unicodeEncodingOf } from './charset';

/**
 * Turns a request body into text, refusing what cannot be text. Bodies are
 * UTF-8 unless a charset is declared (Content-Type's `charset`, else an XML
 * declaration's `encoding` or an HTML `<meta charset>` near the start), so
 * Latin-1 and Windows-1252 feeds still read correctly. Invalid UTF-8 is
 * refused rather than silently turned into U+FFFD, and a NUL character is
 * refused because text (and PostgreSQL) cannot carry it.
 */
export class BodyDecodeError extends Error {}

const UTF8_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8']);
const XML_DECLARATION = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']/;
const HTML_META_CHARSET = /<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._:-]{1,40})/i;

/** The charset a body declares about itself (ASCII-compatible prefix only). */
export function declaredCharset(body: Buffer): string | undefined {
  const head = body.subarray(0, 1024).toString('latin1');
  return XML_DECLARATION.exec(head)?.[1] ?? HTML_META_CHARSET.exec(head)?.[1];
}

export interface DecodeOptions {
  /**
   * Undeclared text that is not UTF-8 is read in the single-byte charset it
   * is detected to be in (ANPA, IPTC 7901, e-mail), instead of refused.
   */
  detect8Bit?: boolean;
}

export function decodeBody(body: Buffer | string, charset?: string, options: DecodeOptions = {}): string {
  let text: string;
  if (typeof body === 'string') text = body;
  else {
    const declared = charset ?? unicodeEncodingOf(body) ?? declaredCharset(body);
    const label = declared?.trim().toLowerCase();
    if (label === undefined || UTF8_LABELS.has(label)) {
      if (!isUtf8(body)) return checked(undeclared8Bit(body, label !== undefined || !options.detect8Bit));
      text = body.toString('utf8');
    } else {
      let decoder: TextDecoder;
      try {
        decoder = new TextDecoder(label);
      } catch {
        throw new BodyDecodeError(`charset "${label}" is not supported; send UTF-8`);
      }
      text = decoder.decode(body);
    }
  }
  return checked(text);
}

/**
 * Bytes that are not UTF-8 and were not declared as anything else: detected when allowed, else refused with the offset.
 */
function undeclared8Bit(body: Buffer, refuse: boolean): string {
  const detected = refuse ? undefined : detectSingleByteCharset(body);
  if (detected === undefined) {
    throw new BodyDecodeError(
      `body is not valid UTF-8 (first invalid byte at offset ${firstInvalidUtf8Byte(body)}); send UTF-8 or ` +
        `declare the charset in Content-Type`,
    );
  }
  return new TextDecoder(detected.toLowerCase()).decode(body);
}

function checked(decoded: string): string {
  let text = decoded;
  // A byte-order mark is legal at the start of JSON and XML documents sent by some feeds.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const nul = text.indexOf('\u0000');
  if (nul >= 0)
    throw new BodyDecodeError(`body contains a NUL character (U+0000) at character ${nul}; text cannot carry it`);
  return text;
}

/** Offset of the first byte that breaks UTF-8 (only called on the error path). */
export function firstInvalidUtf8Byte(b: Buffer): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const len = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > b.length || !isUtf8(b.subarray(i, i + len))) return i;
    i += len;
  }
  return -1;
}
