import { isCapitalised, Token, tokenize } from '../text/tokenize';
import { EntityType, Gazetteer, GazetteerEntry, loadGazetteer } from './gazetteer';
import { loadRunModel } from './run-classifier';
import {
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
  resolvePending(pending, spans, gaz, options);
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
      i = matchShouted(field, tokens, i, gaz, spans);
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
      if (NAME_CONNECTORS.has(t.text) && j + 1 < tokens.length && isNameToken(tokens[j + 1]) && adjacent(tokens[j - 1], t)) {
        j += 2;
        continue;
      }
      break;
    }
    processRun(field, tokens, i, j, gaz, spans, pending, options);
    i = j;
  }
}

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
      // only big cities: small ones are named like words ("SURPRISE", Arizona)
      if (entry && (entry.kind === 'country' || entry.kind === 'org' || entry.kind === 'place' || (entry.kind === 'city' && entry.confidence >= 0.9))) {
        // two-letter capitals ("US", "IT", "IN") are words on a shouted line
        if (j - i === 1 && words[0].length <= 2 && entry.kind !== 'org') continue;
        addSpan(field, tokens, i, j, entry.type, entry.name, Math.min(entry.confidence, 0.8), spans, entry.countryCode);
        return j;
      }
    }
  }
  return i + 1;
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
  while (end > start && NAME_CONNECTORS.has(tokens[end - 1].text)) end--;
  if (start >= end) return;

  // 1. longest known names anywhere in the run (organisations, countries, leaders, places)
  let i = start;
  let rest = start;
  while (i < end) {
    const hit = longestGazetteerMatch(tokens, i, end, gaz);
    if (hit) {
      // the whole run is one known thing, or the known thing stands apart from the rest
      const wholeRun = i === start && hit.end === end;
      if (wholeRun || canSplitAround(tokens, start, end, i, hit.end, hit.entry)) {
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
  if (start >= end) return;
  const words = tokens.slice(start, end).map((t) => t.text);
  const last = words[words.length - 1];

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

  const nameLike = words.length <= 4 && words.every((w) => /^\p{Lu}[\p{Ll}\p{M}'’.-]*\p{Ll}[\p{Ll}\p{M}'’.-]*$|^\p{Lu}\.$/u.test(w) || NAME_CONNECTORS.has(w));
  const prevWord = start > 0 ? tokens[start - 1].text.toLowerCase() : '';
  const nextWord = end < tokens.length ? tokens[end].text.toLowerCase() : '';
  if (afterTitle && nameLike) {
    addSpan(field, tokens, start, end, 'PER', joinTokens(tokens, start, end), 0.9, spans);
    return;
  }
  const noCommonWord = words.every((w) => !gaz.commonWords.has(w.toLowerCase()));
  if (nameLike && words.length >= 2 && gaz.firstNames.has(words[0]) && !gaz.names.has(words[words.length - 1])) {
    addSpan(field, tokens, start, end, 'PER', joinTokens(tokens, start, end), 0.85, spans);
    return;
  }
  const roleBefore = PERSON_ROLE_WORDS.has(prevWord) || (prevWord === ',' && start > 1 && PERSON_ROLE_WORDS.has(tokens[start - 2].text.toLowerCase()));
  const verbAfter = PERSON_VERBS.has(nextWord) || (nextWord === ',' && end + 1 < tokens.length && ['who', 'aged'].includes(tokens[end + 1].text));
  if (nameLike && noCommonWord && words.length >= 2 && words.length <= 3 && (roleBefore || verbAfter)) {
    addSpan(field, tokens, start, end, 'PER', joinTokens(tokens, start, end), 0.75, spans);
    return;
  }
  pending.push({ field, all: tokens, start, end, personHint: nameLike && (roleBefore || verbAfter), gazetteerOnly: false });
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
  // short forms of entities found by cues, then the run classifier, then short forms of what it found
  const open = linkShortForms(pending, spans, gaz);
  if (options.onUnresolved) {
    for (const p of open) options.onUnresolved({ field: p.field, tokens: p.all, start: p.start, end: p.end });
  }
  if (options.useModel === false) return;
  const model = loadRunModel();
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
  const open: Pending[] = [];
  for (const p of pending) {
    // only the whole run: "Atlantic City" is not a mention of "Atlantic"
    const single = p.end - p.start === 1;
    const surface = joinTokens(p.all, p.start, p.end);
    const target = byName.get(surface) ?? (single ? (bySurname.get(surface) ?? byInitials.get(surface)) : undefined);
    if (!target || (single && gaz.commonWords.has(surface.toLowerCase()) && target.type !== 'LOC')) {
      open.push(p);
      continue;
    }
    spans.push({
      field: p.field,
      start: p.all[p.start].start,
      end: p.all[p.end - 1].end,
      surface,
      type: target.type,
      name: target.name,
      confidence: Math.min(target.confidence, 0.85),
      ...(target.countryCode ? { countryCode: target.countryCode } : {}),
    });
  }
  return open;
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
