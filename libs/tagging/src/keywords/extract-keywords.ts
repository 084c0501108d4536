import type { KeywordTag } from '@news/contracts';
import { STOPWORDS } from '../entities/lexicon';

const MAX_KEYWORDS = 8;
const MAX_PHRASE_WORDS = 3;

// Verbs and fillers news copy is full of that editors never pick as keywords.
const FILLER = new Set(
  ('added asked called comes continue continued despite earlier expected going great help including later likely ' +
    'made making noted number part put recent recently reported reportedly series set show statement stated ' +
    'such thing things think took whole would within lot matter means way people need needs current currently ' +
    'possibly one other others per cent percent ahead rather whether already able around began well dear readers').split(' '),
);

const POSSESSIVE = /['’]s$/u;
const LETTER_FIRST = /^\p{L}/u;
const UPPER_FIRST = /^\p{Lu}/u;

interface Candidate {
  phrase: string;
  count: number;
  firstPos: number;
  inTitle: boolean;
  words: number;
  properNoun: boolean;
}

/** A run of content words between stopwords and punctuation: each word as written, lowercased, capitalised or not. */
interface WordRun {
  words: string[];
  lowers: string[];
  capitals: boolean[];
  positions: number[];
}

type Candidates = Map<string, Candidate>;

/** Adds the phrases of up to three words of a run, then empties the run. */
function addPhrases(candidates: Candidates, run: WordRun, from: { isTitle: boolean; offset: number }): void {
  const { words, lowers, capitals, positions } = run;
  const n = words.length;
  for (let i = 0; i < n; i++) {
    let key = lowers[i];
    let proper = capitals[i];
    for (let len = 1; len <= MAX_PHRASE_WORDS && i + len <= n; len++) {
      if (len > 1) {
        key += ` ${lowers[i + len - 1]}`;
        proper &&= capitals[i + len - 1];
      }
      const c = candidates.get(key);
      if (c) {
        c.count++;
        c.inTitle ||= from.isTitle;
        continue;
      }
      const phrase = words.slice(i, i + len).join(' ');
      const firstPos = from.offset + positions[i];
      candidates.set(key, { phrase, count: 1, firstPos, inTitle: from.isTitle, words: len, properNoun: proper });
    }
  }
  words.length = lowers.length = capitals.length = positions.length = 0;
}

/**
 * Collects the candidate phrases of a title or a text. Each word is lowercased and checked for a capital once;
 * phrases are built by appending, and a phrase's original text only when it is first seen.
 */
function collect(candidates: Candidates, s: string, isTitle: boolean, offset: number): void {
  const re = /[\p{L}\p{N}][\p{L}\p{N}'’-]*|[^\s\p{L}\p{N}]/gu;
  const run: WordRun = { words: [], lowers: [], capitals: [], positions: [] };
  const from = { isTitle, offset };
  for (const m of s.matchAll(re)) {
    const token = m[0];
    const raw = POSSESSIVE.test(token) ? token.slice(0, -2) : token;
    const first = raw.charCodeAt(0);
    // ASCII decides without a regular expression; other scripts ask Unicode
    const isWord = first < 0x80 ? (first | 0x20) >= 0x61 && (first | 0x20) <= 0x7a : LETTER_FIRST.test(raw);
    const lower = isWord && raw.length >= 3 ? raw.toLowerCase() : '';
    if (!lower || STOPWORDS.has(lower) || FILLER.has(lower)) {
      addPhrases(candidates, run, from);
      continue;
    }
    run.words.push(raw);
    run.lowers.push(lower);
    run.capitals.push(first < 0x80 ? first >= 0x41 && first <= 0x5a : UPPER_FIRST.test(raw));
    run.positions.push(m.index);
  }
  addPhrases(candidates, run, from);
}

interface Scored {
  key: string;
  c: Candidate;
  score: number;
}

/** Scores by frequency, presence in the headline, earliness and length; best first. */
function scoreCandidates(candidates: Candidates, boost: Set<string>, totalLength: number): Scored[] {
  return [...candidates.entries()]
    .filter(([, c]) => c.count > 1 || c.inTitle)
    .map(([key, c]) => {
      // a single common word must recur to count; a multi-word phrase once is enough if it recurs partly
      const position = 1 - c.firstPos / totalLength;
      let score = Math.log2(1 + c.count) * (1 + 0.5 * (c.words - 1)) + (c.inTitle ? 1.5 : 0) + 0.5 * position;
      if (boost.has(key)) score += 1;
      if (c.count === 1 && !c.inTitle) score *= 0.3;
      return { key, c, score };
    })
    .sort((a, b) => b.score - a.score);
}

/**
 * RAKE-style key phrases: runs of content words between stopwords and
 * punctuation, scored by frequency, presence in the headline, earliness and
 * length; phrases contained in a better phrase are dropped.
 */
export function extractKeywords(title: string, text: string, boostPhrases: string[] = []): KeywordTag[] {
  const candidates: Candidates = new Map();
  collect(candidates, title, true, 0);
  collect(candidates, text, false, title.length);
  const boost = new Set(boostPhrases.map((p) => p.toLowerCase()));
  const scored = scoreCandidates(candidates, boost, title.length + text.length + 1);

  const picked: Scored[] = [];
  for (const x of scored) {
    if (picked.length >= MAX_KEYWORDS) break;
    // "Vladimir Putin" covers "Putin"; "Putin" covers nothing longer
    if (picked.some((p) => containsWords(p.key, x.key) || containsWords(x.key, p.key))) continue;
    picked.push(x);
  }
  const top = picked[0]?.score ?? 1;
  return picked.map((x) => ({
    phrase: x.c.properNoun ? x.c.phrase : x.c.phrase.toLowerCase(),
    score: Math.round((x.score / top) * 1000) / 1000,
  }));
}

function containsWords(haystack: string, needle: string): boolean {
  return ` ${haystack} `.includes(` ${needle} `);
}
