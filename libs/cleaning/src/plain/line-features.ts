import { countWords, hasUnspacedScript } from '../text-normalise';

/** The shape of one line, measured the same way in every language and script. */
export interface LineFeatures {
  /** Words (ICU word breaking for scripts written without spaces). */
  words: number;
  chars: number;
  /** Ends like a sentence in any script (., !, ?, …, 。, ؟, ।, ။, ። …, closing quotes after them). */
  endsSentence: boolean;
  /** Sentence or clause punctuation inside the line (a full stop or comma followed by more text). */
  hasSentencePunct: boolean;
  /** Ends in ":" (labels, "Read more:", bylines like "Updated:"). */
  endsColon: boolean;
  /** Lower-cased word tokens (letters and digits runs) of the line's first few thousand characters. */
  tokens: string[];
  /** The tokens joined by single spaces: how lines are compared (see lineKey). */
  key: string;
}

/** Letters, digits and marks, joined by an apostrophe or hyphen between two of them ("don't", "well-known"). */
export const TOKEN = /[\p{L}\p{N}\p{M}]+(?:['’-][\p{L}\p{N}\p{M}]+)*/gu;
const SENTENCE_END = /[.!?…。！？؟۔।॥။።៕‼⁇⁉]["'”’»)\]」』）]*$/u;
const SENTENCE_PUNCT = /[.!?。！？؟۔।]["'”’»]?\s|[,;،؛、，]\s?/u;
const CLOSING_COLON = /[:：]$/;

/** Tokens are read from this many characters at most: a longer line is prose by its length alone. */
const MAX_TOKENISED_CHARS = 4000;

const MAX_KEYED_TOKENS = 60;

/** Share of a line's words that start with a capital (cased scripts only): headline lists and menus are title-cased. */
export function capitalisedShare(line: string): number {
  let caps = 0;
  let cased = 0;
  for (const t of line.match(TOKEN) ?? []) {
    const first = t[0];
    const lower = first.toLowerCase();
    if (lower === first.toUpperCase()) continue; // digits, uncased scripts
    cased++;
    if (first !== lower) caps++;
  }
  return cased ? caps / cased : 0;
}

/** A line's end, where its final punctuation is: `$`-anchored patterns test this, not the whole line. */
const tail = (line: string): string => (line.length > 24 ? line.slice(-24) : line).trimEnd();

export function lineFeatures(line: string): LineFeatures {
  const long = line.length > MAX_TOKENISED_CHARS;
  const tokens = (long ? line.slice(0, MAX_TOKENISED_CHARS) : line).toLowerCase().match(TOKEN) ?? [];
  const end = tail(line);
  const endsColon = CLOSING_COLON.test(end);
  return {
    // Tokens are words, except in scripts written without spaces (and past the tokenised part of a long line).
    words: long || hasUnspacedScript(line) ? countWords(line) : tokens.length,
    chars: line.length,
    endsSentence: !endsColon && SENTENCE_END.test(end),
    hasSentencePunct: SENTENCE_PUNCT.test(line),
    endsColon,
    tokens,
    // Long lines are never compared (a title or a repeated caption is short).
    key: tokens.length <= MAX_KEYED_TOKENS ? tokens.join(' ') : '',
  };
}
