import { ContextLine } from './chrome-context';
import { capitalisedShare, LineFeatures } from './line-features';

/**
 * For a declared scraped page only: the story is the densest region of prose
 * lines, and what lies outside it is the page around the story. Prose is
 * judged by shape (length, sentence punctuation in any script) and by the
 * page's own function words: the short words that recur across its long lines,
 * whatever language they belong to. No word list of any language is used.
 */

export type LineClass = 'good' | 'near' | 'short' | 'bad';

/** A page's function words cover at least this share of its long lines' tokens, or the page is not judged on them. */
const MIN_FUNCTION_WORD_COVERAGE = 0.2;

/**
 * Function words of this page: short tokens that recur across its long lines.
 * Empty when they do not carry a fair share of the text (agglutinative
 * languages such as Korean or Finnish, scripts without spaces): such a page
 * is judged on line shape alone.
 */
export function pageFunctionWords(lines: ContextLine[]): ReadonlySet<string> {
  const counts = new Map<string, number>();
  /** Distinct lines a token occurs in; `lastLine` makes each line count once. */
  const spread = new Map<string, number>();
  const lastLine = new Map<string, number>();
  let total = 0;
  lines.forEach((l, i) => {
    if (l.features.tokens.length < 8) return;
    total += l.features.tokens.length;
    for (const t of l.features.tokens) {
      if (t.length > 5 || isDigit(t.charCodeAt(0))) continue;
      counts.set(t, (counts.get(t) ?? 0) + 1);
      if (lastLine.get(t) !== i) {
        lastLine.set(t, i);
        spread.set(t, (spread.get(t) ?? 0) + 1);
      }
    }
  });
  const ranked = [...counts]
    .filter(([t, n]) => n >= 4 && spread.get(t)! >= 3)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 40);
  const covered = ranked.reduce((n, [, c]) => n + c, 0);
  return total > 0 && covered / total >= MIN_FUNCTION_WORD_COVERAGE ? new Set(ranked.map(([t]) => t)) : new Set();
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

function density(f: LineFeatures, functionWords: ReadonlySet<string>): number {
  if (f.tokens.length === 0) return 0;
  let n = 0;
  for (const t of f.tokens) if (functionWords.has(t)) n++;
  return n / f.tokens.length;
}

export function classify(line: ContextLine, functionWords: ReadonlySet<string>): LineClass {
  const f = line.features;
  if (line.locked) return 'good';
  if (line.evidence !== null) return 'bad';
  const judged = functionWords.size > 0;
  const d = density(f, functionWords);
  if (judged && f.tokens.length >= 6 && d < 0.05 && !f.hasSentencePunct) return 'bad';
  if (f.words < 5) return 'short';
  const prose = !judged || d >= 0.12 || f.tokens.length < f.words / 2;
  if (prose && f.words >= 10 && (f.endsSentence || (f.hasSentencePunct && f.words >= 20))) return 'good';
  if (prose && f.words >= 30) return 'good';
  return 'near';
}

/** Weight of a line for the region search: story lines pull the region in, chrome pushes it away. */
function regionWeight(cls: LineClass, f: LineFeatures): number {
  switch (cls) {
    case 'good':
      return f.words;
    case 'near':
      return f.endsSentence ? f.words * 0.5 : -Math.min(f.words, 12);
    case 'short':
      return f.endsSentence ? 0 : -5;
    case 'bad':
      return -(Math.min(f.words, 30) + 3);
  }
}

/** The contiguous span of lines with the largest summed weight (Kadane); [0, -1] when none is positive. */
export function bestRegion(classes: LineClass[], lines: ContextLine[]): [number, number] {
  let best = -Infinity;
  let bestStart = 0;
  let bestEnd = -1;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < classes.length; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += regionWeight(classes[i], lines[i].features);
    if (sum > best) {
      best = sum;
      bestStart = start;
      bestEnd = i;
    }
  }
  return best > 0 ? [bestStart, bestEnd] : [0, -1];
}

function nearestDecided(classes: LineClass[], i: number, step: 1 | -1, limit: number): LineClass | null {
  for (let j = i + step; step > 0 ? j <= limit : j >= limit; j += step) {
    const c = classes[j];
    if (c === 'good' || c === 'bad') return c;
  }
  return null;
}

/** Near-good and short lines survive inside the region when they read like prose between story lines. */
export function keepInRegion(classes: LineClass[], lines: ContextLine[], i: number, region: [number, number]): boolean {
  const cls = classes[i];
  if (cls === 'good') return true;
  if (cls === 'bad') return false;
  const f = lines[i].features;
  const prev = nearestDecided(classes, i, -1, Math.max(region[0], i - 2));
  const next = nearestDecided(classes, i, 1, Math.min(region[1], i + 2));
  if (cls === 'near') {
    if (f.endsSentence) return prev === 'good' || next === 'good';
    // A sub-heading: short, between two story lines.
    return f.words <= 15 && prev === 'good' && next === 'good' && capitalisedShare(lines[i].text) < 0.9;
  }
  if (f.endsSentence) return prev === 'good' || next === 'good';
  return f.words >= 2 && prev === 'good' && next === 'good';
}

export function looksLikeHeadline(f: LineFeatures): boolean {
  return f.words >= 3 && f.words <= 30 && !f.endsSentence && !f.endsColon;
}
