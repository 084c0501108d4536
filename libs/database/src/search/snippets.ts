/**
 * Highlighted snippets of a hit, built in Node from the page's rows and the
 * lexemes the query was analysed into (no second pass of PostgreSQL's parser
 * over each body, which would cost as much as indexing it again).
 *
 * A word matches a lexeme when it is the lexeme as written, starts with it for
 * a prefix search, or starts with it followed by a short ending (a stem:
 * `slogan` highlights "slogans"). Chinese, Japanese and Thai lexemes match
 * wherever they occur, as those scripts have no spaces. Offsets are UTF-16
 * code units (JavaScript string indices) into the text returned, end exclusive.
 */

export interface HighlightTerm {
  lexeme: string;
  prefix: boolean;
}

export type MatchRange = [start: number, end: number];

export interface Snippet {
  text: string;
  matches: MatchRange[];
}

/** Characters of body text around the best matches. */
export const SNIPPET_CHARS = 220;
/** The longest ending a stem may be followed by (slogan+s, elect+ions). */
const MAX_STEM_ENDING = 4;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const UNSPACED = new RegExp(
  String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}` +
    String.raw`\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]`,
  'u',
);

/** Lower case with the same length as the text, so offsets into one are offsets into the other. */
function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return text.replace(/[\s\S]/gu, (c) => {
    const l = c.toLowerCase();
    return l.length === c.length ? l : c;
  });
}

function wordEnd(lower: string, from: number): number {
  let e = from;
  while (e < lower.length && WORD_CHAR.test(lower[e])) e++;
  return e;
}

/** Every range of `text` that one of the terms matches, sorted and merged. */
export function findMatches(text: string, terms: HighlightTerm[]): MatchRange[] {
  const lower = lowerSameLength(text);
  const ranges: MatchRange[] = [];
  for (const { lexeme, prefix } of terms) {
    const unspaced = UNSPACED.test(lexeme);
    if (lexeme.length < (unspaced ? 1 : 2)) continue;
    for (let i = lower.indexOf(lexeme); i >= 0; i = lower.indexOf(lexeme, i + 1)) {
      if (unspaced) {
        ranges.push([i, i + lexeme.length]);
        continue;
      }
      if (i > 0 && WORD_CHAR.test(lower[i - 1])) continue;
      const end = wordEnd(lower, i + lexeme.length);
      const ending = end - i - lexeme.length;
      if (ending === 0 || prefix || (lexeme.length >= 3 && ending <= MAX_STEM_ENDING)) ranges.push([i, end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: MatchRange[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** The window of SNIPPET_CHARS holding the most distinct matched words, earliest first. */
function bestWindow(text: string, matches: MatchRange[]): number {
  let best = 0;
  let bestScore = -1;
  for (let i = 0; i < matches.length; i++) {
    const words = new Set<string>();
    for (let j = i; j < matches.length && matches[j][1] - matches[i][0] <= SNIPPET_CHARS; j++)
      words.add(text.slice(matches[j][0], matches[j][1]).toLowerCase());
    if (words.size > bestScore) {
      bestScore = words.size;
      best = matches[i][0];
    }
  }
  return best;
}

/** A start at a word boundary some way before the first match, so it reads in context. */
function startBefore(text: string, at: number): number {
  const from = Math.max(0, at - Math.floor(SNIPPET_CHARS / 4));
  if (from === 0) return 0;
  const space = text.indexOf(' ', from);
  return space >= 0 && space < at ? space + 1 : at;
}

function endAfter(text: string, start: number): number {
  const limit = start + SNIPPET_CHARS;
  if (limit >= text.length) return text.length;
  const space = text.lastIndexOf(' ', limit);
  return space > start ? space : limit;
}

/** The snippet of a body: the passage with the most matched words, with `…` where it was cut. */
export function buildSnippet(body: string, terms: HighlightTerm[]): Snippet {
  const all = findMatches(body, terms);
  const start = all.length ? startBefore(body, bestWindow(body, all)) : 0;
  const end = endAfter(body, start);
  const slice = body.slice(start, end);
  const leadingSpace = slice.length - slice.trimStart().length;
  const lead = start > 0 ? '…' : '';
  const text = `${lead}${slice.trim()}${end < body.length ? '…' : ''}`;
  const shift = lead.length - start - leadingSpace;
  const matches = all
    .filter(([s, e]) => s >= start + leadingSpace && e <= end)
    .map(([s, e]): MatchRange => [s + shift, e + shift]);
  return { text, matches };
}
