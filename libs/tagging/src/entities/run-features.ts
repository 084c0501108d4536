import type { Token } from '../text/tokenize';
import type { Gazetteer } from './gazetteer';
import { LOC_SUFFIXES, ORG_SUFFIXES, PERSON_ROLE_WORDS, PERSON_VERBS, TITLES } from './lexicon';

/** Word shape: "Putin" → "Xx", "NATO" → "X", "U.S." → "X.X.", "G20" → "Xd". */
function shape(w: string): string {
  return w
    .replace(/\p{Lu}+/gu, 'X')
    .replace(/\p{Ll}+/gu, 'x')
    .replace(/\p{N}+/gu, 'd');
}

interface DocCase {
  lower: Set<string>;
  midCap: Set<string>;
}
const docCaseCache = new WeakMap<Token[], DocCase>();

/** Which words the document writes in lowercase, and which capitalised mid-sentence (cached per token list). */
function docCase(tokens: Token[]): DocCase {
  let c = docCaseCache.get(tokens);
  if (c) return c;
  c = { lower: new Set(), midCap: new Set() };
  for (const t of tokens) {
    if (/^\p{Ll}/u.test(t.text)) c.lower.add(t.text);
    else if (/^\p{Lu}/u.test(t.text) && !t.sentenceStart) c.midCap.add(t.text);
  }
  docCaseCache.set(tokens, c);
  return c;
}

/**
 * Features of a capitalised run tokens[start..end) in its context, for the run
 * classifier (tools/train/train-run-classifier.ts trains on exactly these).
 */
export function runFeatures(tokens: Token[], start: number, end: number, gaz: Gazetteer): string[] {
  const words = tokens.slice(start, end).map((t) => t.text);
  const n = words.length;
  const first = words[0];
  const last = words[n - 1];
  const prev = start > 0 ? tokens[start - 1].text : '<s>';
  const prev2 = start > 1 ? tokens[start - 2].text : '<s>';
  const next = end < tokens.length ? tokens[end].text : '</s>';
  const next2 = end + 1 < tokens.length ? tokens[end + 1].text : '</s>';
  const f: string[] = ['bias', `len=${Math.min(n, 4)}`, `shape=${words.map(shape).join('_')}`];
  for (const w of words) f.push(`w=${w.toLowerCase()}`);
  f.push(`first=${first.toLowerCase()}`, `last=${last.toLowerCase()}`);
  f.push(`lastsuf3=${last.slice(-3).toLowerCase()}`, `firstsuf3=${first.slice(-3).toLowerCase()}`);
  f.push(
    `prev=${prev.toLowerCase()}`,
    `next=${next.toLowerCase()}`,
    `prev2=${prev2.toLowerCase()}_${prev.toLowerCase()}`,
  );
  f.push(`next2=${next.toLowerCase()}_${next2.toLowerCase()}`);
  if (tokens[start].sentenceStart) f.push('sentstart');
  // a word the article also writes in lowercase is probably a common word capitalised by position
  const dc = docCase(tokens);
  if (words.some((w) => dc.lower.has(w.toLowerCase()))) f.push('seen-lower');
  if (tokens[start].sentenceStart && dc.midCap.has(first)) f.push('seen-midcap');
  if (gaz.firstNames.has(first)) f.push('firstname');
  if (n === 1 && gaz.firstNames.has(first)) f.push('firstname-alone');
  for (const w of words) {
    const hit = gaz.names.get(w);
    if (hit) f.push(`gazword=${hit.kind}`);
    if (gaz.commonWords.has(w.toLowerCase())) f.push('commonword');
    if (gaz.demonyms.has(w)) f.push('demonym');
  }
  const lastHit = gaz.names.get(last);
  if (lastHit) f.push(`gazlast=${lastHit.kind}`);
  if (ORG_SUFFIXES.has(last)) f.push('orgsuffix');
  if (LOC_SUFFIXES.has(last)) f.push('locsuffix');
  if (TITLES.has(prev)) f.push('prev-title');
  if (PERSON_ROLE_WORDS.has(prev.toLowerCase())) f.push('prev-role');
  if (PERSON_VERBS.has(next.toLowerCase())) f.push('next-verb');
  if (['in', 'at', 'from', 'to', 'near', 'of'].includes(prev.toLowerCase())) f.push(`prep=${prev.toLowerCase()}`);
  if (/^\p{Lu}+$/u.test(last) && last.length > 1) f.push('allcaps');
  if (words.some((w) => /\d/.test(w))) f.push('digit');
  if (words.some((w) => w.includes('-'))) f.push('hyphen');
  if (/['’]s$/.test(next) || next === "'s" || next === '’s') f.push('possessive');
  return f;
}
