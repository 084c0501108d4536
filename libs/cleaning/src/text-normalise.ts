import { decodeWithoutMarkup } from './markup/strip-tags';

/**
 * Text normalisation shared by every cleaning path: Unicode NFC, no control
 * characters, single spaces inside a paragraph, paragraphs separated by one
 * blank line.
 */

// C0/C1 controls except tab and newlines, zero-width spaces and bidi embedding controls that scrapers leave
// behind. The zero-width (non-)joiners stay: Persian and Indic spelling needs them (می‌گوید), emoji sequences too.
const CONTROL_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u2060\uFEFF\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/g;
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

/** A whole text: NFC, no lone surrogates or controls, "\n" line ends; tabs and line structure kept. */
export function normaliseText(text: string): string {
  const safe = ANY_SURROGATE.test(text) ? text.replace(LONE_SURROGATE, '') : text;
  return safe
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(CONTROL_CHARS, '');
}

/** Splits text into paragraphs on blank lines (or single newlines when `lineIsParagraph`). */
export function toParagraphs(text: string, lineIsParagraph = false): string[] {
  // NFC, surrogates and controls once for the whole text (cheaper than per line), then split.
  const unified = normaliseText(text);
  const parts = lineIsParagraph ? unified.split(/\n+/) : unified.split(/\n\s*\n+/);
  const out: string[] = [];
  for (const part of parts) {
    const p = part.replace(ANY_SPACE, ' ').trim();
    if (p.length > 0) out.push(p);
  }
  return out;
}

/** Whitespace other than a lone space: a run of two or more, or a tab, newline or Unicode space. */
const SPACE_TO_FIX = new RegExp(
  String.raw`[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]{2,}|` +
    String.raw`[^\S ]|[\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]`,
  'g',
);

/**
 * Whitespace runs to one space, trimmed: for text that normaliseText has
 * already made NFC and control-free. A line with single spaces only comes back
 * as it is, without a copy.
 */
export function collapseSpaces(text: string): string {
  return text.replace(SPACE_TO_FIX, ' ').trim();
}

/**
 * A paragraph that keeps its structure (line breaks, a table's tabs): NFC, no
 * controls, other whitespace runs to one space, no space around a tab or a
 * line break, no empty cell or line. A few passes over the whole paragraph,
 * not work per line, so a paragraph of a million lines costs what its size does.
 */
export function normaliseLines(text: string): string {
  return normaliseText(text)
    .replace(/[^\S\t\n]+/g, ' ')
    .replace(/ *([\t\n]) */g, '$1')
    .replace(/\t*\n[\t\n]*/g, '\n')
    .replace(/\t{2,}/g, '\t')
    .replace(/^[\t\n ]+|[\t\n ]+$/g, '');
}

export function joinParagraphs(paragraphs: string[]): string {
  return paragraphs.join('\n\n');
}

const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** Scripts written without spaces between words: a run of them is segmented into words by ICU. */
const UNSPACED_RUN = new RegExp(
  String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}` +
    String.raw`\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}\u30FC\u3005]+`,
  'gu',
);
const UNSPACED_HINT =
  /[\u0E00-\u0FFF\u1000-\u109F\u1780-\u17FF\u3005\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]|[\uD840-\uD87F]/;
let segmenter: Intl.Segmenter | undefined;

/** Non-ASCII BMP code points by class, filled on first sight: 1 a word character, 2 not. */
const BMP_CLASS = new Uint8Array(0x10000);

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  // Surrogate halves: astral letters count as word characters (emoji are filtered by the caller).
  if (c >= 0xd800 && c <= 0xdfff) return true;
  let k = BMP_CLASS[c];
  if (k === 0) BMP_CLASS[c] = k = NON_ASCII_WORD_CHAR.test(text[i]) ? 1 : 2;
  return k === 1;
}

/** Whether the text holds letters of a script written without spaces (where tokens are not words). */
export function hasUnspacedScript(text: string): boolean {
  return UNSPACED_HINT.test(text);
}

/** Words of a run of an unspaced script, as ICU's dictionary-based word breaking finds them. */
function unspacedWords(run: string): number {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  let n = 0;
  for (const s of segmenter.segment(run)) if (s.isWordLike) n++;
  return n;
}

/**
 * Words: runs of letters/digits, joined by an apostrophe or hyphen between two
 * of them ("don't", "well-known" are one word). A counting loop, not a regex
 * match, because it runs on every article and allocates nothing. Runs of
 * scripts written without spaces (Chinese, Japanese, Thai…) are counted by
 * Intl.Segmenter's word breaking instead, so "東京都で地震があった" is several
 * words, not one; text without such characters never pays for it.
 */
export function countWords(text: string): number {
  if (!hasUnspacedScript(text)) return countSpacedWords(text);
  let words = 0;
  let pos = 0;
  UNSPACED_RUN.lastIndex = 0;
  for (let m = UNSPACED_RUN.exec(text); m !== null; m = UNSPACED_RUN.exec(text)) {
    // The spaced text before the run; a blank keeps a word from straddling the boundary.
    words += countSpacedWords(text.slice(pos, m.index)) + unspacedWords(m[0]);
    pos = m.index + m[0].length;
  }
  return words + countSpacedWords(text.slice(pos));
}

function countSpacedWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    if (isWordChar(text, i) && !(text.charCodeAt(i) >= 0xd800 && isEmojiAt(text, i))) {
      if (!inWord) words++;
      inWord = true;
    } else {
      const c = text[i];
      const joiner =
        (c === "'" || c === '’' || c === '-' || c === '\u200c' || c === '\u200d') &&
        inWord &&
        i + 1 < text.length &&
        isWordChar(text, i + 1);
      if (!joiner) inWord = false;
    }
  }
  return words;
}

const EMOJI = /\p{Extended_Pictographic}/u;

/** Astral emoji (😀) are pictures, not words; only surrogate pairs need the check. */
function isEmojiAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return false;
  if (c >= 0xdc00) return i > 0 && isEmojiAt(text, i - 1);
  return EMOJI.test(text.slice(i, i + 2));
}

/**
 * One line of plain text for any field that leaves the pipeline (title,
 * authors, byline, description…): markup removed (scripts and styles with
 * their content), character references decoded (up to three times, for feeds
 * that escape twice) and any markup that decoding revealed removed again, so
 * the result never holds a tag. Text that only looks like a tag to a reader
 * (`x<y and y>z`, `<letters@example.com>`) stays as it is.
 */
export function plainTextField(raw: string): string {
  return normaliseInline(decodeWithoutMarkup(raw, 3));
}

/** A title is one line of plain text (see plainTextField). */
export function titleText(raw: string): string {
  return plainTextField(raw);
}
