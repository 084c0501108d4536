import { STOPWORDS } from './stopwords';

export interface LineFeatures {
  words: number;
  chars: number;
  /** Share of tokens that are function words (prose ≈ 0.3–0.5, menus ≈ 0). */
  stopwordDensity: number;
  /** Ends like a sentence (., !, ?, …, closing quote after one, CJK full stop). */
  endsSentence: boolean;
  /** Sentence punctuation anywhere inside. */
  hasSentencePunct: boolean;
  /** Share of word tokens that start with a capital (headline lists and menus are title-cased). */
  capitalised: number;
  /** Share of characters that are letters of scripts written without spaces (CJK, Thai). */
  unspacedScript: number;
  /** Ends in ":" (labels, "Read more:", bylines like "Updated:"). */
  endsColon: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const SENTENCE_END = /[.!?…。！？]["'”’»)\]]*$/u;
const SENTENCE_PUNCT = /[.!?。！？]["'”’»]?\s|[,;]\s/u;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Hangul}]/gu;

export function lineFeatures(line: string): LineFeatures {
  const tokens = line.match(TOKEN) ?? [];
  let stop = 0;
  let caps = 0;
  let alpha = 0;
  for (const t of tokens) {
    const lower = t.toLowerCase();
    if (STOPWORDS.has(lower)) stop++;
    const first = t[0];
    if (/\p{L}/u.test(first)) {
      alpha++;
      if (first !== first.toLowerCase()) caps++;
    }
  }
  const unspaced = (line.match(UNSPACED) ?? []).length;
  return {
    words: tokens.length,
    chars: line.length,
    stopwordDensity: tokens.length ? stop / tokens.length : 0,
    endsSentence: SENTENCE_END.test(line.trimEnd()) && !/:$/.test(line.trimEnd()),
    hasSentencePunct: SENTENCE_PUNCT.test(line),
    capitalised: alpha ? caps / alpha : 0,
    unspacedScript: line.length ? unspaced / line.length : 0,
    endsColon: /:\s*$/.test(line),
  };
}
