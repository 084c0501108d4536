import { englishWordWeight } from './english-lexicon';
import { latinMarks, type NameMarks } from './name-marks';
import { scoreNgrams } from './ngram-scorer';

export interface LanguageResult {
  /** BCP 47 primary language subtag (`en`, `fr`, …) or `und` */
  language: string;
  confidence: number;
}

const MIN_LETTERS = 12;
/** a chunk shorter than this joins the next one: single words say little */
const MIN_CHUNK_LETTERS = 40;
/** the main language must carry this share of the evidence, else the text is mixed or unclear */
const MIN_MAIN_SHARE = 0.6;
/** a lone text must give at least this many distinct n-grams */
const MIN_NGRAMS = 3;
/** a lone text whose best score is below this share of a typical correct detection's is in no language we know */
const MIN_SINGLE_STRENGTH = 0.6;
/** a capitalised word inside a Latin-script sentence is probably a name: it counts this much */
const NAME_WEIGHT = 0.1;
/** English prior: at least this share of a text's plain words (not names) must be frequent English words … */
const MIN_ENGLISH_SHARE = 0.75;
/** … weighing at least this much (1 a word, ½ a word shared with another language) */
const MIN_ENGLISH_WEIGHT = 1;
/** confidence of an answer the English prior gave, with too little text for the n-grams */
const PRIOR_CONFIDENCE = 0.6;
/**
 * A longer text is judged on this many of its chunks, spread evenly from its first to its
 * last: scoring every chunk of a long page costs much more for the same answer (figures:
 * docs/tagging.md). Even spacing keeps a text with two languages in two halves `und`.
 */
const MAX_JUDGED_CHUNKS = 24;

/**
 * Profiles never answered: Tagalog and Yoruba are what eld's profiles say for lists of
 * English names and recipe lines, and feeds in them are rare here.
 */
const EXCLUDED = new Set(['tl', 'yo']);

const UND: LanguageResult = { language: 'und', confidence: 0 };
const PRIOR_EN: LanguageResult = { language: 'en', confidence: PRIOR_CONFIDENCE };

/**
 * Detects the language of an article from byte n-gram profiles (a port of eld, the
 * Efficient Language Detector; see ngram-scorer.ts). Each sentence-sized chunk votes,
 * weighted by its length and by how clearly it points to one language, so one odd
 * sentence (a quoted name, a foreign word) cannot flip an article and a bilingual text
 * shows up as `und`. Within a Latin-script chunk, capitalised words that do not start a
 * sentence (names, mostly) count for less, so "Lula da Silva visited Buenos Aires" reads
 * as the English it is. Short or unclear text is `und`, not a guess. A caller's hint is
 * used only then.
 */
export function detectLanguage(title: string, text: string, hint?: string): LanguageResult {
  const result = detect(title, text);
  const normalisedHint = hint?.trim().toLowerCase().split(/[-_]/)[0];
  const validHint =
    normalisedHint && /^[a-z]{2,3}$/.test(normalisedHint) && normalisedHint !== 'und' ? normalisedHint : undefined;
  if (result.language === 'und' && validHint) return { language: validHint, confidence: 0.5 };
  if (validHint && result.language === validHint) {
    return { language: result.language, confidence: round(Math.min(1, result.confidence + 0.05)) };
  }
  return result;
}

interface ChunkVerdict {
  lang: string;
  /** 0–1: how clearly the chunk points to its language */
  clarity: number;
  ngrams: number;
  strength: number;
}

function detect(title: string, text: string): LanguageResult {
  const chunks = spreadSample(chunk(`${title}\n\n${text}`), MAX_JUDGED_CHUNKS);
  const totalLetters = chunks.reduce((n, c) => n + c.letters, 0);
  // too little text for the n-grams: a line made of frequent English words ("He was 64.") is still English
  if (totalLetters < MIN_LETTERS)
    return chunks.length && looksEnglish(chunks.map((c) => c.text).join(' ')) ? PRIOR_EN : UND;
  const votes = new Map<string, number>();
  let total = 0;
  let claritySum = 0;
  for (const c of chunks) {
    const v = judgeChunk(c.text);
    if (!v) continue;
    if (chunks.length === 1 && (v.ngrams < MIN_NGRAMS || v.strength < MIN_SINGLE_STRENGTH)) {
      return looksEnglish(c.text) ? PRIOR_EN : UND;
    }
    // a chunk that is unsure votes with part of its weight
    const vote = c.letters * (0.5 + 0.5 * v.clarity);
    votes.set(v.lang, (votes.get(v.lang) ?? 0) + vote);
    total += vote;
    claritySum += c.letters * v.clarity;
  }
  const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return UND;
  const [lang, score] = ranked[0];
  const share = score / total;
  if (share < MIN_MAIN_SHARE) return UND;
  const meanClarity = claritySum / totalLetters;
  return { language: lang, confidence: round(share * (0.7 + 0.3 * meanClarity)) };
}

/** The chunk's best language, scoring names apart from the rest of a Latin-script sentence. */
function judgeChunk(text: string): ChunkVerdict | undefined {
  // names are marked once per chunk: the split, the English prior and the names-only rescore all read them
  const marks = latinMarks(text);
  const { plain, names } = splitNames(text, marks);
  const scores = new Map<string, number>();
  let ngrams = 0;
  const parts: [string, number][] =
    names && plain
      ? [
          [plain, 1],
          [names, NAME_WEIGHT],
        ]
      : [[text, 1]];
  let weightSum = 0;
  let strength = 0;
  for (const [part, weight] of parts) {
    const r = scoreNgrams(part);
    if (!r.ranked.length) continue;
    ngrams += r.ngrams;
    strength = Math.max(strength, r.strength);
    // weight each part by the evidence it carries (its n-gram count); names never outweigh the rest
    const w = weight * (parts.length > 1 && weight < 1 ? Math.min(r.ngrams, ngrams - r.ngrams) : r.ngrams);
    weightSum += w;
    for (const { lang, score } of r.ranked)
      if (!EXCLUDED.has(lang)) scores.set(lang, (scores.get(lang) ?? 0) + w * score);
  }
  if (!weightSum) return undefined;
  const ranked = [...scores.entries()]
    .map(([lang, s]) => ({ lang, score: s / weightSum }))
    .sort((a, b) => b.score - a.score);
  const margin = ranked[0].score - (ranked[1]?.score ?? 0);
  // a lead of 0.1 on eld's scale is a clear call: most correct detections lead by more (docs/tagging.md)
  const clarity = Math.min(1, margin / 0.1);
  // English prior: the n-grams prefer another language, but the words around the names are
  // frequent English ones ("Wang Yi met Sergey Lavrov in Beijing."): the names won it
  if (ranked[0].lang !== 'en' && looksEnglish(text, marks))
    return { lang: 'en', clarity: 0.5, ngrams, strength: Math.max(strength, 1) };
  // names outnumber the other words ("Marta Vieira da Silva retired after the Olympics."):
  // the n-grams of the other words alone decide when they say English
  if (ranked[0].lang !== 'en' && parts.length === 1 && marks) {
    const plain = marks.tokens.filter((_, i) => !marks.isName[i]).join(' ');
    if (countLetters(plain) >= 12) {
      const r = scoreNgrams(plain);
      const top = r.ranked.filter((x) => !EXCLUDED.has(x.lang));
      if (top[0]?.lang === 'en')
        return { lang: 'en', clarity: Math.min(1, (top[0].score - (top[1]?.score ?? 0)) / 0.1), ngrams, strength };
    }
  }
  return { lang: ranked[0].lang, clarity, ngrams, strength };
}

/**
 * Splits a Latin-script sentence into its plain words and its capitalised words that do
 * not start a sentence (names, acronyms). Other scripts, and German-like text where most
 * words are capitalised, are left whole (`names` empty).
 */
function splitNames(text: string, marks: NameMarks | undefined): { plain: string; names: string } {
  if (!marks) return { plain: text, names: '' };
  const { tokens, isName } = marks;
  const plainWords = tokens.filter((_, i) => !isName[i]);
  const names = tokens.filter((_, i) => isName[i]);
  const plain = plainWords.join(' ');
  // too few plain words left to judge, or capitals on most words (German nouns, headline case)
  if (countLetters(plain) < 12 || names.length > plainWords.length) return { plain: text, names: '' };
  return { plain, names: names.join(' ') };
}

/**
 * Whether a Latin-script text reads as English from its whole words: at least two plain
 * words (names and a capitalised first word that is no common word left aside, numbers
 * ignored), three in four of them frequent English words and one of those English-only
 * (see english-lexicon.ts); or one longer English-only word among names.
 */
export function looksEnglish(text: string, marks: NameMarks | undefined = latinMarks(text)): boolean {
  if (!marks) return false;
  const { tokens, isName, sentenceStart } = marks;
  let words = 0;
  let known = 0;
  let weight = 0;
  let longest = 0;
  let distinct = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (isName[i] || /\p{N}/u.test(tokens[i])) continue;
    const word = tokens[i].replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    if (!word) continue;
    const w = englishWordWeight(word);
    if (!w && sentenceStart[i] && /^\p{Lu}/u.test(word)) continue; // "Ajax were beaten …"
    words++;
    longest = Math.max(longest, word.length);
    if (w === 1) distinct++;
    if (w) {
      known++;
      weight += w;
    }
  }
  // one plain word among names counts when it is a longer, English-only word ("Zlatan Ibrahimović joined AC Milan.")
  if (words === 1) return weight === 1 && longest >= 5;
  // and one of them English-only: "is in", "will die" could be Dutch or German
  return words >= 2 && distinct > 0 && known >= MIN_ENGLISH_SHARE * words && weight >= MIN_ENGLISH_WEIGHT;
}

interface Chunk {
  text: string;
  letters: number;
}

/** Sentence-sized pieces (paragraphs split at sentence ends), short ones joined to the next. */
function chunk(s: string): Chunk[] {
  const pieces = s.split(/\n\s*\n|(?<=[.!?。！？])\s+/u).filter((p) => p.trim());
  const out: Chunk[] = [];
  let cur = '';
  let letters = 0; // of cur: pieces are joined with a space, so their counts add up
  for (const p of pieces) {
    cur = cur ? `${cur} ${p}` : p;
    letters += countLetters(p);
    if (letters >= MIN_CHUNK_LETTERS) {
      out.push({ text: cur, letters });
      cur = '';
      letters = 0;
    }
  }
  if (cur) {
    if (out.length && letters < MIN_CHUNK_LETTERS) {
      const last = out[out.length - 1];
      last.text += ` ${cur}`;
      last.letters += letters;
    } else if (letters > 0) out.push({ text: cur, letters });
  }
  return out;
}

/** At most `max` of `items`, evenly spaced, the first and the last included, in order. */
export function spreadSample<T>(items: T[], max: number): T[] {
  if (items.length <= max) return items;
  if (max <= 1) return items.slice(0, max);
  return Array.from({ length: max }, (_, k) => items[Math.round((k * (items.length - 1)) / (max - 1))]);
}

const LETTER = /\p{L}/u;

/** Letters in a text, counted without building an array of them (ASCII decides without a regular expression). */
function countLetters(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      const lower = c | 0x20;
      if (lower >= 0x61 && lower <= 0x7a) n++;
    } else if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      if (LETTER.test(s.slice(i, i + 2))) n++; // a letter outside the BMP is one letter in two code units
      i++;
    } else if (LETTER.test(s[i])) n++;
  }
  return n;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
