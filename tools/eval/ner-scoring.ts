/**
 * Exact-span NER scoring shared by `eval:ner` (tools/eval/tagging-ner-eval.ts) and the
 * out-of-fold dev scores (tools/train/dev-oof.ts): a predicted span is right when its
 * start, end and type all match a gold span.
 */
import type { Span } from '../../libs/tagging/src/entities/extract-entities';
import type { NerDoc, NerType } from '../train/conll';

/** A document to score; predictions over an `ignore` range are neither right nor wrong. */
export type ScoredDoc = NerDoc & { ignore?: { start: number; end: number }[] };

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export type SpanCounts = Record<NerType | 'ALL', Counts>;

export function emptyCounts(): SpanCounts {
  return {
    PER: { tp: 0, fp: 0, fn: 0 },
    ORG: { tp: 0, fp: 0, fn: 0 },
    LOC: { tp: 0, fp: 0, fn: 0 },
    ALL: { tp: 0, fp: 0, fn: 0 },
  };
}

/**
 * Called for each wrong prediction (with the gold span it overlaps, if any) and each missed gold span (with the
 * prediction over it).
 */
export interface ErrorReport {
  falsePositive?(doc: ScoredDoc, predicted: Span, overlapping: ScoredDoc['gold'][number] | undefined): void;
  miss?(doc: ScoredDoc, gold: ScoredDoc['gold'][number], overlapping: Span | undefined): void;
}

/** Adds each document's body spans, as `predict` gives them, to `counts`. */
export function countSpans(
  docs: ScoredDoc[],
  predict: (doc: ScoredDoc) => Span[],
  counts: SpanCounts,
  report: ErrorReport = {},
): void {
  const key = (s: { start: number; end: number; type: string }) => `${s.start}:${s.end}:${s.type}`;
  for (const doc of docs) {
    const pred = predict(doc).filter((s) => s.field === 'text');
    const goldKeys = new Set(doc.gold.map(key));
    const predKeys = new Set(pred.map(key));
    for (const p of pred) {
      const hit = goldKeys.has(key(p));
      if (!hit && doc.ignore?.some((x) => x.start < p.end && p.start < x.end)) continue;
      counts[p.type][hit ? 'tp' : 'fp']++;
      counts.ALL[hit ? 'tp' : 'fp']++;
      if (!hit)
        report.falsePositive?.(
          doc,
          p,
          doc.gold.find((x) => x.start < p.end && p.start < x.end),
        );
    }
    for (const g of doc.gold) {
      if (predKeys.has(key(g))) continue;
      counts[g.type].fn++;
      counts.ALL.fn++;
      report.miss?.(
        doc,
        g,
        pred.find((x) => x.start < g.end && g.start < x.end),
      );
    }
  }
}

export function precisionRecallF1(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
