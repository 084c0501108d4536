/**
 * Text normalisation shared by every cleaning path: Unicode NFC, no control
 * characters, single spaces inside a paragraph, paragraphs separated by one
 * blank line.
 */

// C0/C1 controls except tab and newlines, plus zero-width and bidi marks that scrapers leave behind.
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200D\u2060\uFEFF\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/g;
// Lone surrogates (broken UTF-16 from binary junk) would make invalid UTF-8 downstream.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ANY_SURROGATE = /[\uD800-\uDFFF]/;
const ANY_SPACE = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;

/** One paragraph: NFC, no controls, all whitespace runs (newlines included) collapsed to one space. */
export function normaliseInline(text: string): string {
  // The lone-surrogate scan (with a lookbehind) only runs when a surrogate is present at all.
  const safe = ANY_SURROGATE.test(text) ? text.replace(LONE_SURROGATE, '') : text;
  return safe.normalize('NFC').replace(CONTROL_CHARS, '').replace(ANY_SPACE, ' ').trim();
}

/** Splits text into paragraphs on blank lines (or single newlines when `lineIsParagraph`). */
export function toParagraphs(text: string, lineIsParagraph = false): string[] {
  // NFC, surrogates and controls once for the whole text (cheaper than per line), then split.
  const safe = ANY_SURROGATE.test(text) ? text.replace(LONE_SURROGATE, '') : text;
  const unified = safe.normalize('NFC').replace(/\r\n?|[\u2028\u2029]/g, '\n').replace(CONTROL_CHARS, '');
  const parts = lineIsParagraph ? unified.split(/\n+/) : unified.split(/\n\s*\n+/);
  const out: string[] = [];
  for (const part of parts) {
    const p = part.replace(ANY_SPACE, ' ').trim();
    if (p.length > 0) out.push(p);
  }
  return out;
}

export function joinParagraphs(paragraphs: string[]): string {
  return paragraphs.join('\n\n');
}

const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  // Surrogate halves: astral letters (and emoji) count as word characters.
  return (c >= 0xd800 && c <= 0xdfff) || NON_ASCII_WORD_CHAR.test(text[i]);
}

/**
 * Words: runs of letters/digits, joined by an apostrophe or hyphen between two
 * of them ("don't", "well-known" are one word). A counting loop, not a regex
 * match, because it runs on every article and allocates nothing.
 */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    if (isWordChar(text, i)) {
      if (!inWord) words++;
      inWord = true;
    } else {
      const c = text[i];
      const joiner = (c === "'" || c === '’' || c === '-') && inWord && i + 1 < text.length && isWordChar(text, i + 1);
      if (!joiner) inWord = false;
    }
  }
  return words;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', lsquo: '‘',
  rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', copy: '©', reg: '®', trade: '™', euro: '€',
  pound: '£', eacute: 'é', egrave: 'è', agrave: 'à', ccedil: 'ç', uuml: 'ü', ouml: 'ö', auml: 'ä', szlig: 'ß',
  middot: '·', bull: '•', deg: '°', shy: '',
};

/**
 * Decodes entities and drops tags that leak into plain-text bodies (scrapers
 * often keep `&amp;` or a stray `<br>`). The DOM path never needs this.
 */
export function stripMarkupFromText(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return text;
  return text
    .replace(/<\/?(?:p|div|br|li|h[1-6]|tr|blockquote)\b[^>]*>/gi, '\n')
    .replace(/<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi, '')
    .replace(/&(?:#(\d{1,10})|#x([0-9a-f]{1,8})|([a-z]{2,8}));/gi, (m, dec?: string, hex?: string, name?: string) => {
      if (dec || hex) {
        const cp = dec ? Number(dec) : parseInt(hex!, 16);
        return cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : '';
      }
      return NAMED_ENTITIES[name!.toLowerCase()] ?? m;
    });
}

/** Elements whose content is never text a reader sees (dropped with their content, not just their tags). */
const INERT_ELEMENTS = /<(script|style|noscript|template|iframe|object|svg|textarea)\b[\s\S]*?<\/\1\s*>/gi;

/**
 * A title is one line of text. Feeds send titles with markup, escaped markup
 * (`&lt;b&gt;`) and now and then a script: markup goes (scripts and styles
 * with their content), entities are decoded, and markup that decoding reveals
 * (double-escaped feeds) goes too.
 */
export function titleText(raw: string): string {
  let t = raw;
  for (let pass = 0; pass < 2 && /[<&]/.test(t); pass++) t = stripMarkupFromText(t.replace(INERT_ELEMENTS, ' '));
  return normaliseInline(t);
}
