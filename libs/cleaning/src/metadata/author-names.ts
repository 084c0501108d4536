import { normaliseInline, plainTextField } from '../text-normalise';

/**
 * Author names from JSON-LD, meta tags or a visible byline, cleaned: "By"
 * prefixes, "| Outlet" suffixes, dates and times, profile URLs and fragments
 * that are not names are dropped; duplicates (case-insensitive) removed.
 */
export function cleanAuthorNames(raw: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of raw) {
    const name = plainTextField(value)
      .replace(/^(?:by|von|par|por|di|door|текст|автор)\s*:?\s+/iu, '')
      .split(/\s+[|•]\s+/)[0]
      .trim();
    if (!looksLikeName(name)) continue;
    const key = name.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      out.push(name);
    }
  }
  return out;
}

function looksLikeName(name: string): boolean {
  if (name.length < 2 || name.length > 80) return false;
  if (/^https?:|@|\d/.test(name)) return false; // URLs, handles and emails, dates and times
  if (/^(?:by|and|the|admin|staff)$/i.test(name)) return false;
  const words = name.split(/\s+/);
  return words.length <= 6 && /\p{L}/u.test(name);
}

/** A visible byline ("By Jane Doe and John Roe, Reuters") split into names. */
export function splitByline(byline: string): string[] {
  return cleanAuthorNames(
    normaliseInline(byline)
      .replace(/^by\s+/i, '')
      .split(/\s*(?:,|;|\band\b|&)\s*/),
  );
}
