import { detectAll } from 'tinyld/heavy';

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
/** a lone short text needs this much detector confidence (tinyld's scores run low on short text) */
const MIN_SINGLE_CONFIDENCE = 0.03;
/** share of distinctly English function words above which Latin-script text is English whatever the n-grams say */
const ENGLISH_FUNCTION_SHARE = 0.2;

/**
 * The languages news feeds carry. Restricting the detector to them keeps it from
 * answering Klingon or Tagalog for an English sentence full of foreign names.
 */
const NEWS_LANGUAGES = (
  'en fr de es it pt nl ru uk pl cs sk sv da no fi tr ar he fa hi zh ja ko el ro hu bg sr hr bs sl id ms vi th bn ur ' +
  'ca lt lv et ta te mr sw af is ga cy sq mk ka hy az kk uz be mn ne si km my am'
).split(' ');
const NEWS_LANGUAGE_SET = new Set(NEWS_LANGUAGES);

// Frequent English words that are not also frequent function words of other Latin-script languages.
const ENGLISH_FUNCTION_WORDS = new Set(
  'the and of to that with for his her has have said were are this which from by their they it be been who will would not after about an at as or but its was is'.split(' '),
);

const UND: LanguageResult = { language: 'und', confidence: 0 };

/**
 * Detects the language of an article with tinyld (MIT, offline n-gram and word
 * profiles). Each sentence-sized chunk votes, weighted by its length and the
 * detector's confidence, so one odd sentence (a quoted name, a foreign word)
 * cannot flip an article and a bilingual text shows up as `und`. Short or
 * unclear text is `und`, not a guess. A caller's hint is used only then.
 */
export function detectLanguage(title: string, text: string, hint?: string): LanguageResult {
  const result = detect(title, text);
  const normalisedHint = hint?.trim().toLowerCase().split(/[-_]/)[0];
  const validHint = normalisedHint && /^[a-z]{2,3}$/.test(normalisedHint) && normalisedHint !== 'und' ? normalisedHint : undefined;
  if (result.language === 'und' && validHint) return { language: validHint, confidence: 0.5 };
  if (validHint && result.language === validHint) {
    return { language: result.language, confidence: round(Math.min(1, result.confidence + 0.05)) };
  }
  return result;
}

function detect(title: string, text: string): LanguageResult {
  const chunks = chunk(`${title}\n\n${text}`);
  const totalLetters = chunks.reduce((n, c) => n + c.letters, 0);
  if (totalLetters < MIN_LETTERS) return UND;
  const votes = new Map<string, number>();
  let total = 0;
  let accSum = 0;
  for (const c of chunks) {
    const top = englishByFunctionWords(c.text) ?? detectAll(c.text).find((r) => NEWS_LANGUAGE_SET.has(r.lang));
    if (!top) continue;
    const acc = Math.min(1, top.accuracy);
    if (chunks.length === 1 && acc < MIN_SINGLE_CONFIDENCE) return UND;
    // a chunk the detector is unsure of votes with part of its weight
    const vote = c.letters * (0.5 + 0.5 * acc);
    votes.set(top.lang, (votes.get(top.lang) ?? 0) + vote);
    total += vote;
    accSum += c.letters * acc;
  }
  const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return UND;
  const [lang, score] = ranked[0];
  const share = score / total;
  if (share < MIN_MAIN_SHARE) return UND;
  const meanAccuracy = accSum / totalLetters;
  return { language: lang, confidence: round(share * (0.7 + 0.3 * Math.min(1, meanAccuracy))) };
}

/** Latin-script text with many English function words is English: tinyld misreads name-heavy English sentences. */
function englishByFunctionWords(text: string): { lang: string; accuracy: number } | undefined {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 6 || !/^[\p{Script=Latin}\p{N}\p{P}\p{S}\s]*$/u.test(text)) return undefined;
  const share = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length / words.length;
  return share >= ENGLISH_FUNCTION_SHARE ? { lang: 'en', accuracy: Math.min(1, 0.6 + share) } : undefined;
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
  for (const p of pieces) {
    cur = cur ? `${cur} ${p}` : p;
    const letters = countLetters(cur);
    if (letters >= MIN_CHUNK_LETTERS) {
      out.push({ text: cur, letters });
      cur = '';
    }
  }
  if (cur) {
    const letters = countLetters(cur);
    if (out.length && letters < MIN_CHUNK_LETTERS) {
      const last = out[out.length - 1];
      last.text += ` ${cur}`;
      last.letters += letters;
    } else if (letters > 0) out.push({ text: cur, letters });
  }
  return out;
}

function countLetters(s: string): number {
  return s.match(/\p{L}/gu)?.length ?? 0;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
