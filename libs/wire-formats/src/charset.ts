import chardet from 'chardet';

/**
 * Which charset undeclared 8-bit text is in. Wire formats older than UTF-8
 * (ANPA 1312, IPTC 7901, e-mail parts without a charset) arrive in a
 * national single-byte charset nobody declares; storing such bytes as UTF-8
 * would make mojibake (and refusing them would lose the story). chardet
 * (the ICU detector's n-gram statistics) names the charset; the candidates
 * are the single-byte charsets wires use, and a guess below MIN_CONFIDENCE
 * is no answer.
 */
const SINGLE_BYTE = /^(ISO-8859-\d+|windows-125\d|KOI8-R)$/i;

/** chardet's confidence (0-100) below which a guess is not taken (tuned on the dev half of the wire fixtures). */
export const MIN_CONFIDENCE = 30;

export function detectSingleByteCharset(bytes: Buffer): string | undefined {
  const best = chardet.analyse(bytes).find((m) => SINGLE_BYTE.test(m.name));
  return best !== undefined && best.confidence >= MIN_CONFIDENCE ? best.name : undefined;
}

/** A byte-order mark, or XML's first characters in UTF-16, name the encoding without any declaration. */
export function unicodeEncodingOf(bytes: Buffer): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0x3c && bytes[1] === 0x00 && bytes[2] === 0x3f && bytes[3] === 0x00) return 'utf-16le';
  if (bytes[0] === 0x00 && bytes[1] === 0x3c && bytes[2] === 0x00 && bytes[3] === 0x3f) return 'utf-16be';
  return undefined;
}
