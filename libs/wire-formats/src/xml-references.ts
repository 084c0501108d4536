import { WireFormatError } from './types';

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * XML 1.0's Char production: references to anything else (NUL, most C0 controls, beyond U+10FFFF) are not well-formed.
 */
export function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

const REFERENCE = /&(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z_:][\w.:-]*);/g;

/**
 * Decodes XML's references in character data or an attribute value. Only
 * the five predefined entities and numeric references exist without a DTD,
 * and a DTD is never read: `&lol;` is an undefined entity, and
 * `&#99999999999;` no character at all. Both make the document malformed.
 */
export function decodeXmlReferences(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(REFERENCE, (whole, ref: string) => {
    if (ref[0] !== '#') {
      const value = PREDEFINED[ref];
      if (value === undefined) {
        throw new WireFormatError(
          `XML is not well-formed: undefined entity ${whole} (only &amp; &lt; &gt; &quot; &apos; and numeric ` +
            `references are read; a DTD is never loaded)`,
        );
      }
      return value;
    }
    const hex = ref[1] === 'x' || ref[1] === 'X';
    const digits = ref.slice(hex ? 2 : 1).replace(/^0+(?=.)/, '');
    const cp = digits.length > 8 ? Infinity : parseInt(digits, hex ? 16 : 10);
    if (!isXmlChar(cp)) {
      const named = Number.isFinite(cp) ? ` (U+${cp.toString(16).toUpperCase().padStart(4, '0')})` : '';
      throw new WireFormatError(`XML character reference ${whole}${named} is not a legal XML character`);
    }
    return String.fromCodePoint(cp);
  });
}
