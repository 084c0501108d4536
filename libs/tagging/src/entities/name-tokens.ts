import { isCapitalised, Token } from '../text/tokenize';
import type { Gazetteer, GazetteerEntry } from './gazetteer';
import {
  APPOSITIVE_ROLE_WORDS,
  LOC_SUFFIXES,
  NAME_CONNECTORS,
  NEVER_NAMES,
  NOT_NICKNAMES,
  ORG_SUFFIXES,
  PERSON_ROLE_WORDS,
  STOPWORDS,
} from './lexicon';

/**
 * More capitalised words in a row than a name has (the longest real ones, such as "Federal Ministry for
 * Economic Affairs and Climate Action", have 8 to 12): such a run is a list of names or a line in Title Case,
 * never one name.
 */
export const MAX_NAME_TOKENS = 12;

export function joinTokens(tokens: Token[], i: number, j: number): string {
  let s = tokens[i].text;
  for (let k = i + 1; k < j; k++) s += (tokens[k].start > tokens[k - 1].end ? ' ' : '') + tokens[k].text;
  return s;
}

/** Only spaces between, no line break or punctuation. */
export function adjacent(a: Token, b: Token): boolean {
  return b.start - a.end <= 1;
}

export function isNameToken(t: Token): boolean {
  return isCapitalised(t.text) && /^\p{L}/u.test(t.text);
}

export function titleCaseWord(w: string): string {
  return w.charAt(0) + w.slice(1).toLowerCase();
}

export function titleCaseName(s: string): string {
  return s.replace(/\p{L}+/gu, (w) => titleCaseWord(w));
}

export function longestGazetteerMatch(
  tokens: Token[],
  i: number,
  end: number,
  gaz: Gazetteer,
): { end: number; entry: GazetteerEntry } | undefined {
  const limit = Math.min(end, i + gaz.maxTokens);
  for (let j = limit; j > i; j--) {
    const entry = gaz.names.get(joinTokens(tokens, i, j));
    if (entry) return { end: j, entry };
  }
  return undefined;
}

/** Drops leading words that are capitalised only because a sentence starts there. */
export function trimSentenceStart(tokens: Token[], start: number, end: number, gaz: Gazetteer): number {
  let i = start;
  while (i < end) {
    const t = tokens[i];
    const lower = t.text.toLowerCase();
    // "New Jersey", "The Hague": a known name that starts with a common word
    if (i + 1 < end && longestGazetteerMatch(tokens, i, end, gaz)) break;
    const commonish = NEVER_NAMES.has(t.text) || (STOPWORDS.has(lower) && !/^\p{Lu}{2,}$/u.test(t.text));
    const commonAtStart = t.sentenceStart && gaz.commonWords.has(lower) && !gaz.names.has(t.text);
    // "Attended James High School": a sentence-initial participle is no part of a name
    const participle =
      t.sentenceStart &&
      /^\p{Lu}\p{Ll}{3,}(?:ed|ing)$/u.test(t.text) &&
      !gaz.names.has(t.text) &&
      !gaz.firstNames.has(t.text);
    if (!commonish && !commonAtStart && !participle) break;
    i++;
  }
  // a run that keeps only connectors is no name
  while (i < end && NAME_CONNECTORS.has(tokens[i].text)) i++;
  return i;
}

/** A word shaped like part of a personal name: "Putin", "O'Brien", "McDonald", "Ocasio-Cortez", "Hau-yip", "J."; not "WeWork". */
export function isNameShaped(w: string): boolean {
  if (/^\p{Lu}\.$/u.test(w)) return true;
  if (!/^\p{Lu}/u.test(w) || !/\p{Ll}/u.test(w)) return false;
  const plain = (part: string, k: number) =>
    (k > 0 ? /^\p{L}[\p{Ll}\p{M}'’.]*$/u : /^\p{Lu}[\p{Ll}\p{M}'’.]*$/u).test(part);
  const prefixed = (part: string) => /^(?:Mc|Mac|O['’]|D['’]|De|Di|Du|La|Le)\p{Lu}[\p{Ll}\p{M}'’]+$/u.test(part);
  return w.split('-').every((part, k) => plain(part, k) || prefixed(part));
}

/** "M.", "J.R.": initials of a given name. */
export function isInitial(w: string): boolean {
  return /^(?:\p{Lu}\.)+$/u.test(w);
}

export function isAcronymLike(w: string): boolean {
  return /^[\p{Lu}&.]{2,}$/u.test(w);
}

/**
 * "Boston Bruins", "New York Yankees", "West Coast Eagles": a known city or region (or a capitalised prefix of
 * one word) followed by one capitalised plural word.
 */
export function isTeamName(tokens: Token[], start: number, end: number, gaz: Gazetteer): boolean {
  if (end - start < 2) return false;
  const last = tokens[end - 1].text;
  if (!/^\p{Lu}\p{Ll}+s$/u.test(last) || last.endsWith('ss')) return false;
  if (NOT_NICKNAMES.has(last) || LOC_SUFFIXES.has(last) || ORG_SUFFIXES.has(last)) return false;
  if (gaz.names.has(last) || gaz.demonyms.has(last) || gaz.firstNames.has(last)) return false;
  const place = gaz.names.get(joinTokens(tokens, start, end - 1));
  return place !== undefined && (place.kind === 'city' || place.kind === 'region' || place.kind === 'place');
}

/** "Gwynne Shotwell, president of…", "Cheuk Hau-yip, the commander of…": a role right after the comma. */
export function appositiveRoleAt(tokens: Token[], k: number): boolean {
  const w = tokens[k]?.text.toLowerCase();
  if (w === undefined || !APPOSITIVE_ROLE_WORDS.has(w)) return false;
  if (w !== 'a' && w !== 'an' && w !== 'the') return true;
  const next = tokens[k + 1]?.text.toLowerCase();
  const after = tokens[k + 2]?.text.toLowerCase();
  const isArticle = (x: string) => x === 'a' || x === 'an' || x === 'the';
  const isRole = (x: string | undefined) =>
    x !== undefined && !isArticle(x) && (PERSON_ROLE_WORDS.has(x) || APPOSITIVE_ROLE_WORDS.has(x));
  return isRole(next) || (next !== undefined && /^\p{Ll}/u.test(next) && isRole(after));
}
