import {
  COMPETITION_WORDS,
  LOC_HEADS,
  LOC_SUFFIXES,
  NAME_CONNECTORS,
  NOT_FIRST_NAMES,
  NOT_PERSON_WORDS,
  ORG_HEADS,
  ORG_SUFFIXES,
  PERSON_ROLE_WORDS,
  PERSON_TITLES,
  PERSON_VERBS,
  QUOTE_VERBS_BEFORE,
  TITLES,
} from './lexicon';
import {
  appositiveRoleAt,
  isAcronymLike,
  isInitial,
  isNameShaped,
  isTeamName,
  joinTokens,
  MAX_NAME_TOKENS,
  trimSentenceStart,
} from './name-tokens';
import { addSpan, asWritten, Run, ScanContext } from './scan-context';

/** A run (or what is left of it around known names) being classified, with what the rules read of it. */
interface Piece extends Run {
  words: string[];
  last: string;
  /** A person's title came right before ("President Barack Obama"). */
  afterTitle: boolean;
  /** Every word shaped like part of a personal name, four at most. */
  nameLike: boolean;
  /** Cue words around it that say "a person": a role before, a verb of saying after. */
  personCue: boolean;
}

/** One rule: true when it decided what the piece is (or that it is nothing). */
type Rule = (ctx: ScanContext, p: Piece) => boolean;

/** Classifies a run by cues: the rules below, in order, the first that decides wins; else it waits (pending). */
export function classifyRun(ctx: ScanContext, run: Run, afterTitle: boolean): void {
  const start = trimSentenceStart(run.tokens, run.start, run.end, ctx.gaz);
  if (start >= run.end || run.end - start > MAX_NAME_TOKENS) return;
  const piece = pieceOf(at(run, start, run.end), afterTitle);
  if (RULES.some((rule) => rule(ctx, piece))) return;
  const personHint = piece.nameLike && piece.personCue;
  ctx.pending.push({ ...at(run, start, run.end), personHint, gazetteerOnly: false });
}

function pieceOf(run: Run, afterTitle: boolean): Piece {
  const { tokens, start, end } = run;
  const words = tokens.slice(start, end).map((t) => t.text);
  const nameLike = words.length <= 4 && words.every((w) => isNameShaped(w) || NAME_CONNECTORS.has(w));
  const prevWord = start > 0 ? tokens[start - 1].text.toLowerCase() : '';
  const nextWord = end < tokens.length ? tokens[end].text.toLowerCase() : '';
  // "spokesman Dmitry Peskov", "said Brent Sherwood" (a quote's speaker after the verb)
  const roleBefore =
    PERSON_ROLE_WORDS.has(prevWord) ||
    QUOTE_VERBS_BEFORE.has(prevWord) ||
    (prevWord === ',' && start > 1 && PERSON_ROLE_WORDS.has(tokens[start - 2].text.toLowerCase()));
  const verbAfter = PERSON_VERBS.has(nextWord) || (nextWord === ',' && appositiveRoleAt(tokens, end + 1));
  return { ...run, words, last: words[words.length - 1], afterTitle, nameLike, personCue: roleBefore || verbAfter };
}

const cuesApply = (ctx: ScanContext) => !ctx.options.gazetteerOnly;
/** Tokens [start, end) of the same field. */
const at = (r: Run, start: number, end: number): Run => ({ field: r.field, tokens: r.tokens, start, end });

/** "Jenny Seaton & Gary Carvolth": "&" between two people named with known first names. */
const twoPeopleAroundAmpersand: Rule = (ctx, p) => {
  const amp = p.words.indexOf('&');
  if (!cuesApply(ctx) || amp <= 0 || amp >= p.words.length - 1) return false;
  if (!ctx.gaz.firstNames.has(p.words[0]) || !ctx.gaz.firstNames.has(p.words[amp + 1])) return false;
  classifyRun(ctx, at(p, p.start, p.start + amp), p.afterTitle);
  classifyRun(ctx, at(p, p.start + amp + 1, p.end), p.afterTitle);
  return true;
};

/** Competitions are MISC in CoNLL's scheme, not the organisations that run them ("Champions League"). */
const competition: Rule = (_ctx, p) => p.last === 'League' && p.words.some((w) => COMPETITION_WORDS.has(w));

/**
 * Organisation by its form: "... Ministry", "... Inc.", and an organisation head right before "of" ("Bank of
 * England", "British Columbia Institute of Technology"). A lone title is no organisation.
 */
const organisationByForm: Rule = (ctx, p) => {
  const orgHead = p.words.some((w, k) => ORG_HEADS.has(w) && p.words[k + 1] === 'of');
  if (!cuesApply(ctx) || !(ORG_SUFFIXES.has(p.last) || orgHead)) return false;
  if (p.words.length === 1 && TITLES.has(p.last)) return false;
  if (p.words.length > 1 || isAcronymLike(p.last)) addSpan(ctx.spans, p, asWritten(p, 'ORG', 0.85));
  return true;
};

/** A sports team: a known city or region and a plural nickname ("Boston Bruins", "Pittsburgh Pirates"). */
const sportsTeam: Rule = (ctx, p) => {
  if (!cuesApply(ctx) || !isTeamName(p.tokens, p.start, p.end, ctx.gaz)) return false;
  addSpan(ctx.spans, p, asWritten(p, 'ORG', 0.85));
  return true;
};

/** Place by its form: "Mississippi Avenue", "Aabenraa County", "Lake Geneva". */
const placeByForm: Rule = (ctx, p) => {
  if (!cuesApply(ctx) || p.words.length < 2 || !(LOC_SUFFIXES.has(p.last) || LOC_HEADS.has(p.words[0]))) return false;
  addSpan(ctx.spans, p, asWritten(p, 'LOC', 0.8));
  return true;
};

/** Titles split a run: "Foreign Minister Sergei Lavrov" → the title, then a person. */
const leadingTitles: Rule = (ctx, p) => {
  let k = p.start;
  while (k < p.end && TITLES.has(p.tokens[k].text)) k++;
  if (k === p.start) return false;
  const personTitle = p.tokens.slice(p.start, k).some((t) => PERSON_TITLES.has(t.text));
  if (k < p.end) classifyRun(ctx, at(p, k, p.end), p.afterTitle || personTitle);
  return true;
};

/** A person's title inside the run starts a second name ("Sergei Lavrov President Putin"). */
const titleInside: Rule = (ctx, p) => {
  const titleAt = p.tokens.slice(p.start, p.end).findIndex((t, idx) => idx > 0 && PERSON_TITLES.has(t.text));
  if (titleAt <= 0) return false;
  classifyRun(ctx, at(p, p.start, p.start + titleAt), false);
  classifyRun(ctx, at(p, p.start + titleAt, p.end), false);
  return true;
};

/** A demonym or nationality ("Russian", "American") is not a person, organisation or place. */
const demonym: Rule = (ctx, p) => {
  if (p.words.length === 1 && ctx.gaz.demonyms.has(p.last)) return true;
  if (!ctx.gaz.demonyms.has(p.words[0]) || p.words.length < 2 || p.afterTitle) return false;
  classifyRun(ctx, at(p, p.start + 1, p.end), false);
  return true;
};

const knownWhole: Rule = (ctx, p) => {
  const whole = ctx.gaz.names.get(joinTokens(p.tokens, p.start, p.end));
  if (whole) addSpan(ctx.spans, p, whole);
  return whole !== undefined;
};

/** Without cues, what is not known waits to be linked as a short form. */
const gazetteerOnly: Rule = (ctx, p) => {
  if (!ctx.options.gazetteerOnly) return false;
  ctx.pending.push({ ...at(p, p.start, p.end), personHint: false, gazetteerOnly: true });
  return true;
};

const personAfterTitle: Rule = (ctx, p) => {
  if (!p.afterTitle || !p.nameLike) return false;
  addSpan(ctx.spans, p, asWritten(p, 'PER', 0.9));
  return true;
};

/** A thing named after a person ("Stanley Cup", "Mark Hopkins Hotel"), or a place or organisation by form. */
const namesAThing = (p: Piece) =>
  p.words.some((w, k) => k > 0 && (NOT_PERSON_WORDS.has(w) || LOC_SUFFIXES.has(w) || ORG_SUFFIXES.has(w)));

/** "M. Atherton", "J.R. Ewing", "Raymond E. Feist": initials and a surname. */
const personByInitials: Rule = (ctx, p) => {
  const { names, commonWords } = ctx.gaz;
  if (!p.nameLike || p.words.length < 2 || !isInitial(p.words[0]) || names.has(p.words[0])) return false;
  if (isInitial(p.last) || names.has(p.last) || commonWords.has(p.last.toLowerCase()) || namesAThing(p)) return false;
  addSpan(ctx.spans, p, asWritten(p, 'PER', 0.85));
  return true;
};

/** "Gustav Fritsch": a known first name and a surname. */
const personByFirstName: Rule = (ctx, p) => {
  if (!p.nameLike || p.words.length < 2 || !ctx.gaz.firstNames.has(p.words[0])) return false;
  if (ctx.gaz.names.has(p.last) || namesAThing(p) || NOT_FIRST_NAMES.has(p.words[0])) return false;
  addSpan(ctx.spans, p, asWritten(p, 'PER', 0.85));
  return true;
};

/** "spokesman Dmitry Peskov", "Brent Sherwood said": two or three name words beside a person's cue. */
const personByCue: Rule = (ctx, p) => {
  const noCommonWord = p.words.every((w) => !ctx.gaz.commonWords.has(w.toLowerCase()));
  if (!p.nameLike || !noCommonWord || p.words.length < 2 || p.words.length > 3 || !p.personCue) return false;
  addSpan(ctx.spans, p, asWritten(p, 'PER', 0.75));
  return true;
};

/** In order: splits and exclusions first, then organisations and places by form, then people. */
const RULES: readonly Rule[] = [
  twoPeopleAroundAmpersand,
  competition,
  organisationByForm,
  sportsTeam,
  placeByForm,
  leadingTitles,
  titleInside,
  demonym,
  knownWhole,
  gazetteerOnly,
  personAfterTitle,
  personByInitials,
  personByFirstName,
  personByCue,
];
