import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { assertXmlDepth } from './structure-limits';
import { WireFormatError } from './types';

const CDATA = /<!\[CDATA\[[\s\S]*?\]\]>/g;

/**
 * Parses untrusted XML. Any DTD is refused before parsing: a DOCTYPE is how
 * entity expansion ("billion laughs") and external entities (XXE) get in,
 * and no news format needs one. Only XML's predefined and numeric character
 * references are decoded.
 */
export function parseXml(xml: string, stopNodes: string[] = []): Record<string, unknown> {
  const outsideCdata = xml.replace(CDATA, '');
  if (/<!DOCTYPE/i.test(outsideCdata) || /<!ENTITY/i.test(outsideCdata)) {
    throw new WireFormatError('XML with a DOCTYPE or entity declarations is refused (DTDs are not accepted)');
  }
  assertXmlDepth(xml);
  assertLegalCharacterReferences(outsideCdata);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new WireFormatError(`XML is not well-formed: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`);
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: true,
    // Numeric character references (&#233;) are decoded; named HTML entities are not XML.
    htmlEntities: true,
    stopNodes,
  });
  return parser.parse(xml) as Record<string, unknown>;
}

const CHARACTER_REFERENCE = /&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));/g;

/** XML 1.0's Char production: references to anything else (NUL, most C0 controls) are not well-formed. */
function isXmlChar(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

function assertLegalCharacterReferences(xml: string): void {
  for (const m of xml.matchAll(CHARACTER_REFERENCE)) {
    const cp = m[1] !== undefined ? parseInt(m[1], 16) : Number(m[2]);
    if (!isXmlChar(cp)) {
      const hex = cp.toString(16).toUpperCase().padStart(4, '0');
      throw new WireFormatError(`XML character reference ${m[0]} (U+${hex}) is not a legal XML character`);
    }
  }
}

/** Always an array: fast-xml-parser gives a single child as an object, several as an array. */
export function list<T = unknown>(value: unknown): T[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]) as T[];
}

/** The text of an element parsed as `"text"` or `{ "#text": "text", "@attr": … }`. */
export function text(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    const s = String(value).trim();
    return s === '' ? undefined : s;
  }
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value === 'object') return text((value as Record<string, unknown>)['#text']);
  return undefined;
}

export function attr(value: unknown, name: string): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const v = (value as Record<string, unknown>)[`@${name}`];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the raw text of a stop node (kept undecoded by the parser): CDATA unwrapped, references decoded. */
export function decodeRawXmlText(raw: string): string {
  let out = '';
  let last = 0;
  for (const m of raw.matchAll(CDATA)) {
    out += decodeRefs(raw.slice(last, m.index));
    out += m[0].slice(9, -3);
    last = m.index + m[0].length;
  }
  return (out + decodeRefs(raw.slice(last))).trim();
}

function decodeRefs(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return safeCodePoint(parseInt(ref.slice(2), 16)) ?? whole;
    if (ref.startsWith('#')) return safeCodePoint(parseInt(ref.slice(1), 10)) ?? whole;
    return PREDEFINED[ref] ?? whole;
  });
}

function safeCodePoint(n: number): string | undefined {
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : undefined;
}
