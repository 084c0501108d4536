/**
 * The ScrapingHub article-extraction-benchmark metric (evaluate.py, MIT):
 * tokens are Python `\w+` runs (Unicode letters, digits, underscore; case kept),
 * shingles are word 4-grams (a text shorter than 4 tokens is one shingle),
 * per page TP/FP/FN are counted over shingle multisets and normalised to sum 1,
 * precision is averaged over pages with TP+FP > 0, recall over pages with
 * TP+FN > 0, and F1 is taken of the two averages.
 */
const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = tokenize(text);
  const out = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const s = tokens.slice(i, i + n);
    if (s.length === 0) continue;
    const key = s.join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export type TpFpFn = [number, number, number];

export function shingleMatch(truth: string, pred: string): TpFpFn {
  const t = shingles(truth);
  const p = shingles(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [tp, fp, fn];
}

const precisionScore = ([tp, fp, fn]: TpFpFn) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp));
const recallScore = ([tp, fp, fn]: TpFpFn) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn));
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export function scoresFrom(rows: TpFpFn[]): Scores {
  const precision = mean(rows.filter(([tp, fp]) => tp + fp > 0).map(precisionScore));
  const recall = mean(rows.filter(([tp, , fn]) => tp + fn > 0).map(recallScore));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
