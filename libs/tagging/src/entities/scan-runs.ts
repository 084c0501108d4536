import type { Token } from '../text/tokenize';
import { classifyRun } from './classify-run';
import type { Gazetteer, GazetteerEntry } from './gazetteer';
import { FOR_HEADS, NAME_CONNECTORS, NEVER_NAMES, ORG_HEADS, STOPWORDS, TITLES, TRAILING_DATES } from './lexicon';
import {
  adjacent,
  isNameToken,
  joinTokens,
  longestGazetteerMatch,
  MAX_NAME_TOKENS,
  titleCaseName,
  titleCaseWord,
  trimSentenceStart,
} from './name-tokens';
import { addSpan, Field, Run, ScanContext } from './scan-context';

/** What may follow a dateline's place: "(Reuters)", a comma, a dash. */
const AFTER_DATELINE = new Set(['(', ',', '—', '–', '-']);

/**
 * Finds the capitalised runs of a field (a title in sentence case, or the text) and hands each to
 * processRun; lines in capitals and datelines are read on their own terms.
 */
export function scanField(ctx: ScanContext, field: Field, tokens: Token[]): void {
  const isTitle = field === 'title';
  let i = 0;
  while (i < tokens.length) {
    if (tokens[i].shout) {
      i = scanShouted(ctx, { field, tokens, start: i, end: i + 1 });
      continue;
    }
    const dateline = field === 'text' ? datelinePlace(tokens, i, ctx.gaz) : undefined;
    if (dateline) {
      addSpan(ctx.spans, { field, tokens, start: i, end: dateline.end }, { ...dateline.entry, confidence: 0.9 });
      i = dateline.end;
      continue;
    }
    if (!isNameToken(tokens[i]) || (isTitle && NEVER_NAMES.has(tokens[i].text))) {
      i++;
      continue;
    }
    const end = runEnd(tokens, i, ctx.gaz);
    processRun(ctx, { field, tokens, start: i, end });
    i = end;
  }
}

/**
 * A word on a line in capitals: a known name matched there, or a word that may name something found in mixed
 * case elsewhere. Returns the next token index.
 */
function scanShouted(ctx: ScanContext, at: Run): number {
  const before = ctx.spans.length;
  const next = matchShouted(ctx, at);
  if (ctx.spans.length === before && isShoutedNameCandidate(at.tokens[at.start], ctx.gaz)) {
    ctx.pending.push({ ...at, personHint: false, gazetteerOnly: true, shouted: true });
  }
  return next;
}

/** Where the capitalised run starting at i ends: name tokens, and connectors between two of them. */
function runEnd(tokens: Token[], i: number, gaz: Gazetteer): number {
  let j = i + 1;
  while (j < tokens.length) {
    const t = tokens[j];
    if (isNameToken(t) && !t.sentenceStart && adjacent(tokens[j - 1], t)) {
      j++;
      continue;
    }
    // "Bosnia and Herzegovina", "Trinidad and Tobago": "and" inside a known name
    const joined = t.text === 'and' ? knownNameThroughAnd(tokens, i, j, gaz) : 0;
    if (joined) {
      j = joined;
      continue;
    }
    // "Bank of England", "Ludwig van Beethoven": a connector between two capitalised words
    // ("Blackburn Rovers for Leeds United" is two names: "for" joins only after an organisation's head)
    const head = tokens[j - 1].text;
    const joins = t.text !== 'for' || FOR_HEADS.has(head) || ORG_HEADS.has(head);
    const between = j + 1 < tokens.length && isNameToken(tokens[j + 1]) && adjacent(tokens[j - 1], t);
    if (!joins || !NAME_CONNECTORS.has(t.text) || !between) break;
    j += 2;
  }
  return j;
}

/** The end of a gazetteer name that runs from i through the "and" at j, or 0. */
function knownNameThroughAnd(tokens: Token[], i: number, j: number, gaz: Gazetteer): number {
  for (let e = Math.min(tokens.length, i + gaz.maxTokens); e > j + 1; e--) {
    if (!isNameToken(tokens[e - 1])) continue;
    if (gaz.names.has(joinTokens(tokens, i, e))) return e;
  }
  return 0;
}

/**
 * A Title Case headline: every word is capitalised, so runs mean nothing. Known names (longest first) count,
 * and single words wait to be linked as short forms of entities in the body ("Putin" → Vladimir Putin).
 */
export function scanTitleCase(ctx: ScanContext, tokens: Token[]): void {
  let i = 0;
  while (i < tokens.length) {
    const hit = isNameToken(tokens[i]) ? longestGazetteerMatch(tokens, i, tokens.length, ctx.gaz) : undefined;
    if (hit) {
      addSpan(ctx.spans, { field: 'title', tokens, start: i, end: hit.end }, hit.entry);
      i = hit.end;
      continue;
    }
    if (isNameToken(tokens[i]) && !NEVER_NAMES.has(tokens[i].text)) {
      ctx.pending.push({ field: 'title', tokens, start: i, end: i + 1, personHint: false, gazetteerOnly: true });
    }
    i++;
  }
}

/**
 * On a line in capitals only gazetteer names count, matched in title case ("LONDON" → London, "NEW YORK" →
 * New York); acronyms keep their case. Returns the next token index.
 */
function matchShouted(ctx: ScanContext, at: Run): number {
  const { tokens, start: i } = at;
  if (!/^\p{L}/u.test(tokens[i].text)) return i + 1;
  const limit = Math.min(tokens.length, i + ctx.gaz.maxTokens);
  for (let j = limit; j > i; j--) {
    if (!tokens.slice(i, j).every((t) => t.shout && /^\p{L}/u.test(t.text))) continue;
    const words = tokens.slice(i, j).map((t) => t.text);
    for (const c of [words.map(titleCaseWord).join(' '), words.join(' ')]) {
      const entry = ctx.gaz.names.get(c);
      if (!entry || !safeWhenShouted(entry, j - i)) continue;
      // two-letter capitals ("US", "IT", "IN") are words on a shouted line
      if (j - i === 1 && words[0].length <= 2 && entry.kind !== 'org') continue;
      addSpan(ctx.spans, { ...at, end: j }, { ...entry, confidence: Math.min(entry.confidence, 0.8) });
      return j;
    }
  }
  return i + 1;
}

/**
 * Only big cities: small ones are named like words ("SURPRISE", Arizona); names of two words or more ("NEW
 * YORK") are safe.
 */
function safeWhenShouted(entry: GazetteerEntry, words: number): boolean {
  if (entry.kind === 'country' || entry.kind === 'org' || entry.kind === 'place') return true;
  if (entry.kind === 'city' && entry.confidence >= 0.9) return true;
  return (entry.kind === 'city' || entry.kind === 'region') && words >= 2;
}

/** A word in capitals that may name something found in mixed case elsewhere ("CLINTON", "ARSENAL"). */
function isShoutedNameCandidate(t: Token, gaz: Gazetteer): boolean {
  const lower = t.text.toLowerCase();
  return /^\p{Lu}{3,}$/u.test(t.text) && !gaz.commonWords.has(lower) && !STOPWORDS.has(lower);
}

/**
 * A dateline: a place in capitals opening a line, before "(Reuters)", a comma or a dash ("BRUSSELS (Reuters)
 * -", "SIOUX FALLS, S.D. –"). Returns the place's end and entry.
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

/**
 * A capitalised run: known names in it first (longest first), then what lies around them, classified by
 * cues (classify-run.ts).
 */
function processRun(ctx: ScanContext, found: Run): void {
  const { tokens } = found;
  let start = trimSentenceStart(tokens, found.start, found.end, ctx.gaz);
  let end = found.end;
  // "…their entry: Manchester United Liverpool Arsenal Chelsea … Hull City" is a list: each known name in it
  // stands apart, and what lies between them is classified only where it is short enough to be one name.
  const list = end - start > MAX_NAME_TOKENS;
  // "posted on Twitter Tuesday", "told the Argus Leader Monday": a day or month after a name is no part of it
  const trailing = (t: Token) => NAME_CONNECTORS.has(t.text) || TRAILING_DATES.has(t.text);
  while (end > start && trailing(tokens[end - 1])) end--;
  // "The Netherlands": a country's alias with "The" is tagged without it, as CoNLL does
  if (end - start > 1 && tokens[start].text === 'The' && ctx.gaz.names.has(joinTokens(tokens, start + 1, end))) start++;
  if (start >= end) return;
  const run: Run = { ...found, start, end };
  let i = start;
  let rest = start;
  while (i < end) {
    const hit = longestGazetteerMatch(tokens, i, end, ctx.gaz);
    // the whole run is one known thing, or the known thing stands apart from the rest
    const apart = hit && ((i === start && hit.end === end) || list || canSplitAround(run, i, hit.end));
    if (!hit || !apart) {
      i++;
      continue;
    }
    if (rest < i) classifyRun(ctx, { ...run, start: rest, end: i }, false);
    addSpan(ctx.spans, { ...run, start: i, end: hit.end }, hit.entry);
    i = hit.end;
    rest = i;
  }
  if (rest < end) classifyRun(ctx, { ...run, start: rest, end }, false);
}

/**
 * "United States President Barack Obama": the country stands apart because a title follows. "New York
 * Yankees": it does not, so the city is not tagged inside a team name.
 */
function canSplitAround(run: Run, from: number, to: number): boolean {
  const before = from > run.start ? run.tokens[from - 1].text : undefined;
  const after = to < run.end ? run.tokens[to].text : undefined;
  const okBefore = before === undefined || TITLES.has(before) || before === '&' || before === 'and';
  const okAfter = after === undefined || TITLES.has(after) || after === 'and';
  return okBefore && okAfter;
}
