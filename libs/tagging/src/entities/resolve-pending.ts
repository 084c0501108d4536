import { Token, tokenize } from '../text/tokenize';
import type { Gazetteer } from './gazetteer';
import { TITLES } from './lexicon';
import { isTeamName, joinTokens, titleCaseWord } from './name-tokens';
import { loadRunModel } from './run-classifier';
import { addSpan, asWritten, Pending, ScanContext, Span } from './scan-context';

/**
 * Second pass: runs with no cue of their own are short forms of entities found elsewhere ("Putin" after
 * "Vladimir Putin", "Peskov" after "Dmitry Peskov", "IMF" after "International Monetary Fund"); what is
 * still open then goes to the run classifier, and what it finds can explain shorter runs in turn.
 */
export function resolvePending(ctx: ScanContext): void {
  const { gaz, options } = ctx;
  if (!options.gazetteerOnly) typeDefinedAcronyms(ctx);
  const open = linkShortForms(ctx.pending, ctx.spans, gaz);
  if (options.onUnresolved) {
    for (const p of open) options.onUnresolved({ field: p.field, tokens: p.tokens, start: p.start, end: p.end });
  }
  if (options.useModel === false) return;
  const model = options.runModel ?? loadRunModel();
  if (!model) return;
  const stillOpen: Pending[] = [];
  for (const p of open) {
    const single = p.end - p.start === 1 ? p.tokens[p.start].text : undefined;
    // a lone capitalised common word ("Island", "League") is too often no name at all
    const common = single !== undefined && (gaz.commonWords.has(single.toLowerCase()) || TITLES.has(single));
    const guess = p.gazetteerOnly || common ? undefined : model.classify(p.tokens, p.start, p.end, gaz);
    if (guess) addSpan(ctx.spans, p, asWritten(p, guess.type, guess.confidence));
    else stillOpen.push(p);
  }
  // what the classifier found can explain shorter runs ("Smith" after "John Smith")
  linkShortForms(stillOpen, ctx.spans, gaz);
}

/** "World Health Organization": capitals "WHO", every word "WHO"; both forms, as acronyms are written. */
function initialsOf(tokens: Token[], start: number, end: number): string[] {
  const words = tokens.slice(start, end).map((t) => t.text);
  const caps = words
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  const all = words
    .filter((w) => w !== '&')
    .map((w) => w[0].toUpperCase())
    .join('');
  return [caps, all];
}

/**
 * "Brazilian Cycling Federation ( BCF )", "OASA ( Organismos Astikon Syngoinonion Athinon )": a name of two or
 * more words defined with its acronym in parentheses names an organisation; the acronym is then linked to it
 * as a short form.
 */
function typeDefinedAcronyms(ctx: ScanContext): void {
  const done = new Set<Pending>();
  const isAcr = (t: Token | undefined) => t !== undefined && /^\p{Lu}[\p{Lu}&.]+$/u.test(t.text);
  const letters = (w: string) => w.replace(/[.&]/g, '');
  for (const p of ctx.pending) {
    if (p.gazetteerOnly || p.end - p.start < 2) continue;
    const t = p.tokens;
    let acronym: Token | undefined;
    // long form, then the acronym in parentheses
    if (t[p.end]?.text === '(' && isAcr(t[p.end + 1]) && t[p.end + 2]?.text === ')') acronym = t[p.end + 1];
    // the acronym, then the long form in parentheses
    else if (p.start >= 2 && t[p.start - 1].text === '(' && isAcr(t[p.start - 2]) && t[p.end]?.text === ')') {
      acronym = t[p.start - 2];
    }
    if (!acronym || !initialsOf(t, p.start, p.end).includes(letters(acronym.text))) continue;
    addSpan(ctx.spans, p, asWritten(p, 'ORG', 0.85));
    done.add(p);
  }
  if (!done.size) return;
  const rest = ctx.pending.filter((p) => !done.has(p));
  ctx.pending.length = 0;
  ctx.pending.push(...rest);
}

/** The entities found so far, by the short forms that may name them. */
interface ShortForms {
  byName: Map<string, Span>;
  /** "Putin" after "Vladimir Putin" */
  bySurname: Map<string, Span>;
  /** "IMF" after "International Monetary Fund" */
  byInitials: Map<string, Span>;
  /** "Bruins" after "Boston Bruins": a team's nickname alone */
  byNickname: Map<string, Span>;
  /** "Dorothea" after "Dorothea von Schlegel": a known first name shared by no other person here (null) */
  byFirstName: Map<string, Span | null>;
}

function shortFormsOf(spans: Span[], gaz: Gazetteer): ShortForms {
  const forms: ShortForms = {
    byName: new Map(),
    bySurname: new Map(),
    byInitials: new Map(),
    byNickname: new Map(),
    byFirstName: new Map(),
  };
  for (const s of spans) {
    forms.byName.set(s.surface, s);
    const parts = s.name.split(' ');
    if (s.type === 'PER' && parts.length > 1 && !forms.bySurname.has(parts[parts.length - 1])) {
      forms.bySurname.set(parts[parts.length - 1], s);
    }
    if (s.type === 'ORG') {
      const initials = s.name
        .split(/\s+/)
        .filter((w) => /^\p{Lu}/u.test(w))
        .map((w) => w[0])
        .join('');
      if (initials.length >= 2) forms.byInitials.set(initials, s);
    }
  }
  for (const s of spans) {
    const parts = s.surface.split(' ');
    if (parts.length < 2) continue;
    const last = parts[parts.length - 1];
    if (s.type === 'ORG' && isTeamName(tokenize(s.surface), 0, parts.length, gaz)) forms.byNickname.set(last, s);
    if (s.type === 'PER' && gaz.firstNames.has(parts[0])) {
      const prev = forms.byFirstName.get(parts[0]);
      forms.byFirstName.set(parts[0], prev === undefined || prev?.name === s.name ? s : null);
    }
  }
  return forms;
}

/** Links runs that are a known entity's short form; returns the runs left open. */
function linkShortForms(pending: Pending[], spans: Span[], gaz: Gazetteer): Pending[] {
  const forms = shortFormsOf(spans, gaz);
  const open: Pending[] = [];
  for (const p of pending) {
    // only the whole run: "Atlantic City" is not a mention of "Atlantic"
    const single = p.end - p.start === 1;
    // a word in capitals ("CLINTON") is looked up as written in mixed case elsewhere ("Clinton")
    const surface = p.shouted ? titleCaseWord(p.tokens[p.start].text) : joinTokens(p.tokens, p.start, p.end);
    const target = forms.byName.get(surface) ?? (single ? singleWordTarget(forms, surface, p.shouted) : undefined);
    if (!target || (single && gaz.commonWords.has(surface.toLowerCase()) && target.type !== 'LOC')) {
      open.push(p);
      continue;
    }
    addSpan(spans, p, { ...target, confidence: Math.min(target.confidence, 0.85) });
  }
  return open;
}

function singleWordTarget(forms: ShortForms, surface: string, shouted: boolean | undefined): Span | undefined {
  return (
    forms.bySurname.get(surface) ??
    (shouted ? undefined : forms.byInitials.get(surface)) ??
    forms.byNickname.get(surface) ??
    forms.byFirstName.get(surface) ??
    undefined
  );
}
