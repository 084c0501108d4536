import { hasWords } from './search-text';

/**
 * The syntax of `q` (docs/store.md, "Query syntax"):
 *
 *   slogan election      both words (any form of them in the article's language)
 *   "general election"   a phrase: these words, in this order, next to each other
 *   slog*                a word starting with these letters (at least 2)
 *   +budget              required even when matching falls back to any term
 *   -sport, NOT sport    excluded
 *   tax OR budget        either (binds tighter than the space: `a b OR c` is a and (b or c))
 *   AND                  accepted and ignored: terms are required anyway
 *
 * Quotation marks may be straight or typographic (“ ” „ « »); one inside a
 * word is punctuation. Words without a letter or a digit (a dash between two
 * words) are ignored. Anything else that
 * cannot be read is a QuerySyntaxError naming the problem.
 */

export type LeafKind = 'word' | 'phrase' | 'prefix';

export interface QueryLeaf {
  kind: LeafKind;
  /** As typed (without quotes, modifiers or the prefix star). */
  text: string;
}

/**
 * `should`: required when every term must match, optional when any term may; `must`: always required; `not`: excluded.
 */
export type ClauseRole = 'should' | 'must' | 'not';

export interface QueryClause {
  role: ClauseRole;
  /** One leaf, or the alternatives of an OR group. */
  leaves: QueryLeaf[];
}

export interface ParsedQuery {
  clauses: QueryClause[];
}

export class QuerySyntaxError extends Error {}

export const MAX_QUERY_TERMS = 32;
export const MIN_PREFIX_CHARS = 2;

interface Token {
  type: 'leaf' | 'or' | 'not';
  at: number;
  modifier?: '+' | '-';
  leaf?: QueryLeaf;
}

/** Quotation marks, straight or typographic: a phrase starts with one at the start of a term and ends at the next. */
const QUOTE = /["“”„‟«»]/u;
const SPACE = /\s/u;

function readPhrase(q: string, from: number): { text: string; end: number } {
  let close = from + 1;
  while (close < q.length && !QUOTE.test(q[close])) close++;
  if (close >= q.length) throw new QuerySyntaxError(`has an unclosed quotation mark (character ${from + 1})`);
  const text = q.slice(from + 1, close).trim();
  if (!hasWords(text)) throw new QuerySyntaxError(`has a phrase with no words in it (character ${from + 1})`);
  if (q[close + 1] === '*')
    throw new QuerySyntaxError(
      `has '*' after a phrase (character ${close + 2}); a prefix search is one word, as in slog*`,
    );
  return { text, end: close + 1 };
}

function wordLeaf(word: string, at: number): QueryLeaf | undefined {
  const star = word.indexOf('*');
  if (star < 0) return hasWords(word) ? { kind: 'word', text: word } : undefined;
  if (star !== word.length - 1 || star === 0) {
    throw new QuerySyntaxError(
      `has '*' inside or before a word (character ${at + star + 1}); '*' may only end a word, as in slog*`,
    );
  }
  const stem = word.slice(0, -1);
  if ((stem.match(/[\p{L}\p{N}]/gu)?.length ?? 0) < MIN_PREFIX_CHARS) {
    throw new QuerySyntaxError(
      `has a prefix shorter than ${MIN_PREFIX_CHARS} letters (character ${at + 1}): ${JSON.stringify(word)}`,
    );
  }
  return { kind: 'prefix', text: stem };
}

/** Splits q into leaves (with their +/- modifier), OR and NOT tokens. */
function tokenize(q: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < q.length) {
    if (SPACE.test(q[i])) {
      i++;
      continue;
    }
    const at = i;
    let modifier: '+' | '-' | undefined;
    if ((q[i] === '+' || q[i] === '-') && i + 1 < q.length && !SPACE.test(q[i + 1])) modifier = q[i++] as '+' | '-';
    if (QUOTE.test(q[i])) {
      const { text, end } = readPhrase(q, i);
      tokens.push({ type: 'leaf', at, modifier, leaf: { kind: 'phrase', text } });
      i = end;
      continue;
    }
    // A quotation mark inside a word (`said”,`) is punctuation, as the parser reads it.
    let end = i;
    while (end < q.length && !SPACE.test(q[end])) end++;
    const word = q.slice(i, end);
    i = end;
    if (!modifier && word === 'OR') tokens.push({ type: 'or', at });
    else if (!modifier && word === 'NOT') tokens.push({ type: 'not', at });
    else if (!modifier && word === 'AND') continue;
    else {
      const leaf = wordLeaf(word, at + (modifier ? 1 : 0));
      if (leaf) tokens.push({ type: 'leaf', at, modifier, leaf });
    }
  }
  return tokens;
}

/** Groups leaves joined by OR into clauses, applying NOT and the modifiers. */
function clausesOf(tokens: Token[]): QueryClause[] {
  const clauses: QueryClause[] = [];
  let pendingNot: Token | undefined;
  let joinNext = false;
  for (const [n, t] of tokens.entries()) {
    if (t.type === 'or') {
      const prev = tokens[n - 1];
      if (!prev || prev.type !== 'leaf' || tokens[n + 1]?.type !== 'leaf') {
        throw new QuerySyntaxError(`has OR without a term on each side (character ${t.at + 1})`);
      }
      joinNext = true;
      continue;
    }
    if (t.type === 'not') {
      if (pendingNot || tokens[n + 1]?.type !== 'leaf')
        throw new QuerySyntaxError(`has NOT without a term after it (character ${t.at + 1})`);
      pendingNot = t;
      continue;
    }
    const role: ClauseRole = pendingNot || t.modifier === '-' ? 'not' : t.modifier === '+' ? 'must' : 'should';
    pendingNot = undefined;
    if (joinNext) {
      const last = clauses[clauses.length - 1];
      if (last.role !== 'should' || role !== 'should') {
        throw new QuerySyntaxError(
          `combines OR with +, - or NOT (character ${t.at + 1}); write the alternatives without them`,
        );
      }
      last.leaves.push(t.leaf!);
      joinNext = false;
    } else clauses.push({ role, leaves: [t.leaf!] });
  }
  return clauses;
}

/** Parses q; throws QuerySyntaxError with a message that completes "q …". */
export function parseQuery(q: string): ParsedQuery {
  const clauses = clausesOf(tokenize(q));
  if (clauses.length === 0) throw new QuerySyntaxError('has no words to search for');
  if (clauses.every((c) => c.role === 'not'))
    throw new QuerySyntaxError('has only excluded terms: add a term to search for');
  const leaves = clauses.reduce((n, c) => n + c.leaves.length, 0);
  if (leaves > MAX_QUERY_TERMS)
    throw new QuerySyntaxError(`has ${leaves} terms; at most ${MAX_QUERY_TERMS} are allowed`);
  return { clauses };
}

/**
 * Whether falling back to any-term matching can find more than all-terms matching: with a required
 * (+) term, the optional ones then only rank; without, one optional term of two or more is enough.
 */
export function canMatchAny(q: ParsedQuery): boolean {
  const optional = q.clauses.filter((c) => c.role === 'should').length;
  return optional >= 2 || (optional >= 1 && q.clauses.some((c) => c.role === 'must'));
}
