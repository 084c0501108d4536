/**
 * The text PostgreSQL's parser is given, for indexing and for queries alike,
 * so that what a person types meets what the article says:
 *
 * - Chinese, Japanese, Thai, Lao, Khmer and Myanmar runs are split into words
 *   (ICU's dictionaries, through Intl.Segmenter): PostgreSQL's parser reads a
 *   whole clause of them as one token. Korean is written with spaces and is
 *   left as it is.
 * - Tokens the parser reads as file paths, hosts, URLs, e-mail addresses or
 *   signed numbers (`Speakerboxxx/The`, `43km/h`, `bbc.co.uk`, `COVID-19`)
 *   are broken into their words; a number glued to its unit (`43km`) is split
 *   from it; dotted initials (`U.S.`) are joined (`US`).
 *
 * The stored body is never changed: only the copy given to to_tsvector.
 * Both sides must use this same function, so any change to it is a change of
 * analysis (SEARCH_ANALYSIS_VERSION, docs/store.md "Re-index").
 */

/** Bumped whenever searchText or the vector's SQL changes what an article is indexed as. */
export const SEARCH_ANALYSIS_VERSION = 2;

/** Scripts written without spaces between words. Korean (Hangul) is written with spaces. */
const UNSPACED_RUN = new RegExp(
  String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}` +
    String.raw`\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\u30FC\u3005\u3006\u30F6]+`,
  'gu',
);
const HAS_UNSPACED = new RegExp(
  String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}` +
    String.raw`\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]`,
  'u',
);

const URL_IN_TEXT = /\b(?:(?:https?|ftp):\/\/|www\.)[^\s<>"'“”«»]+/giu;
/**
 * Starts only where a run of address characters starts: tried at every letter of a long run, it would cost its square.
 */
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/** Single letters with dots between them: U.S., e.g., a.m. */
const DOTTED_INITIALS = /(?<![\p{L}\p{N}.])\p{L}(?:\.\p{L})+\.?(?![\p{L}\p{N}])/gu;
/** A dot between two letters (bbc.co.uk, Node.js) makes the parser read a host or a file name. */
const DOT_BETWEEN_LETTERS = /(?<=\p{L})\.(?=\p{L})/gu;
/** Slashes make paths of words and units: Speakerboxxx/The, km/h, 24/7, and/or. */
const SLASHES = /[/\\]+/g;
/** A hyphen before a digit makes the parser read a signed number: COVID-19 gives "covid" and "-19". */
const HYPHEN_BEFORE_DIGIT = /(?<=[\p{L}\p{N}])[-‐‑–](?=\p{N})/gu;
/** A number glued to its unit or suffix: 43km, 1.5bn, 5G, 1990s. */
const NUMBER_UNIT = /(?<![\p{L}\p{N}.,])(\p{N}+(?:[.,]\p{N}+)*)(\p{L}+)(?![\p{L}\p{N}])/gu;

let segmenter: Intl.Segmenter | undefined;

/**
 * Each run of an unspaced script replaced by its words, one space between them. The runs are
 * segmented in one call, joined by newlines (a word never spans one): a call per run costs
 * several times more in ICU's set-up than in segmenting.
 */
function segmentRuns(text: string): string {
  segmenter ??= new Intl.Segmenter('und', { granularity: 'word' });
  const runs = text.match(UNSPACED_RUN) ?? [];
  const words: string[][] = runs.map(() => []);
  let k = 0;
  for (const s of segmenter.segment(runs.join('\n'))) {
    if (s.segment === '\n') k++;
    else if (s.isWordLike) words[k].push(s.segment);
  }
  let i = 0;
  return text.replace(UNSPACED_RUN, () => ` ${words[i++].join(' ')} `);
}

/** Everything but letters and digits becomes a space: a URL or address yields its words. */
const wordsOnly = (s: string) =>
  ` ${s
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/** The text to index or to analyse a query with (see the module comment). */
export function searchText(text: string): string {
  if (text.length === 0) return text;
  let t = text.normalize('NFKC');
  t = t.replace(URL_IN_TEXT, wordsOnly).replace(EMAIL, wordsOnly);
  t = t.replace(DOTTED_INITIALS, (m) => m.replace(/\./g, ''));
  t = t.replace(DOT_BETWEEN_LETTERS, ' ').replace(SLASHES, ' ').replace(HYPHEN_BEFORE_DIGIT, ' ');
  t = t.replace(NUMBER_UNIT, '$1 $2');
  if (HAS_UNSPACED.test(t)) t = segmentRuns(t);
  return t;
}

/** Whether a text has a letter or a digit, that is, anything the parser would index. */
export const hasWords = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);

/** The words of a text as searchText analyses them (lower-cased), for building prefix queries. */
export function searchWords(text: string): string[] {
  return (searchText(text).match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).map((w) => w.toLowerCase());
}
