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

interface Candidate {
  phrase: string;
  count: number;
  firstPos: number;
  inTitle: boolean;
  words: number;
  properNoun: boolean;
}

/**
 * RAKE-style key phrases: runs of content words between stopwords and
 * punctuation, scored by frequency, presence in the headline, earliness and
 * length; phrases contained in a better phrase are dropped.
 */
export function extractKeywords(title: string, text: string, boostPhrases: string[] = []): KeywordTag[] {
  const candidates = new Map<string, Candidate>();
  const boost = new Set(boostPhrases.map((p) => p.toLowerCase()));
  const collect = (s: string, isTitle: boolean, offset: number) => {
    const re = /[\p{L}\p{N}][\p{L}\p{N}'’-]*|[^\s\p{L}\p{N}]/gu;
    let run: { word: string; pos: number }[] = [];
    const flush = () => {
      for (let i = 0; i < run.length; i++) {
        for (let n = 1; n <= MAX_PHRASE_WORDS && i + n <= run.length; n++) {
          const words = run.slice(i, i + n);
          const phrase = words.map((w) => w.word).join(' ');
          const key = phrase.toLowerCase();
          const c = candidates.get(key);
          if (c) {
            c.count++;
            c.inTitle ||= isTitle;
          } else {
            candidates.set(key, {
              phrase,
              count: 1,
              firstPos: offset + words[0].pos,
              inTitle: isTitle,
              words: n,
              properNoun: words.every((w) => /^\p{Lu}/u.test(w.word)),
            });
          }
        }
      }
      run = [];
    };
    for (const m of s.matchAll(re)) {
      const raw = m[0].replace(/['’]s$/u, '');
      const lower = raw.toLowerCase();
      const isWord = /^\p{L}/u.test(raw);
      if (!isWord || STOPWORDS.has(lower) || FILLER.has(lower) || raw.length < 3) {
        flush();
        continue;
      }
      run.push({ word: raw, pos: m.index });
    }
    flush();
  };
  collect(title, true, 0);
  collect(text, false, title.length);

  const totalLength = title.length + text.length + 1;
  const scored = [...candidates.entries()]
    .map(([key, c]) => {
      // a single common word must recur to count; a multi-word phrase once is enough if it recurs partly
      const position = 1 - c.firstPos / totalLength;
      let score = Math.log2(1 + c.count) * (1 + 0.5 * (c.words - 1)) + (c.inTitle ? 1.5 : 0) + 0.5 * position;
      if (boost.has(key)) score += 1;
      if (c.count === 1 && !c.inTitle) score *= 0.3;
      return { key, c, score };
    })
    .filter((x) => x.c.count > 1 || x.c.inTitle)
    .sort((a, b) => b.score - a.score);

  const picked: { key: string; c: Candidate; score: number }[] = [];
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
