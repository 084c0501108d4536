import { detectAll } from 'tinyld';

export interface LanguageResult {
  /** BCP 47 primary language subtag (`en`, `fr`, …) or `und` */
  language: string;
  confidence: number;
}

const MIN_LETTERS = 12;
/** below this the detector is guessing */
const MIN_CONFIDENCE = 0.5;
/** a document whose main language covers less of its text than this is mixed */
const MIN_MAIN_SHARE = 0.75;

const UND: LanguageResult = { language: 'und', confidence: 0 };

/**
 * Detects the language of an article with tinyld (MIT, n-gram profiles, offline).
 * Short or ambiguous text and text that mixes languages come back as `und`
 * rather than a guess. A caller's hint is used only when detection cannot decide.
 */
export function detectLanguage(title: string, text: string, hint?: string): LanguageResult {
  const result = detect(title, text);
  const normalisedHint = hint?.trim().toLowerCase().split(/[-_]/)[0];
  if (result.language === 'und' && normalisedHint && /^[a-z]{2,3}$/.test(normalisedHint) && normalisedHint !== 'und') {
    return { language: normalisedHint, confidence: 0.5 };
  }
  if (normalisedHint && result.language === normalisedHint) {
    return { language: result.language, confidence: round(Math.min(1, result.confidence + 0.05)) };
  }
  return result;
}

function detect(title: string, text: string): LanguageResult {
  const all = `${title}\n\n${text}`;
  if (countLetters(all) < MIN_LETTERS) return UND;
  const ranked = detectAll(all);
  const top = ranked[0];
  if (!top || top.accuracy < MIN_CONFIDENCE) return UND;

  // Long articles: check that the paragraphs agree (a bilingual article is `und`).
  const paragraphs = text.split(/\n\s*\n/).filter((p) => countLetters(p) >= 80);
  if (paragraphs.length >= 2) {
    let total = 0;
    let main = 0;
    for (const p of paragraphs) {
      const lang = detectAll(p)[0]?.lang;
      total += p.length;
      if (lang === top.lang) main += p.length;
    }
    const share = main / total;
    if (share < MIN_MAIN_SHARE) return UND;
    return { language: top.lang, confidence: round(Math.min(1, top.accuracy) * Math.min(1, share + 0.1)) };
  }
  return { language: top.lang, confidence: round(Math.min(1, top.accuracy)) };
}

function countLetters(s: string): number {
  let n = 0;
  for (const ch of s) if (/\p{L}/u.test(ch)) n++;
  return n;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
