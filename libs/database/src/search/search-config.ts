/**
 * The PostgreSQL text-search configuration for an article's language: the
 * stemmer and stop words of the configurations PostgreSQL ships, keyed by the
 * primary subtag of the BCP 47 tag (`en-GB` → `english`). Languages without
 * one, and articles whose language is unknown, use `simple` (lower-cased
 * words, no stemming). The result is always one of these names, so it is safe
 * to pass as a `::regconfig` parameter.
 */
const CONFIG_BY_LANGUAGE: Record<string, string> = {
  ar: 'arabic',
  hy: 'armenian',
  eu: 'basque',
  ca: 'catalan',
  da: 'danish',
  nl: 'dutch',
  en: 'english',
  fi: 'finnish',
  fr: 'french',
  de: 'german',
  el: 'greek',
  hi: 'hindi',
  hu: 'hungarian',
  id: 'indonesian',
  ga: 'irish',
  it: 'italian',
  lt: 'lithuanian',
  ne: 'nepali',
  no: 'norwegian',
  nb: 'norwegian',
  nn: 'norwegian',
  pt: 'portuguese',
  ro: 'romanian',
  ru: 'russian',
  sr: 'serbian',
  es: 'spanish',
  sv: 'swedish',
  ta: 'tamil',
  tr: 'turkish',
  yi: 'yiddish',
};

export const SIMPLE_SEARCH_CONFIG = 'simple';

export function searchConfigFor(language: string | null | undefined): string {
  if (!language) return SIMPLE_SEARCH_CONFIG;
  const primary = language.split('-')[0].toLowerCase();
  return CONFIG_BY_LANGUAGE[primary] ?? SIMPLE_SEARCH_CONFIG;
}
