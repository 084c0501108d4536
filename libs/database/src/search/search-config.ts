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

/**
 * Deprecated ISO 639 codes and the BCP 47 code the store uses: Norwegian
 * Bokmål is `nb` (articles stored before the normaliser canonicalised it may
 * still say `no`), Hebrew `he`, Indonesian `id`, Yiddish `yi`.
 */
const DEPRECATED_PRIMARY: Record<string, string> = { no: 'nb', iw: 'he', in: 'id', ji: 'yi' };
const REPLACED_BY = Object.entries(DEPRECATED_PRIMARY).reduce<Record<string, string[]>>(
  (m, [old, now]) => ({ ...m, [now]: [...(m[now] ?? []), old] }),
  {},
);

/** Lower-case primary subtag in its current code (`no-NO` → `nb`). */
export function primaryLanguage(tag: string): string {
  const primary = tag.split('-')[0].toLowerCase();
  return DEPRECATED_PRIMARY[primary] ?? primary;
}

/** The tag with its current primary code and BCP 47 case (`no-no` → `nb-NO`, `zh-hant-tw` → `zh-Hant-TW`). */
export function canonicalLanguage(tag: string): string {
  const [primary, ...rest] = tag.trim().split('-');
  const sub = rest.map((p) =>
    p.length === 2 ? p.toUpperCase() : p.length === 4 ? p[0].toUpperCase() + p.slice(1).toLowerCase() : p.toLowerCase(),
  );
  return [primaryLanguage(primary), ...sub].join('-');
}

/**
 * What a `language` filter matches, as RFC 4647 basic filtering: the tag
 * itself and every longer tag it prefixes (`en` matches `en` and `en-GB`,
 * `en-GB` matches `en-GB` only), with deprecated primary codes taken as their
 * current one (`no` and `nb` match each other). Lower-cased, for `lower(language)`.
 */
export function languageFilter(tags: string[]): { exact: string[]; prefixes: string[] } {
  const exact = new Set<string>();
  for (const tag of tags) {
    const [primary, ...rest] = canonicalLanguage(tag).toLowerCase().split('-');
    for (const p of [primary, ...(REPLACED_BY[primary] ?? [])]) exact.add([p, ...rest].join('-'));
  }
  return { exact: [...exact], prefixes: [...exact].map((t) => `${t}-%`) };
}
