import type { Token } from '../text/tokenize';
import type { Gazetteer } from './gazetteer';
import { CLUB_TOWNS, PLACE_PREPOSITIONS, RESULT_LINE_WORDS, SPORTS_WORDS, US_STATE_ABBREVIATIONS, WIN_VERBS } from './lexicon';
import { titleCaseWord } from './name-tokens';
import { addSpan, asWritten, ScanContext, Span } from './scan-context';

const SCORE = /^\d{1,3}$/;

/** Reads the lines of a text around its tokens: is a line one of sports results, does a score follow a name. */
class ResultLines {
  private readonly checked = new Map<number, boolean>();

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
  ) {}

  /** A line of names and scores with no other words ("Leicester 1 Chelsea 2", "NEW YORK 74 62 .544 -"). */
  isResultLine(offset: number): boolean {
    const a = this.text.lastIndexOf('\n', offset - 1) + 1;
    const nl = this.text.indexOf('\n', offset);
    const b = nl < 0 ? this.text.length : nl;
    let ok = this.checked.get(a);
    if (ok !== undefined) return ok;
    let scores = 0;
    let other = 0;
    for (let k = this.firstTokenFrom(a); k < this.tokens.length && this.tokens[k].start < b; k++) {
      const t = this.tokens[k];
      if (SCORE.test(t.text)) scores++;
      else if (/^\p{Ll}/u.test(t.text) && !RESULT_LINE_WORDS.has(t.text)) other++;
    }
    ok = scores >= 2 && other === 0;
    this.checked.set(a, ok);
    return ok;
  }

  scoreAfter(end: number): boolean {
    const k = this.firstTokenFrom(end);
    return k < this.tokens.length && SCORE.test(this.tokens[k].text) && this.tokens[k].start - end <= 1;
  }

  /** Tokens are in text order: a binary search, not a scan of them all for every name (quadratic). */
  private firstTokenFrom(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/**
 * Sports results and tables ("Leicester 1 Chelsea 2", "Barnsley 5 4 1 0 11 4 13", "NEW YORK 74 62 .544 -"):
 * on a line of names and scores with no other words, a name right before a score is a team. Teams named after
 * cities are organisations; national teams stay places (CoNLL's convention), and people (known first names,
 * titles) stay people.
 */
export function typeResultLines(ctx: ScanContext, text: string, tokens: Token[]): void {
  const lines = new ResultLines(text, tokens);
  const hasDigits = /\d/.test(text);
  for (const s of ctx.spans) {
    if (s.field !== 'text' || s.type !== 'LOC') continue;
    const kind = ctx.gaz.names.get(s.surface)?.kind ?? ctx.gaz.names.get(s.name)?.kind;
    if (kind === 'country' || kind === 'place') continue;
    // "Leicester beat Chelsea 2-1": a city next to a verb of winning is a club
    const sportsVerb = kind === 'city' && cityBesideSportsVerb(tokens, s);
    if (!sportsVerb && !(hasDigits && lines.scoreAfter(s.end) && lines.isResultLine(s.start))) continue;
    s.type = 'ORG';
    s.name = s.surface.replace(/\S+/g, (w) => (/^\p{Lu}+$/u.test(w) && w.length > 2 ? titleCaseWord(w) : w));
    delete s.countryCode;
    s.confidence = Math.min(s.confidence, 0.8);
  }
  if (!hasDigits) return;
  for (let i = ctx.pending.length - 1; i >= 0; i--) {
    const p = ctx.pending[i];
    if (p.field !== 'text' || (p.gazetteerOnly && !p.shouted) || p.personHint) continue;
    const end = p.tokens[p.end - 1].end;
    if (!lines.scoreAfter(end) || !lines.isResultLine(p.tokens[p.start].start)) continue;
    if (ctx.gaz.firstNames.has(p.tokens[p.start].text) || p.end - p.start > 3) continue;
    addSpan(ctx.spans, p, asWritten(p, 'ORG', 0.8));
    ctx.pending.splice(i, 1);
  }
}

/** A state abbreviation right after a town and a comma is a place too ("Camden, NJ", "Sioux Falls, S.D."). */
export function addStatesAfterTowns(tokens: Token[], spans: Span[]): void {
  const placeEnds = new Set(spans.filter((s) => s.field === 'text' && s.type === 'LOC').map((s) => s.end));
  if (!placeEnds.size) return;
  for (let k = 2; k < tokens.length; k++) {
    const t = tokens[k];
    if (tokens[k - 1].text !== ',' || !placeEnds.has(tokens[k - 2].end)) continue;
    const bare = t.text.replace(/\.$/, '');
    if (!US_STATE_ABBREVIATIONS.has(bare)) continue;
    // AP's longer forms end in a dot the tokenizer may have left apart ("Minn" + "."); two-letter forms take none
    const dotApart = tokens[k + 1]?.text === '.' && tokens[k + 1].start === t.end;
    const dot = (bare.length > 2 || bare.includes('.')) && !t.text.endsWith('.') && dotApart;
    const end = dot ? tokens[k + 1].end : t.end;
    const there = spans.find((s) => s.field === 'text' && s.start === t.start);
    if (there) {
      // an acronym guess ("PA" as an organisation) gives way; a place already there stays
      if (there.type !== 'LOC' && there.end === end) Object.assign(there, { type: 'LOC', countryCode: 'US', name: there.surface });
      continue;
    }
    const surface = t.text + (dot ? '.' : '');
    spans.push({ field: 'text', start: t.start, end, surface, type: 'LOC', name: surface, countryCode: 'US', confidence: 0.8 });
  }
}

/**
 * In a sports story (three or more distinct sports words), a town that names a club ("managed Porto",
 * "Tottenham's manager") is the club: CoNLL types it ORG. A place preposition before it keeps it a place.
 */
export function typeClubTowns(tokens: Token[], spans: Span[]): void {
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

/**
 * "Leicester beat Chelsea", "drew with Everton": a city right before or after a verb of winning (not a
 * country: CoNLL keeps national teams as places).
 */
function cityBesideSportsVerb(tokens: Token[], s: Span): boolean {
  const k = tokens.findIndex((t) => t.start === s.start);
  if (k < 0) return false;
  let e = k;
  while (e < tokens.length && tokens[e].end < s.end) e++;
  const next = tokens[e + 1]?.text;
  const prev = tokens[k - 1]?.text;
  const prev2 = tokens[k - 2]?.text;
  const win = (w: string | undefined) => w !== undefined && WIN_VERBS.has(w);
  return win(next) || win(prev) || (prev === 'with' && prev2 === 'drew');
}

/** "Lincoln" after "Abraham Lincoln" is the person, not the city in Nebraska. */
export function retypeSurnamesNamedLikePlaces(spans: Span[], gaz: Gazetteer): void {
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
