/**
 * Which language an article is stored under: the feed's declared language,
 * unless the text clearly says otherwise. Wires declare their language
 * reliably and with a region (`en-GB`, `nb-NO`); detection is right more often
 * on scraped pages and on feeds that declare one language for everything.
 */

/** Detection codes that are not the BCP 47 tag the project stores. */
const CANONICAL: Readonly<Record<string, string>> = { no: 'nb', iw: 'he', in: 'id', ji: 'yi' };

/**
 * Languages detection confuses with each other on short texts: a declared
 * language within the same group as the detected one is never contradicted.
 */
const SIBLINGS: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['nb', 'nn', 'da', 'sv']),
  new Set(['bs', 'hr', 'sr', 'sl']),
  new Set(['cs', 'sk']),
  new Set(['ru', 'uk', 'be', 'bg']),
  new Set(['es', 'pt', 'gl', 'ca']),
  new Set(['id', 'ms']),
  new Set(['hi', 'mr', 'ne']),
  new Set(['fa', 'ar', 'ur']),
  new Set(['zh', 'ja']),
];

/** Confidence at or above which detection overrides a declared language of another group. */
export const CONTRADICTION_CONFIDENCE = 0.9;

export interface ResolvedLanguage {
  /** Stored language: BCP 47, region subtag kept when it came from the feed. */
  language: string;
  /** Detection's answer, canonicalised (`nb`, not `no`). */
  detected: string;
  /** Where `language` came from. */
  from: 'declared' | 'detected';
}

/** `no` → `nb`, lower-case language, upper-case region: `en-gb` → `en-GB`. */
export function canonicalLanguageTag(tag: string): string {
  const parts = tag.trim().replace(/_/g, '-').split('-');
  const primary = parts[0].toLowerCase();
  const rest = parts
    .slice(1)
    .map((p) =>
      p.length === 2 ? p.toUpperCase() : p.length === 4 ? p[0].toUpperCase() + p.slice(1).toLowerCase() : p,
    );
  return [CANONICAL[primary] ?? primary, ...rest].join('-');
}

const primaryOf = (tag: string) => tag.split('-')[0];
const siblings = (a: string, b: string) => SIBLINGS.some((g) => g.has(a) && g.has(b));

export function resolveLanguage(declared: string | undefined, detected: string, confidence: number): ResolvedLanguage {
  const found = detected === 'und' ? 'und' : canonicalLanguageTag(detected);
  const given = declared && declared.toLowerCase() !== 'und' ? canonicalLanguageTag(declared) : undefined;
  if (!given) return { language: found, detected: found, from: 'detected' };
  const same = primaryOf(given) === found || siblings(primaryOf(given), found);
  const contradicted = found !== 'und' && !same && confidence >= CONTRADICTION_CONFIDENCE;
  return contradicted
    ? { language: found, detected: found, from: 'detected' }
    : { language: given, detected: found, from: 'declared' };
}
