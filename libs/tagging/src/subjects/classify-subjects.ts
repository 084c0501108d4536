import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SubjectTag } from '@news/contracts';
import { TOP_LEVEL_CUES } from './topic-cues';
import { taggingDataDir } from '../data-dir';

interface TopicFile {
  topics: {
    code: string;
    name: string;
    uri: string;
    children: { code: string; name: string; uri: string; terms: string[] }[];
  }[];
}

interface Model {
  exact: Map<string, [string, number][]>;
  prefixes: Map<string, [string, number][]>;
  /** two-word cues ("box office", "net worth"), keyed "first second" */
  pairs: Map<string, [string, number][]>;
  topics: Map<
    string,
    { name: string; uri: string; children: { code: string; name: string; uri: string; re: RegExp }[] }
  >;
}

let cached: Model | undefined;

function loadModel(): Model {
  if (cached) return cached;
  const file = JSON.parse(readFileSync(join(taggingDataDir(), 'iptc-topics.json'), 'utf8')) as TopicFile;
  const exact = new Map<string, [string, number][]>();
  const prefixes = new Map<string, [string, number][]>();
  const pairs = new Map<string, [string, number][]>();
  const put = (target: Map<string, [string, number][]>, key: string, code: string, weight: number) => {
    const list = target.get(key) ?? [];
    const same = list.find(([c]) => c === code);
    if (same) same[1] = Math.max(same[1], weight);
    else list.push([code, weight]);
    target.set(key, list);
  };
  for (const [code, cues] of Object.entries(TOP_LEVEL_CUES)) {
    for (const raw of cues.split(/\s+/).filter(Boolean)) {
      const [cue, w] = raw.split(':');
      const weight = w === undefined ? 1 : Number(w);
      // a two-word cue of weight 0 only keeps its words from counting ("BBC Radio" in a politics story)
      if (cue.includes('_')) {
        const key = cue.replace(/_/g, ' ');
        if (weight > 0) put(pairs, key, code, weight);
        else if (!pairs.has(key)) pairs.set(key, []);
        continue;
      }
      if (weight <= 0) continue;
      put(cue.endsWith('*') ? prefixes : exact, cue.replace(/\*$/, ''), code, weight);
    }
  }
  const topics: Model['topics'] = new Map();
  for (const t of file.topics) {
    topics.set(t.code, {
      name: t.name,
      uri: t.uri,
      children: t.children.map((c) => ({
        code: c.code,
        name: c.name,
        uri: c.uri,
        // the child's own label and its descendants' labels, as whole words
        re: new RegExp(`\\b(?:${c.terms.map(escapeRe).join('|')})s?\\b`, 'g'),
      })),
    });
  }
  cached = { exact, prefixes, pairs, topics };
  return cached;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const TITLE_WEIGHT = 3;
const MIN_TOP_SCORE = 3;
const MAX_TOP = 3;

/** words of an article about video games: then its "players", "games", "combat" and "attacks" are not sport or war */
const GAMING_WORDS = new Set(
  (
    'gameplay gamer gamers console consoles pc xbox playstation ps2 ps3 ps4 ps5 psp nintendo multiplayer ' +
    'single-player dlc joystick gamepad'
  ).split(' '),
);
const GAMING_PAIRS = new Set([
  'video game',
  'video games',
  'computer game',
  'computer games',
  'games console',
  'games industry',
]);
const MIN_GAMING_WORDS = 3;
/**
 * What cues of other topics keep of their weight in an article about video games: its
 * "players", "games", "combat" and "attacks" are not sport or war, and the film or comic
 * it is based on ("Star Wars") does not make it an arts story.
 */
const GAMING_DAMP: [string, number][] = [
  ['medtop:15000000', 0.3],
  ['medtop:16000000', 0.3],
  ['medtop:01000000', 0.5],
];

/**
 * Scores of the IPTC top-level topics: cue words and two-word cues (a two-word cue takes
 * both its words), title words triple, each further use of the same cue worth less. In an
 * article about video games (three or more gaming words), sport, conflict and arts cues
 * count for less.
 * `contributions`, when given, receives each cue's share per topic (for error analysis).
 */
export function scoreTopics(
  title: string,
  text: string,
  contributions?: Map<string, Map<string, number>>,
): Map<string, number> {
  const model = loadModel();
  const scores = new Map<string, number>();
  const perCue = new Map<string, number>();
  let gaming = 0;
  const add = (cue: string, hits: [string, number][] | undefined, factor: number) => {
    if (!hits) return;
    // diminishing returns: the tenth "said" adds little
    const seen = perCue.get(cue) ?? 0;
    perCue.set(cue, seen + 1);
    const damp = 1 / Math.sqrt(seen + 1);
    for (const [code, w] of hits) {
      scores.set(code, (scores.get(code) ?? 0) + w * factor * damp);
      if (contributions) {
        const m = contributions.get(code) ?? new Map<string, number>();
        m.set(cue, (m.get(cue) ?? 0) + w * factor * damp);
        contributions.set(code, m);
      }
    }
  };
  const scan = (ws: string[], factor: number) => {
    for (let i = 0; i < ws.length; i++) {
      const pair = i + 1 < ws.length ? `${ws[i]} ${ws[i + 1]}` : '';
      if (GAMING_WORDS.has(ws[i]) || GAMING_PAIRS.has(pair)) gaming++;
      const pairHits = pair ? model.pairs.get(pair) : undefined;
      if (pairHits) {
        add(pair, pairHits, factor);
        i++;
        continue;
      }
      add(ws[i], model.exact.get(ws[i]) ?? prefixHits(model, ws[i]), factor);
    }
  };
  scan(words(title), TITLE_WEIGHT);
  scan(words(text), 1);
  if (gaming >= MIN_GAMING_WORDS) {
    for (const [code, keep] of GAMING_DAMP) if (scores.has(code)) scores.set(code, (scores.get(code) ?? 0) * keep);
  }
  return scores;
}

/**
 * Scores the 17 IPTC top-level topics from cue words (see scoreTopics), keeps the clear
 * winners, then adds a second-level topic under each where the IPTC labels of that
 * branch occur often enough.
 */
export function classifySubjects(title: string, text: string): SubjectTag[] {
  const model = loadModel();
  const scores = scoreTopics(title, text);
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || ranked[0][1] < MIN_TOP_SCORE) return [];
  const total = ranked.reduce((n, [, s]) => n + s, 0);
  const best = ranked[0][1];
  const out: SubjectTag[] = [];
  const lowerText = `${title}\n${text}`.toLowerCase();
  for (const [code, score] of ranked.slice(0, MAX_TOP)) {
    if (out.length > 0 && (score < 0.55 * best || score < 2 * MIN_TOP_SCORE)) break;
    const topic = model.topics.get(code);
    if (!topic) continue;
    const confidence = round(Math.min(0.99, 0.5 * (score / total) + 0.5 * Math.min(1, score / 20)));
    out.push({ code, name: topic.name, uri: topic.uri, rel: 'about', confidence });
    const child = bestChild(topic.children, lowerText);
    if (child && child.hits >= 3) {
      out.push({
        code: child.code,
        name: child.name,
        uri: child.uri,
        rel: 'about',
        confidence: round(confidence * Math.min(0.9, child.hits / (child.hits + 3))),
      });
    }
  }
  return out;
}

function prefixHits(model: Model, word: string): [string, number][] | undefined {
  return prefixHitsIn(model.prefixes, word);
}

function prefixHitsIn(prefixes: Map<string, [string, number][]>, word: string): [string, number][] | undefined {
  let found: [string, number][] | undefined;
  // longest matching prefix wins
  for (let len = Math.min(word.length, 14); len >= 2; len--) {
    const hits = prefixes.get(word.slice(0, len));
    if (hits) {
      found = hits;
      break;
    }
  }
  return found;
}

function bestChild(children: { code: string; name: string; uri: string; re: RegExp }[], lowerText: string) {
  let best: { code: string; name: string; uri: string; hits: number } | undefined;
  for (const c of children) {
    c.re.lastIndex = 0;
    const hits = lowerText.match(c.re)?.length ?? 0;
    if (hits > 0 && (!best || hits > best.hits)) best = { code: c.code, name: c.name, uri: c.uri, hits };
  }
  return best;
}

function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? [];
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
