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
const UNSPACED_HINT = /[\u0E00-\u0E7F\u1100-\u11FF\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]/;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Hangul}]/gu;

export function lineFeatures(line: string): LineFeatures {
  const tokens = line.match(TOKEN) ?? [];
  let stop = 0;
  let caps = 0;
  let alpha = 0;
  for (const t of tokens) {
    // No function word is longer than 10 characters: skip the lower-casing for long tokens.
    if (t.length <= 10 && STOPWORDS.has(t.toLowerCase())) stop++;
    const c = t.charCodeAt(0);
    if (c >= 97 && c <= 122) alpha++;
    else if (c >= 65 && c <= 90) {
      alpha++;
      caps++;
    } else if (c > 127) {
      // Cased letters only (digits and uncased scripts have lower === upper).
      const first = t[0];
      const lower = first.toLowerCase();
      if (lower !== first.toUpperCase()) {
        alpha++;
        if (first !== lower) caps++;
      }
    }
  }
  const unspaced = UNSPACED_HINT.test(line) ? (line.match(UNSPACED) ?? []).length : 0;
  const trimmed = line.trimEnd();
  const endsColon = trimmed.endsWith(':');
  return {
    words: tokens.length,
    chars: line.length,
    stopwordDensity: tokens.length ? stop / tokens.length : 0,
    endsSentence: !endsColon && SENTENCE_END.test(trimmed),
    hasSentencePunct: SENTENCE_PUNCT.test(line),
    capitalised: alpha ? caps / alpha : 0,
    unspacedScript: line.length ? unspaced / line.length : 0,
    endsColon,
  };
}
