import { isApMediaDocument } from './ap-media';
import { isAppleNewsDocument } from './apple-news';

/**
 * The format of bytes whose media type says nothing (none, text/plain,
 * application/octet-stream, application/json), from their first bytes,
 * only where that is unambiguous: wire framing (SOH, ZCZC), an IPTC 7901
 * header, RFC 5322 headers, an AP Media API document, a ninjs document
 * (a uri or guid and no `body`), XML by its root.
 */
const HEADER_7901 = /^[\u0016\u007f\s]*\u0001?\s*[a-z]+\d+\s+\d\s+[a-z]{1,3}\s+\d+/i;
const MAIL_HEADER =
  /^(Received|Return-Path|Delivered-To|From|Message-ID|MIME-Version|Date|Subject|To|Reply-To|Content-Type):/i;

/**
 * RFC 5322: a block of header fields up to the first blank line, every line
 * a field or its continuation, and at least two of the fields every message
 * has (a text that opens with "From: the ministry" is still text).
 */
function isMail(head: string): boolean {
  const block = head.split(/\r?\n\r?\n/)[0];
  if (block === head) return false;
  const lines = block.split(/\r?\n/);
  if (!lines.every((l) => /^[\x21-\x39\x3b-\x7e]+:/.test(l) || /^[ \t]/.test(l))) return false;
  return new Set(lines.map((l) => MAIL_HEADER.exec(l)?.[1].toLowerCase()).filter(Boolean)).size >= 2;
}

/** Keys only these JSON documents have: without one in the first bytes, the project's JSON is not parsed twice. */
const HTML_START =
  /^<(!doctype html|html|head|body|h[1-6]|p|div|article|section|ul|ol|table|span|b|i|em|strong|a|br|figure|img)[\s>/]/i;
const FOREIGN_JSON_KEY = /"(uri|guid|api_version|identifier|components|headlines|bodies|item|data)"\s*:/;

function sniffJson(head: string, bytes: Buffer): string | undefined {
  if (!FOREIGN_JSON_KEY.test(bytes.subarray(0, 16_384).toString('latin1'))) return undefined;
  let doc: unknown;
  try {
    doc = JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
  if (isApMediaDocument(doc)) return 'ap-media';
  if (isAppleNewsDocument(doc)) return 'apple-news';
  const first = Array.isArray(doc) ? doc[0] : doc;
  if (first === null || typeof first !== 'object' || Array.isArray(first)) return undefined;
  const keys = Object.keys(first).map((k) => k.toLowerCase());
  const ninjs = (keys.includes('uri') || keys.includes('guid')) && !keys.includes('body') && !keys.includes('sourceid');
  return ninjs || keys.includes('item') || (keys.includes('data') && head.includes('"item"')) ? 'ninjs' : undefined;
}

export function sniffFormat(bytes: Buffer | string): string | undefined {
  const buf = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  const head = buf
    .subarray(0, 512)
    .toString('latin1')
    .replace(/^\ufeff|^\u00ef\u00bb\u00bf/, '');
  const trimmed = head.replace(/^[\s\u0016\u007f]+/, '');
  if (/^\u0001/.test(trimmed)) return HEADER_7901.test(trimmed) ? 'iptc7901' : 'anpa1312';
  if (/^zczc\b/i.test(trimmed)) return 'anpa1312';
  if (isMail(buf.subarray(0, 64 * 1024).toString('latin1'))) return 'email';
  if (/^[{[]/.test(trimmed)) return sniffJson(head, buf);
  if (HTML_START.test(trimmed)) return 'html';
  if (/^</.test(trimmed)) return 'xml';
  return undefined;
}
