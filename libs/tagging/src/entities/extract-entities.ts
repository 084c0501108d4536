import { isCapitalised, Token, tokenize } from '../text/tokenize';
import { EntityType, Gazetteer, GazetteerEntry, loadGazetteer } from './gazetteer';
import { loadRunModel, RunModel } from './run-classifier';
import { CLUB_TOWNS, SPORTS_WORDS } from './known-organisations';
import {
  APPOSITIVE_ROLE_WORDS,
  NAME_CONNECTORS,
  NEVER_NAMES,
  ORG_HEADS,
  LOC_HEADS,
  LOC_SUFFIXES,
  ORG_SUFFIXES,
  PERSON_ROLE_WORDS,
  PERSON_TITLES,
  PERSON_VERBS,
  STOPWORDS,
  TITLES,
} from './lexicon';

export type Field = 'title' | 'text';

/** One recognised span before mentions of the same entity are merged. */
export interface Span {
  field: Field;
  start: number;
  end: number;
  surface: string;
  type: EntityType;
  /** canonical name when known (gazetteer), else the surface */
  name: string;
  countryCode?: string;
  confidence: number;
}

/** A capitalised run not yet classified: it may still be a known entity's short form. */
interface Pending {
  field: Field;
  /** all tokens of the field (context for the run classifier) */
  all: Token[];
  start: number;
  end: number;
  /** weak hint that it is a person (followed by "said", preceded by "spokesman") */
  personHint: boolean;
  /** no cue-based guesses here (non-English text, Title Case headline) */
  gazetteerOnly: boolean;
  /** a word on a line in capitals: only linked to an entity named in mixed case elsewhere */
  shouted?: boolean;
}

/** A capitalised run that neither cues nor short forms explain (what the run classifier sees). */
export interface UnresolvedRun {
  field: Field;
  tokens: Token[];
  start: number;
  end: number;
}

export interface ExtractOptions {
  /** Only gazetteer matches and mentions of them (for non-English text, where the English cues do not apply). */
  gazetteerOnly?: boolean;
  /** Use the trained run classifier for runs the rules leave open (default true). */
  useModel?: boolean;
  /** Sees every run left open after cues and short forms (training data for the run classifier). */
  onUnresolved?: (run: UnresolvedRun) => void;
  /** A run classifier to use instead of the shipped one (out-of-fold evaluation in tools/train). */
  runModel?: RunModel;
}

/**
 * Finds people, organisations and places in a title and body. Precision first: a
 * capitalised run becomes an entity only on evidence (gazetteer, a title such as
 * "President", an organisation suffix, a known first name, a reporting verb) or as
 * a short form of an entity found that way elsewhere in the article.
 */
export function extractSpans(title: string, text: string, options: ExtractOptions = {}): Span[] {
  const gaz = loadGazetteer();
  const spans: Span[] = [];
  const pending: Pending[] = [];
  const textTokens = tokenize(text);
  scanField('text', textTokens, gaz, spans, pending, options, false);
  const titleTokens = tokenize(title);
  // Headlines in Title Case carry no case evidence: there only gazetteer names and short forms count.
  const words = titleTokens.filter((t) => /^\p{L}/u.test(t.text));
  const titleCase = words.length > 2 && words.filter((t) => isCapitalised(t.text)).length / words.length > 0.6;
  if (titleCase) scanTitleCase(titleTokens, gaz, spans, pending);
  else scanField('title', titleTokens, gaz, spans, pending, options, true);
  if (!options.gazetteerOnly) typeResultLines(text, textTokens, spans, pending, gaz);
  if (!options.gazetteerOnly) typeClubTowns(textTokens, spans);
  resolvePending(pending, spans, gaz, options);
  if (!options.gazetteerOnly) addStatesAfterTowns(textTokens, spans);
  retypeSurnamesNamedLikePlaces(spans, gaz);
  return spans.sort((a, b) => (a.field === b.field ? a.start - b.start : a.field === 'title' ? -1 : 1));
}

function scanField(
  field: Field,
  tokens: Token[],
  gaz: Gazetteer,
  spans: Span[],
  pending: Pending[],
  options: ExtractOptions,
  isTitle: boolean,
): void {
  let i = 0;
  while (i < tokens.length) {
    if (tokens[i].shout) {
      const before = spans.length;
      const next = matchShouted(field, tokens, i, gaz, spans);
      if (spans.length === before && isShoutedNameCandidate(tokens[i], gaz)) {
        pending.push({ field, all: tokens, start: i, end: i + 1, personHint: false, gazetteerOnly: true, shouted: true });
      }
      i = next;
      continue;
    }
    const dateline = field === 'text' ? datelinePlace(tokens, i, gaz) : undefined;
    if (dateline) {
      addSpan(field, tokens, i, dateline.end, 'LOC', dateline.entry.name, 0.9, spans, dateline.entry.countryCode);
      i = dateline.end;
      continue;
    }
    if (!startsName(tokens[i], gaz, isTitle)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      const t = tokens[j];
      if (isNameToken(t) && !t.sentenceStart && adjacent(tokens[j - 1], t)) {
        j++;
        continue;
      }
      // "Bank of England", "Ludwig van Beethoven": a connector between two capitalised words
      // ("Blackburn Rovers for Leeds United" is two names: "for" joins only after an organisation's head)
      // "Bosnia and Herzegovina", "Trinidad and Tobago": "and" inside a known name
      const joined = t.text === 'and' ? knownNameThroughAnd(tokens, i, j, gaz) : 0;
      if (joined) {
        j = joined;
        continue;
      }
      const joins = t.text !== 'for' || FOR_HEADS.has(tokens[j - 1].text) || ORG_HEADS.has(tokens[j - 1].text);
      if (joins && NAME_CONNECTORS.has(t.text) && j + 1 < tokens.length && isNameToken(tokens[j + 1]) && adjacent(tokens[j - 1], t)) {
        j += 2;
        continue;
      }
      break;
    }
    processRun(field, tokens, i, j, gaz, spans, pending, options);
    i = j;
  }
}

/** The end of a gazetteer name that runs from i through the "and" at j, or 0. */
function knownNameThroughAnd(tokens: Token[], i: number, j: number, gaz: Gazetteer): number {
  for (let e = Math.min(tokens.length, i + gaz.maxTokens); e > j + 1; e--) {
    if (!isNameToken(tokens[e - 1])) continue;
    if (gaz.names.has(joinTokens(tokens, i, e))) return e;
  }
  return 0;
}

/** Days and months that follow a name in news copy (not May, March, June or August, which are also names). */
const TRAILING_DATES = new Set([
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'April',
  'July', 'September', 'October', 'November', 'December',
]);

/** Heads that "for" continues ("Centre for Policy Studies", "Commissioner for Human Rights"). */
const FOR_HEADS = new Set([
  'Centre', 'Center', 'Council', 'Commission', 'Commissioner', 'Fund', 'Foundation', 'Institute', 'Campaign', 'Alliance',
  'Committee', 'Society', 'Association', 'Organisation', 'Organization', 'Trust', 'Agency', 'Office', 'Minister',
  'Ministry', 'Secretary', 'Department', 'Party', 'Union', 'Coalition', 'Movement', 'Network', 'Front', 'Court',
  'Tribunal', 'School', 'Academy', 'Programme', 'Program', 'Service', 'Board', 'Bureau', 'Conference', 'Forum',
  'Federation', 'League', 'Mission', 'Authority', 'Group', 'Initiative', 'Project', 'Partnership', 'Fellowship',
]);

/**
 * A Title Case headline: every word is capitalised, so runs mean nothing. Known
 * names (longest first) count, and single words wait to be linked as short forms
 * of entities in the body ("Putin" → Vladimir Putin).
 */
function scanTitleCase(tokens: Token[], gaz: Gazetteer, spans: Span[], pending: Pending[]): void {
  let i = 0;
  while (i < tokens.length) {
    const hit = isNameToken(tokens[i]) ? longestGazetteerMatch(tokens, i, tokens.length, gaz) : undefined;
    if (hit) {
      addSpan('title', tokens, i, hit.end, hit.entry.type, hit.entry.name, hit.entry.confidence, spans, hit.entry.countryCode);
      i = hit.end;
      continue;
    }
    if (isNameToken(tokens[i]) && !NEVER_NAMES.has(tokens[i].text)) {
      pending.push({ field: 'title', all: tokens, start: i, end: i + 1, personHint: false, gazetteerOnly: true });
    }
    i++;
  }
}

/**
 * On a line in capitals only gazetteer names count, matched in title case
 * ("LONDON" → London, "NEW YORK" → New York); acronyms keep their case.
 * Returns the next token index.
 */
function matchShouted(field: Field, tokens: Token[], i: number, gaz: Gazetteer, spans: Span[]): number {
  if (!/^\p{L}/u.test(tokens[i].text)) return i + 1;
  const limit = Math.min(tokens.length, i + gaz.maxTokens);
  for (let j = limit; j > i; j--) {
    if (!tokens.slice(i, j).every((t) => t.shout && /^\p{L}/u.test(t.text))) continue;
    const words = tokens.slice(i, j).map((t) => t.text);
    const candidates = [words.map(titleCaseWord).join(' '), words.join(' ')];
    for (const c of candidates) {
      const entry = gaz.names.get(c);
      // only big cities: small ones are named like words ("SURPRISE", Arizona); names of two words or more ("NEW YORK") are safe
      if (entry && (entry.kind === 'country' || entry.kind === 'org' || entry.kind === 'place' || ((entry.kind === 'city' && entry.confidence >= 0.9) || ((entry.kind === 'city' || entry.kind === 'region') && j - i >= 2)))) {
        // two-letter capitals ("US", "IT", "IN") are words on a shouted line
        if (j - i === 1 && words[0].length <= 2 && entry.kind !== 'org') continue;
        addSpan(field, tokens, i, j, entry.type, entry.name, Math.min(entry.confidence, 0.8), spans, entry.countryCode);
        return j;
      }
    }
  }
  return i + 1;
}

/** A word in capitals that may name something found in mixed case elsewhere ("CLINTON", "ARSENAL"). */
function isShoutedNameCandidate(t: Token, gaz: Gazetteer): boolean {
  return /^\p{Lu}{3,}$/u.test(t.text) && !gaz.commonWords.has(t.text.toLowerCase()) && !STOPWORDS.has(t.text.toLowerCase());
}

/** What may follow a dateline's place: "(Reuters)", a comma, a dash. */
const AFTER_DATELINE = new Set(['(', ',', '—', '–', '-']);

/**
 * A dateline: a place in capitals opening a line, before "(Reuters)", a comma or a dash
 * ("BRUSSELS (Reuters) -", "SIOUX FALLS, S.D. –"). Returns the place's end and entry.
 */
function datelinePlace(tokens: Token[], i: number, gaz: Gazetteer): { end: number; entry: GazetteerEntry } | undefined {
  const t = tokens[i];
  if (!t.lineStart || !/^\p{Lu}{3,}$/u.test(t.text)) return undefined;
  let e = i + 1;
  while (e < tokens.length && e - i < 3 && /^\p{Lu}{2,}$/u.test(tokens[e].text) && adjacent(tokens[e - 1], tokens[e])) e++;
  if (!AFTER_DATELINE.has(tokens[e]?.text)) return undefined;
  const entry = gaz.names.get(titleCaseName(joinTokens(tokens, i, e)));
  return entry?.type === 'LOC' ? { end: e, entry } : undefined;
}

function titleCaseName(s: string): string {
  return s.replace(/\p{L}+/gu, (w) => titleCaseWord(w));
}

function titleCaseWord(w: string): string {
  return w.charAt(0) + w.slice(1).toLowerCase();
}

function adjacent(a: Token, b: Token): boolean {
  // only spaces between, no line break or punctuation
  return b.start - a.end <= 1;
}

function isNameToken(t: Token): boolean {
  return isCapitalised(t.text) && /^\p{L}/u.test(t.text);
}

function startsName(t: Token, gaz: Gazetteer, isTitle: boolean): boolean {
  if (!isNameToken(t)) return false;
  if (isTitle && NEVER_NAMES.has(t.text)) return false;
  return true;
}

/** Drops leading words that are capitalised only because a sentence starts there. */
function trimSentenceStart(tokens: Token[], start: number, end: number, gaz: Gazetteer): number {
  let i = start;
  while (i < end) {
    const t = tokens[i];
    const lower = t.text.toLowerCase();
    // "New Jersey", "The Hague": a known name that starts with a common word
    if (i + 1 < end && longestGazetteerMatch(tokens, i, end, gaz)) break;
    const commonish = NEVER_NAMES.has(t.text) || (STOPWORDS.has(lower) && !/^\p{Lu}{2,}$/u.test(t.text));
    if (commonish) {
      i++;
      continue;
    }
    if (t.sentenceStart && gaz.commonWords.has(lower) && !gaz.names.has(t.text)) {
      i++;
      continue;
    }
    // "Attended James High School": a sentence-initial participle is no part of a name
    if (t.sentenceStart && /^\p{Lu}\p{Ll}{3,}(?:ed|ing)$/u.test(t.text) && !gaz.names.has(t.text) && !gaz.firstNames.has(t.text)) {
      i++;
      continue;
    }
    break;
  }
  // a run that keeps only connectors is no name
  while (i < end && NAME_CONNECTORS.has(tokens[i].text)) i++;
  return i;
}

/**
 * More capitalised words in a row than a name has (the longest real ones, such as
 * "Federal Ministry for Economic Affairs and Climate Action", have 8 to 12): such a
 * run is a list of names or a line in Title Case, never one name.
 */
export const MAX_NAME_TOKENS = 12;

function processRun(
  field: Field,
  tokens: Token[],
  start: number,
  end: number,
  gaz: Gazetteer,
  spans: Span[],
  pending: Pending[],
  options: ExtractOptions,
): void {
  start = trimSentenceStart(tokens, start, end, gaz);
  // "…their entry: Manchester United Liverpool Arsenal Chelsea … Hull City" is a list: each known name in it
  // stands apart, and what lies between them is classified only where it is short enough to be one name.
  const list = end - start > MAX_NAME_TOKENS;
  // "posted on Twitter Tuesday", "told the Argus Leader Monday": a day or month after a name is no part of it
  while (end > start && (NAME_CONNECTORS.has(tokens[end - 1].text) || TRAILING_DATES.has(tokens[end - 1].text))) end--;
  // "The Netherlands": a country's alias with "The" is tagged without it, as CoNLL does
  if (end - start > 1 && tokens[start].text === 'The' && gaz.names.has(joinTokens(tokens, start + 1, end))) start++;
  if (start >= end) return;

  // 1. longest known names anywhere in the run (organisations, countries, leaders, places)
  let i = start;
  let rest = start;
  while (i < end) {
    const hit = longestGazetteerMatch(tokens, i, end, gaz);
    if (hit) {
      // the whole run is one known thing, or the known thing stands apart from the rest
      const wholeRun = i === start && hit.end === end;
      if (wholeRun || list || canSplitAround(tokens, start, end, i, hit.end, hit.entry)) {
        if (rest < i) classifyPiece(field, tokens, rest, i, gaz, spans, pending, options, false);
        addSpan(field, tokens, i, hit.end, hit.entry.type, hit.entry.name, hit.entry.confidence, spans, hit.entry.countryCode);
        i = hit.end;
        rest = i;
        continue;
      }
    }
    i++;
  }
  if (rest < end) classifyPiece(field, tokens, rest, end, gaz, spans, pending, options, false);
}

/**
 * "United States President Barack Obama": the country stands apart because a title follows.
 * "New York Yankees": it does not, so the city is not tagged inside a team name.
 */
function canSplitAround(tokens: Token[], start: number, end: number, from: number, to: number, entry: GazetteerEntry): boolean {
  const before = from > start ? tokens[from - 1].text : undefined;
  const after = to < end ? tokens[to].text : undefined;
  const okBefore = before === undefined || TITLES.has(before) || before === '&' || before === 'and';
  const okAfter = after === undefined || TITLES.has(after) || after === 'and';
  void entry;
  return okBefore && okAfter;
}

function longestGazetteerMatch(tokens: Token[], i: number, end: number, gaz: Gazetteer) {
  const limit = Math.min(end, i + gaz.maxTokens);
  for (let j = limit; j > i; j--) {
    const surface = joinTokens(tokens, i, j);
    const entry = gaz.names.get(surface);
    if (entry) return { end: j, entry };
  }
  return undefined;
}

function joinTokens(tokens: Token[], i: number, j: number): string {
  let s = tokens[i].text;
  for (let k = i + 1; k < j; k++) s += (tokens[k].start > tokens[k - 1].end ? ' ' : '') + tokens[k].text;
  return s;
}

/** A run (or what is left of it around known names) classified by cues. */
function classifyPiece(
  field: Field,
  tokens: Token[],
  start: number,
  end: number,
  gaz: Gazetteer,
  spans: Span[],
  pending: Pending[],
  options: ExtractOptions,
  afterTitle: boolean,
): void {
  start = trimSentenceStart(tokens, start, end, gaz);
  if (start >= end || end - start > MAX_NAME_TOKENS) return;
  const words = tokens.slice(start, end).map((t) => t.text);
  const last = words[words.length - 1];

  // "Jenny Seaton & Gary Carvolth": "&" between two people named with known first names
  const amp = words.indexOf('&');
  if (!options.gazetteerOnly && amp > 0 && amp < words.length - 1 && gaz.firstNames.has(words[0]) && gaz.firstNames.has(words[amp + 1])) {
    classifyPiece(field, tokens, start, start + amp, gaz, spans, pending, options, afterTitle);
    classifyPiece(field, tokens, start + amp + 1, end, gaz, spans, pending, options, afterTitle);
    return;
  }

  // Competitions are MISC in CoNLL's scheme, not the organisations that run them ("Champions League", "Premier League")
  if (last === 'League' && words.some((w) => COMPETITION_WORDS.has(w))) return;

  // Organisation by its form: "... Ministry", "... Inc.", "Bank of ..."
  // "Bank of England", "British Columbia Institute of Technology": an organisation head right before "of"
  const orgHead = words.some((w, k) => ORG_HEADS.has(w) && words[k + 1] === 'of');
  if (!options.gazetteerOnly && (ORG_SUFFIXES.has(last) || orgHead)) {
    // a leading title is not part of an organisation's name either ("President Putin Foundation" is rare; "Minister" is not an org)
    if (!(words.length === 1 && TITLES.has(last))) {
      if (words.length > 1 || isAcronymLike(last)) {
        addSpan(field, tokens, start, end, 'ORG', joinTokens(tokens, start, end), 0.85, spans);
      }
      return;
    }
  }

  // A sports team: a known city or region and a plural nickname ("Boston Bruins", "Pittsburgh Pirates")
  if (!options.gazetteerOnly && isTeamName(tokens, start, end, gaz)) {
    addSpan(field, tokens, start, end, 'ORG', joinTokens(tokens, start, end), 0.85, spans);
    return;
  }

  // Place by its form: "Mississippi Avenue", "Aabenraa County", "Lake Geneva"
  if (!options.gazetteerOnly && words.length > 1 && (LOC_SUFFIXES.has(last) || LOC_HEADS.has(words[0]))) {
    addSpan(field, tokens, start, end, 'LOC', joinTokens(tokens, start, end), 0.8, spans);
    return;
  }

  // Titles split a run: "Foreign Minister Sergei Lavrov" → the title, then a person.
  let k = start;
  while (k < end && TITLES.has(tokens[k].text)) k++;
  if (k > start) {
    const personCue = tokens.slice(start, k).some((t) => PERSON_TITLES.has(t.text));
    if (k < end) classifyPiece(field, tokens, k, end, gaz, spans, pending, options, afterTitle || personCue);
    return;
  }
  const titleAt = tokens.slice(start, end).findIndex((t, idx) => idx > 0 && PERSON_TITLES.has(t.text));
  if (titleAt > 0) {
    classifyPiece(field, tokens, start, start + titleAt, gaz, spans, pending, options, false);
    classifyPiece(field, tokens, start + titleAt, end, gaz, spans, pending, options, false);
    return;
  }

  // A demonym or nationality ("Russian", "American") is not a person, organisation or place.
  if (words.length === 1 && gaz.demonyms.has(last)) return;
  if (gaz.demonyms.has(words[0]) && words.length > 1 && !afterTitle) {
    classifyPiece(field, tokens, start + 1, end, gaz, spans, pending, options, false);
    return;
  }

  const whole = gaz.names.get(joinTokens(tokens, start, end));
  if (whole) {
    addSpan(field, tokens, start, end, whole.type, whole.name, whole.confidence, spans, whole.countryCode);
    return;
  }
  if (options.gazetteerOnly) {
    pending.push({ field, all: tokens, start, end, personHint: false, gazetteerOnly: true });
    return;
  }

  const nameLike = words.length <= 4 && words.every((w) => isNameShaped(w) || NAME_CONNECTORS.has(w));
  const prevWord = start > 0 ? tokens[start - 1].text.toLowerCase() : '';
  const nextWord = end < tokens.length ? tokens[end].text.toLowerCase() : '';
  if (afterTitle && nameLike) {
    addSpan(field, tokens, start, end, 'PER', joinTokens(tokens, start, end), 0.9, spans);
    return;
  }
  const noCommonWord = words.every((w) => !gaz.commonWords.has(w.toLowerCase()));
  const thingWord = words.some((w, k) => k > 0 && (NOT_PERSON_WORDS.has(w) || LOC_SUFFIXES.has(w) || ORG_SUFFIXES.has(w)));
  // "M. Atherton", "J.R. Ewing", "Raymond E. Feist": initials and a surname
  if (nameLike && words.length >= 2 && isInitial(words[0]) && !gaz.names.has(words[0]) && !isInitial(last) && !gaz.names.has(last) && !gaz.commonWords.has(last.toLowerCase()) && !thingWord) {
    addSpan(field, tokens, start, end, 'PER', joinTokens(tokens, start, end), 0.85, spans);
    return;
  }
  if (nameLike && words.length >= 2 && gaz.firstNames.has(words[0]) && !gaz.names.has(words[words.length - 1]) && !thingWord && !NOT_FIRST_NAMES.has(words[0])) {
    addSpan(field, tokens, start, end, 'PER', joinTokens(tokens, start, end), 0.85, spans);
    return;
  }
  // "spokesman Dmitry Peskov", "said Brent Sherwood" (a quote's speaker after the verb)
  const roleBefore =
    PERSON_ROLE_WORDS.has(prevWord) ||
    QUOTE_VERBS_BEFORE.has(prevWord) ||
    (prevWord === ',' && start > 1 && PERSON_ROLE_WORDS.has(tokens[start - 2].text.toLowerCase()));
  const verbAfter = PERSON_VERBS.has(nextWord) || (nextWord === ',' && appositiveRoleAt(tokens, end + 1));
  if (nameLike && noCommonWord && words.length >= 2 && words.length <= 3 && (roleBefore || verbAfter)) {
    addSpan(field, tokens, start, end, 'PER', joinTokens(tokens, start, end), 0.75, spans);
    return;
  }
  pending.push({ field, all: tokens, start, end, personHint: nameLike && (roleBefore || verbAfter), gazetteerOnly: false });
}

/** Words before "League" that make it a competition ("Champions League"), MISC in CoNLL's scheme. */
const COMPETITION_WORDS = new Set(['Champions', 'Premier', 'Europa', 'Nations', 'Conference', 'Super']);

/** Verbs of saying right before a name: the quote's speaker ("…," said Brent Sherwood). */
const QUOTE_VERBS_BEFORE = new Set(['said', 'says', 'added', 'wrote', 'explained', 'recalled', 'noted']);

/** "Gwynne Shotwell, president of…", "Cheuk Hau-yip, the commander of…": a role right after the comma. */
function appositiveRoleAt(tokens: Token[], k: number): boolean {
  const w = tokens[k]?.text.toLowerCase();
  if (w === undefined || !APPOSITIVE_ROLE_WORDS.has(w)) return false;
  if (w === 'a' || w === 'an' || w === 'the') {
    const next = tokens[k + 1]?.text.toLowerCase();
    const after = tokens[k + 2]?.text.toLowerCase();
    const isRole = (x: string | undefined) => x !== undefined && x !== 'a' && x !== 'an' && x !== 'the' && (PERSON_ROLE_WORDS.has(x) || APPOSITIVE_ROLE_WORDS.has(x));
    return isRole(next) || (next !== undefined && /^\p{Ll}/u.test(next) && isRole(after));
  }
  return true;
}

/** A word shaped like part of a personal name: "Putin", "O'Brien", "McDonald", "Ocasio-Cortez", "Hau-yip", "J."; not "WeWork". */
function isNameShaped(w: string): boolean {
  if (/^\p{Lu}\.$/u.test(w)) return true;
  if (!/^\p{Lu}/u.test(w) || !/\p{Ll}/u.test(w)) return false;
  return w.split('-').every((part, k) => (k > 0 ? /^\p{L}[\p{Ll}\p{M}'’.]*$/u : /^\p{Lu}[\p{Ll}\p{M}'’.]*$/u).test(part) || /^(?:Mc|Mac|O['’]|D['’]|De|Di|Du|La|Le)\p{Lu}[\p{Ll}\p{M}'’]+$/u.test(part));
}

/** Words that make a run starting with a given name a thing named after a person ("Stanley Cup", "Mark Hopkins Hotel"). */
const NOT_PERSON_WORDS = new Set([
  'Cup', 'Trophy', 'Prize', 'Award', 'Awards', 'Medal', 'Hotel', 'House', 'Railroad', 'Rink', 'Dock', 'Docks', 'Stadium',
  'Arena', 'Building', 'Tower', 'Cathedral', 'Chapel', 'Theatre', 'Theater', 'Catholic', 'Faith', 'Memorial',
  'Hook', 'Point', 'Park', 'Gardens', 'Library', 'Collection', 'Show', 'Festival', 'Open', 'Classic', 'Grand',
]);
/** Given names that more often start other names ("Roman Catholic", "Christian Democrats"). */
const NOT_FIRST_NAMES = new Set(['Roman', 'Christian', 'Santa', 'San', 'Saint', 'St.']);

/** "M.", "J.R.": initials of a given name. */
function isInitial(w: string): boolean {
  return /^(?:\p{Lu}\.)+$/u.test(w);
}

/** Words that end team-like runs but are events, places or groups of things, not teams. */
const NOT_NICKNAMES = new Set(['Games', 'Olympics', 'Islands', 'Heights', 'Falls', 'Hills', 'Mountains', 'Springs', 'Gardens', 'Docklands', 'Highlands', 'Lakes', 'Plains', 'Estates', 'Towers', 'Studios', 'Awards', 'Times', 'News', 'Works']);

/**
 * "Boston Bruins", "New York Yankees", "West Coast Eagles": a known city or region (or a
 * capitalised prefix of one word) followed by one capitalised plural word.
 */
function isTeamName(tokens: Token[], start: number, end: number, gaz: Gazetteer): boolean {
  if (end - start < 2) return false;
  const last = tokens[end - 1].text;
  if (!/^\p{Lu}\p{Ll}+s$/u.test(last) || last.endsWith('ss') || NOT_NICKNAMES.has(last) || LOC_SUFFIXES.has(last) || ORG_SUFFIXES.has(last)) return false;
  if (gaz.names.has(last) || gaz.demonyms.has(last) || gaz.firstNames.has(last)) return false;
  const place = gaz.names.get(joinTokens(tokens, start, end - 1));
  return place !== undefined && (place.kind === 'city' || place.kind === 'region' || place.kind === 'place');
}

function isAcronymLike(w: string): boolean {
  return /^[\p{Lu}&.]{2,}$/u.test(w);
}

function addSpan(
  field: Field,
  tokens: Token[],
  i: number,
  j: number,
  type: EntityType,
  name: string,
  confidence: number,
  spans: Span[],
  countryCode?: string,
): void {
  const surface = joinTokens(tokens, i, j);
  spans.push({
    field,
    start: tokens[i].start,
    end: tokens[j - 1].end,
    surface,
    type,
    name,
    confidence,
    ...(countryCode ? { countryCode } : {}),
  });
}

/**
 * Second pass: runs with no cue of their own are short forms of entities found
 * elsewhere ("Putin" after "Vladimir Putin", "Peskov" after "Dmitry Peskov",
 * "IMF" after "International Monetary Fund").
 */
function resolvePending(pending: Pending[], spans: Span[], gaz: Gazetteer, options: ExtractOptions): void {
  if (!options.gazetteerOnly) typeDefinedAcronyms(pending, spans);
  // short forms of entities found by cues, then the run classifier, then short forms of what it found
  const open = linkShortForms(pending, spans, gaz);
  if (options.onUnresolved) {
    for (const p of open) options.onUnresolved({ field: p.field, tokens: p.all, start: p.start, end: p.end });
  }
  if (options.useModel === false) return;
  const model = options.runModel ?? loadRunModel();
  if (!model) return;
  const stillOpen: Pending[] = [];
  for (const p of open) {
    const single = p.end - p.start === 1 ? p.all[p.start].text : undefined;
    // a lone capitalised common word ("Island", "League") is too often no name at all
    const skip = p.gazetteerOnly || (single !== undefined && (gaz.commonWords.has(single.toLowerCase()) || TITLES.has(single)));
    const guess = skip ? undefined : model.classify(p.all, p.start, p.end, gaz);
    if (guess) addSpan(p.field, p.all, p.start, p.end, guess.type, joinTokens(p.all, p.start, p.end), guess.confidence, spans);
    else stillOpen.push(p);
  }
  // what the classifier found can explain shorter runs ("Smith" after "John Smith")
  linkShortForms(stillOpen, spans, gaz);
}

/** "World Health Organization": capitals "WHO", every word "WHO"; both forms, as acronyms are written. */
function initialsOf(tokens: Token[], start: number, end: number): string[] {
  const words = tokens.slice(start, end).map((t) => t.text);
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  const all = words.filter((w) => w !== '&').map((w) => w[0].toUpperCase()).join('');
  return [caps, all];
}

/**
 * "Brazilian Cycling Federation ( BCF )", "OASA ( Organismos Astikon Syngoinonion Athinon )": a
 * name of two or more words defined with its acronym in parentheses names an organisation;
 * the acronym is then linked to it as a short form.
 */
function typeDefinedAcronyms(pending: Pending[], spans: Span[]): void {
  const done = new Set<Pending>();
  const isAcr = (t: Token | undefined) => t !== undefined && /^\p{Lu}[\p{Lu}&.]+$/u.test(t.text);
  const letters = (w: string) => w.replace(/[.&]/g, '');
  for (const p of pending) {
    if (p.gazetteerOnly || p.end - p.start < 2) continue;
    const t = p.all;
    let acronym: Token | undefined;
    // long form, then the acronym in parentheses
    if (t[p.end]?.text === '(' && isAcr(t[p.end + 1]) && t[p.end + 2]?.text === ')') acronym = t[p.end + 1];
    // the acronym, then the long form in parentheses
    else if (p.start >= 2 && t[p.start - 1].text === '(' && isAcr(t[p.start - 2]) && t[p.end]?.text === ')') acronym = t[p.start - 2];
    if (!acronym || !initialsOf(t, p.start, p.end).includes(letters(acronym.text))) continue;
    addSpan(p.field, t, p.start, p.end, 'ORG', joinTokens(t, p.start, p.end), 0.85, spans);
    done.add(p);
  }
  if (!done.size) return;
  const rest = pending.filter((p) => !done.has(p));
  pending.length = 0;
  pending.push(...rest);
}

/** Links runs that are a known entity's short form; returns the runs left open. */
function linkShortForms(pending: Pending[], spans: Span[], gaz: Gazetteer): Pending[] {
  const bySurname = new Map<string, Span>();
  const byName = new Map<string, Span>();
  const byInitials = new Map<string, Span>();
  for (const s of spans) {
    byName.set(s.surface, s);
    if (s.type === 'PER') {
      const parts = s.name.split(' ');
      if (parts.length > 1) {
        const surname = parts[parts.length - 1];
        if (!bySurname.has(surname)) bySurname.set(surname, s);
      }
    }
    if (s.type === 'ORG') {
      const initials = s.name
        .split(/\s+/)
        .filter((w) => /^\p{Lu}/u.test(w))
        .map((w) => w[0])
        .join('');
      if (initials.length >= 2) byInitials.set(initials, s);
    }
  }
  // "Bruins" after "Boston Bruins": a team's nickname alone
  const byNickname = new Map<string, Span>();
  // "Dorothea" after "Dorothea von Schlegel": a known first name shared by no other person here
  const byFirstName = new Map<string, Span | null>();
  for (const s of spans) {
    const parts = s.surface.split(' ');
    if (parts.length < 2) continue;
    if (s.type === 'ORG' && isTeamName(tokenize(s.surface), 0, parts.length, gaz)) byNickname.set(parts[parts.length - 1], s);
    if (s.type === 'PER' && gaz.firstNames.has(parts[0])) {
      const prev = byFirstName.get(parts[0]);
      byFirstName.set(parts[0], prev === undefined || prev?.name === s.name ? s : null);
    }
  }
  const open: Pending[] = [];
  for (const p of pending) {
    // only the whole run: "Atlantic City" is not a mention of "Atlantic"
    const single = p.end - p.start === 1;
    // a word in capitals ("CLINTON") is looked up as written in mixed case elsewhere ("Clinton")
    const surface = p.shouted ? titleCaseWord(p.all[p.start].text) : joinTokens(p.all, p.start, p.end);
    const target =
      byName.get(surface) ??
      (single ? (bySurname.get(surface) ?? (p.shouted ? undefined : byInitials.get(surface)) ?? byNickname.get(surface) ?? byFirstName.get(surface) ?? undefined) : undefined);
    if (!target || (single && gaz.commonWords.has(surface.toLowerCase()) && target.type !== 'LOC')) {
      open.push(p);
      continue;
    }
    spans.push({
      field: p.field,
      start: p.all[p.start].start,
      end: p.all[p.end - 1].end,
      surface: joinTokens(p.all, p.start, p.end),
      type: target.type,
      name: target.name,
      confidence: Math.min(target.confidence, 0.85),
      ...(target.countryCode ? { countryCode: target.countryCode } : {}),
    });
  }
  return open;
}

const SCORE = /^\d{1,3}$/;
const RESULT_LINE_WORDS = new Set(['v', 'vs', 'v.', 'vs.', 'at']);

/**
 * Sports results and tables ("Leicester 1 Chelsea 2", "Barnsley 5 4 1 0 11 4 13",
 * "NEW YORK 74 62 .544 -"): on a line of names and scores with no other words, a name
 * right before a score is a team. Teams named after cities are organisations; national
 * teams stay places (CoNLL's convention), and people (known first names, titles) stay people.
 */
function typeResultLines(text: string, tokens: Token[], spans: Span[], pending: Pending[], gaz: Gazetteer): void {
  const lineOf = (offset: number) => {
    const a = text.lastIndexOf('\n', offset - 1) + 1;
    const b = text.indexOf('\n', offset);
    return [a, b < 0 ? text.length : b] as const;
  };
  // Tokens are in text order: find by binary search, not by scanning them all for every name
  // (that was quadratic in the article's length).
  const firstTokenFrom = (offset: number): number => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const checked = new Map<number, boolean>();
  const isResultLine = (offset: number): boolean => {
    const [a, b] = lineOf(offset);
    let ok = checked.get(a);
    if (ok !== undefined) return ok;
    let scores = 0;
    let other = 0;
    for (let k = firstTokenFrom(a); k < tokens.length && tokens[k].start < b; k++) {
      const t = tokens[k];
      if (SCORE.test(t.text)) scores++;
      else if (/^\p{Ll}/u.test(t.text) && !RESULT_LINE_WORDS.has(t.text)) other++;
    }
    ok = scores >= 2 && other === 0;
    checked.set(a, ok);
    return ok;
  };
  const scoreAfter = (end: number) => {
    const k = firstTokenFrom(end);
    return k < tokens.length && SCORE.test(tokens[k].text) && tokens[k].start - end <= 1;
  };
  const hasDigits = /\d/.test(text);
  for (const s of spans) {
    if (s.field !== 'text' || s.type !== 'LOC') continue;
    const kind = gaz.names.get(s.surface)?.kind ?? gaz.names.get(s.name)?.kind;
    if (kind === 'country' || kind === 'place') continue;
    // "Leicester beat Chelsea 2-1": a city next to a verb of winning is a club
    const sportsVerb = kind === 'city' && cityBesideSportsVerb(tokens, s);
    if (!sportsVerb && !(hasDigits && scoreAfter(s.end) && isResultLine(s.start))) continue;
    s.type = 'ORG';
    s.name = s.surface.replace(/\S+/g, (w) => (/^\p{Lu}+$/u.test(w) && w.length > 2 ? titleCaseWord(w) : w));
    delete s.countryCode;
    s.confidence = Math.min(s.confidence, 0.8);
  }
  if (!hasDigits) return;
  for (let i = pending.length - 1; i >= 0; i--) {
    const p = pending[i];
    if (p.field !== 'text' || (p.gazetteerOnly && !p.shouted) || p.personHint) continue;
    const end = p.all[p.end - 1].end;
    if (!scoreAfter(end) || !isResultLine(p.all[p.start].start)) continue;
    if (gaz.firstNames.has(p.all[p.start].text) || p.end - p.start > 3) continue;
    addSpan('text', p.all, p.start, p.end, 'ORG', joinTokens(p.all, p.start, p.end), 0.8, spans);
    pending.splice(i, 1);
  }
}

/** US states as datelines and addresses abbreviate them after a town ("Sioux Falls, S.D.", "Nashville, TN"). */
const US_STATE_ABBREVIATIONS = new Set(
  ('Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev N.H N.J N.M N.Y N.C N.D ' +
    'Okla Ore Pa R.I S.C S.D Tenn Va Vt Wash W.Va Wis Wyo D.C ' +
    'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD ' +
    'TN TX UT VT VA WA WV WI WY DC').split(' '),
);

/** A state abbreviation right after a town and a comma is a place too ("Camden, NJ", "Sioux Falls, S.D."). */
function addStatesAfterTowns(tokens: Token[], spans: Span[]): void {
  const placeEnds = new Set(spans.filter((s) => s.field === 'text' && s.type === 'LOC').map((s) => s.end));
  if (!placeEnds.size) return;
  for (let k = 2; k < tokens.length; k++) {
    const t = tokens[k];
    if (tokens[k - 1].text !== ',' || !placeEnds.has(tokens[k - 2].end)) continue;
    const bare = t.text.replace(/\.$/, '');
    if (!US_STATE_ABBREVIATIONS.has(bare)) continue;
    // AP's longer forms end in a dot the tokenizer may have left apart ("Minn" + "."); two-letter forms take none
    const dot = (bare.length > 2 || bare.includes('.')) && !t.text.endsWith('.') && tokens[k + 1]?.text === '.' && tokens[k + 1].start === t.end;
    const end = dot ? tokens[k + 1].end : t.end;
    const there = spans.find((s) => s.field === 'text' && s.start === t.start);
    if (there) {
      // an acronym guess ("PA" as an organisation) gives way; a place already there stays
      if (there.type !== 'LOC' && there.end === end) Object.assign(there, { type: 'LOC', countryCode: 'US', name: there.surface });
      continue;
    }
    spans.push({ field: 'text', start: t.start, end, surface: t.text + (dot ? '.' : ''), type: 'LOC', name: t.text + (dot ? '.' : ''), countryCode: 'US', confidence: 0.8 });
  }
}

/** Prepositions that keep a club's town a place in a sports story ("a hotel in Barcelona"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'around', 'across', 'of', 'north', 'south', 'east', 'west']);

/**
 * In a sports story (three or more distinct sports words), a town that names a club
 * ("managed Porto", "Tottenham's manager") is the club: CoNLL types it ORG. A place
 * preposition before it keeps it a place.
 */
function typeClubTowns(tokens: Token[], spans: Span[]): void {
  if (!spans.some((s) => s.type === 'LOC' && s.field === 'text' && CLUB_TOWNS.has(s.surface))) return;
  const seen = new Set<string>();
  for (const t of tokens) {
    const w = t.text.toLowerCase();
    if (SPORTS_WORDS.has(w)) seen.add(w);
  }
  if (seen.size < 3) return;
  const indexAt = new Map(tokens.map((t, i) => [t.start, i]));
  for (const s of spans) {
    if (s.field !== 'text' || s.type !== 'LOC' || !CLUB_TOWNS.has(s.surface)) continue;
    const prev = tokens[(indexAt.get(s.start) ?? 0) - 1]?.text.toLowerCase();
    if (prev !== undefined && PLACE_PREPOSITIONS.has(prev)) continue;
    s.type = 'ORG';
    s.name = s.surface;
    delete s.countryCode;
    s.confidence = Math.min(s.confidence, 0.75);
  }
}

const WIN_VERBS = new Set(['beat', 'beats', 'defeated', 'thrashed', 'edged', 'routed', 'trounced', 'outclassed', 'drew', 'overpowered', 'crushed', 'hammered', 'whipped']);

/** "Leicester beat Chelsea", "drew with Everton": a city right before or after a verb of winning (not a country: CoNLL keeps national teams as places). */
function cityBesideSportsVerb(tokens: Token[], s: Span): boolean {
  const k = tokens.findIndex((t) => t.start === s.start);
  if (k < 0) return false;
  let e = k;
  while (e < tokens.length && tokens[e].end < s.end) e++;
  const next = tokens[e + 1]?.text;
  const prev = tokens[k - 1]?.text;
  const prev2 = tokens[k - 2]?.text;
  return (next !== undefined && WIN_VERBS.has(next)) || (prev !== undefined && WIN_VERBS.has(prev)) || (prev === 'with' && prev2 === 'drew');
}

/** "Lincoln" after "Abraham Lincoln" is the person, not the city in Nebraska. */
function retypeSurnamesNamedLikePlaces(spans: Span[], gaz: Gazetteer): void {
  const people = new Map<string, Span>();
  for (const s of spans) {
    if (s.type !== 'PER') continue;
    const parts = s.name.split(' ');
    if (parts.length > 1) people.set(parts[parts.length - 1], s);
  }
  for (const s of spans) {
    const person = people.get(s.surface);
    if (!person || s.type !== 'LOC') continue;
    const kind = gaz.names.get(s.surface)?.kind;
    if (kind !== 'city' && kind !== 'region') continue;
    s.type = 'PER';
    s.name = person.name;
    delete s.countryCode;
  }
}
