/**
 * Byte n-gram language scorer: a TypeScript port of the detection core of eld
 * (Efficient Language Detector 2.1.0, © Nito T.M., Apache-2.0,
 * https://github.com/nitotm/efficient-language-detector-js), reading eld's n-gram
 * profiles from libs/tagging/data/language-ngrams.json (built by
 * tools/train/language-build-ngrams.ts).
 *
 * Changes from eld: typed, reads JSON data, letters matched with \p{L} rather than
 * eld's BMP letter table, the reliability margin compares the two best scores (eld
 * compared the best score with the runner-up's language index), and the scorer
 * returns every language's normalised score for the caller to combine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { taggingDataDir } from '../data-dir';

interface ProfileFile {
  type: string;
  languages: string[];
  avgScore: number[];
  dictionary: string[];
  ngrams: Record<string, number[]>;
}

interface Profiles {
  languages: string[];
  avgScore: number[];
  dictionary: string[];
  ngrams: Map<string, number[]>;
}

export interface NgramScores {
  /** languages by descending score; scores on eld's 0–1 scale (≈ 0.75–0.88 for a typical correct detection) */
  ranked: { lang: string; score: number }[];
  /** distinct n-grams the text gave: below 3 the scores mean little */
  ngrams: number;
  /**
   * eld's reliability test: the best score is near what a correct detection of that language scores and clear of the
   * second
   */
  reliable: boolean;
  /** the best score over eld's average score of a correct detection of that language (≈ 1 for a typical text) */
  strength: number;
}

/** eld stores each n-gram score minus this to keep its database small */
const BASE_NGRAM_SCORE = 53;
/** eld's hand-picked scale of the per-n-gram score */
const SCALE = 25;
/** eld reads at most this many UTF-8 bytes (cut at the next space after CUT_AFTER) */
const CUT_AFTER = 350;
const ENFORCE_CUT_AFTER = 380;

// runs of non-letters, except a run that ends in an apostrophe (keeps "don't" one word)
const SEPARATORS = /[^\p{L}]+(?<![\x27\x60\u2019])/gu;

let cached: Profiles | undefined;

function profiles(): Profiles {
  if (cached) return cached;
  const file = JSON.parse(readFileSync(join(taggingDataDir(), 'language-ngrams.json'), 'utf8')) as ProfileFile;
  cached = {
    languages: file.languages,
    avgScore: file.avgScore,
    dictionary: file.dictionary,
    ngrams: new Map(Object.entries(file.ngrams)),
  };
  return cached;
}

/** The languages the profiles know (ISO 639-1). */
export function profileLanguages(): string[] {
  return [...profiles().languages];
}

/** Scores a text (the first ~350 bytes of its letters count) against every profile. */
export function scoreNgrams(text: string): NgramScores {
  const p = profiles();
  const words = toByteWords(text.replace(SEPARATORS, ' ').trim().toLowerCase(), p.dictionary);
  const grams = byteNgrams(words);
  const raw = new Array<number>(p.languages.length).fill(0);
  for (const g of grams) {
    const hits = p.ngrams.get(g);
    if (!hits) continue;
    for (let i = 0; i < hits.length; i += 2) raw[hits[i]] += hits[i + 1] + BASE_NGRAM_SCORE;
  }
  const n = grams.size;
  const ranked: { lang: string; score: number }[] = [];
  raw.forEach((r, i) => {
    if (r <= 0 || n === 0) return;
    const perGram = r / n;
    ranked.push({ lang: p.languages[i], score: perGram / (perGram + SCALE) });
  });
  ranked.sort((a, b) => b.score - a.score);
  let reliable = false;
  let strength = 0;
  if (ranked.length) {
    const top = ranked[0];
    strength = top.score / (p.avgScore[p.languages.indexOf(top.lang)] ?? 0.8);
    const second = ranked[1]?.score ?? 0;
    reliable = n >= 3 && strength >= 0.75 && top.score - second >= 0.01;
  }
  return { ranked, ngrams: n, reliable, strength };
}

/** UTF-8 bytes of each space-separated word, bytes ≥ 0x80 written with eld's dictionary characters. */
function toByteWords(s: string, dictionary: string[]): string[] {
  const words: string[] = [];
  let encoded = '';
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c === 32) {
        if (encoded) words.push(encoded);
        encoded = '';
        if (bytes > CUT_AFTER) break;
      } else encoded += s[i];
      bytes++;
    } else if (c < 0x800) {
      encoded += dictionary[0xc0 | (c >> 6)] + dictionary[0x80 | (c & 0x3f)];
      bytes += 2;
    } else if (c < 0xd800 || c >= 0xe000) {
      encoded += dictionary[0xe0 | (c >> 12)] + dictionary[0x80 | ((c >> 6) & 0x3f)] + dictionary[0x80 | (c & 0x3f)];
      bytes += 3;
    } else {
      i++;
      c = 0x10000 + (((c & 0x3ff) << 10) | (s.charCodeAt(i) & 0x3ff));
      encoded +=
        dictionary[0xf0 | (c >> 18)] +
        dictionary[0x80 | ((c >> 12) & 0x3f)] +
        dictionary[0x80 | ((c >> 6) & 0x3f)] +
        dictionary[0x80 | (c & 0x3f)];
      bytes += 4;
    }
    if (bytes > ENFORCE_CUT_AFTER) break;
  }
  if (encoded) words.push(encoded);
  return words;
}

/**
 * eld's n-grams: 4-byte windows every 3 bytes, the first marked by a leading space, plus the word's last 4 bytes and a
 * space.
 */
function byteNgrams(words: string[]): Set<string> {
  const out = new Set<string>();
  for (const word of words) {
    const len = Math.min(word.length, 70);
    let j = 0;
    for (; j + 4 < len; j += 3) out.add((j === 0 ? ' ' : '') + word.substring(j, j + 4));
    out.add((j === 0 ? ' ' : '') + word.substring(len !== 3 ? len - 4 : 0) + ' ');
  }
  return out;
}
