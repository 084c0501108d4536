/**
 * Out-of-fold scores on Wikigold's dev folds (index % 3 === 1 and === 2), the only figures
 * to tune on: each fold is scored by a run classifier that never saw it. For fold k the
 * shipped training procedure (tools/train/train-run-classifier.ts) is run on the other
 * fold alone: its threshold by cross-fitting inside that fold (two halves, both directions,
 * the mean), then a model trained on BTC train + the whole other fold.
 *
 *   npx tsx tools/train/dev-oof.ts [--errors FILE] [--rules-only]
 *
 * Never reads Wikigold's held-out third (index % 3 === 0), re3d or BTC dev/test.
 * FIXED_THRESHOLD=0.98 scores at that classifier threshold instead of the procedure's.
 * --errors writes false positives and missed gold spans (with context) for error analysis.
 */
import { writeFileSync } from 'node:fs';
import { extractSpans } from '../../libs/tagging/src/entities/extract-entities';
import { RunModel, runModelFrom } from '../../libs/tagging/src/entities/run-classifier';
import { btcDocs, NerDoc, wikigoldDocs } from './conll';
import { chooseThreshold, examples, LABELS, OVERALL_PRECISION, train } from './train-run-classifier';

type Counts = { tp: number; fp: number; fn: number };
const types = ['PER', 'ORG', 'LOC', 'ALL'] as const;

function trainProcedure(trainDocs: NerDoc[], btc: ReturnType<typeof examples>): RunModel {
  // threshold by cross-fitting inside the training documents, as the shipped procedure does
  const a = trainDocs.filter((_, i) => i % 2 === 0);
  const b = trainDocs.filter((_, i) => i % 2 === 1);
  const t1 = chooseThreshold(train([...btc, ...examples(a)]), b, OVERALL_PRECISION);
  const t2 = chooseThreshold(train([...btc, ...examples(b)]), a, OVERALL_PRECISION);
  const weights = train([...btc, ...examples(trainDocs)]);
  // FIXED_THRESHOLD: compare configurations along the precision/recall curve, not at one noisy threshold
  const fixed = process.env.FIXED_THRESHOLD ? Number(process.env.FIXED_THRESHOLD) : undefined;
  console.log(`threshold ${((t1 + t2) / 2).toFixed(4)} (halves ${t1.toFixed(4)}, ${t2.toFixed(4)})${fixed ? `, fixed at ${fixed}` : ''}`);
  return runModelFrom({ labels: [...LABELS], threshold: fixed ?? (t1 + t2) / 2, weights });
}

function score(docs: NerDoc[], model: RunModel | undefined, counts: Record<string, Counts>, errors: string[]) {
  for (const doc of docs) {
    const pred = extractSpans('', doc.text, model ? { runModel: model } : { useModel: false }).filter((s) => s.field === 'text');
    const key = (s: { start: number; end: number; type: string }) => `${s.start}:${s.end}:${s.type}`;
    const gold = new Set(doc.gold.map(key));
    const got = new Set(pred.map(key));
    const ctx = (s: number, e: number) => doc.text.slice(Math.max(0, s - 40), Math.min(doc.text.length, e + 40)).replace(/\s+/g, ' ');
    for (const p of pred) {
      const hit = gold.has(key(p));
      counts[p.type][hit ? 'tp' : 'fp']++;
      counts.ALL[hit ? 'tp' : 'fp']++;
      if (!hit) {
        const g = doc.gold.find((x) => x.start < p.end && p.start < x.end);
        errors.push(`FP ${p.type} "${p.surface}"${g ? ` (gold ${g.type} "${doc.text.slice(g.start, g.end)}")` : ''}  …${ctx(p.start, p.end)}…`);
      }
    }
    for (const g of doc.gold) {
      if (got.has(key(g))) continue;
      counts[g.type].fn++;
      counts.ALL.fn++;
      const p = pred.find((x) => x.start < g.end && g.start < x.end);
      errors.push(`FN ${g.type} "${doc.text.slice(g.start, g.end)}"${p ? ` (pred ${p.type} "${p.surface}")` : ''}  …${ctx(g.start, g.end)}…`);
    }
  }
}

function fmt(c: Counts) {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f.toFixed(3)} (${c.tp}/${c.fp}/${c.fn})`;
}

function main() {
  const args = process.argv.slice(2);
  const rulesOnly = args.includes('--rules-only');
  const errIdx = args.indexOf('--errors');
  process.env.QUIET = '1';
  const wiki = wikigoldDocs();
  const folds = [1, 2].map((k) => wiki.filter((_, i) => i % 3 === k));
  const btc = rulesOnly ? [] : examples(btcDocs('train'));
  const counts = Object.fromEntries(types.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<string, Counts>;
  const errors: string[] = [];
  for (let k = 0; k < 2; k++) {
    const model = rulesOnly ? undefined : trainProcedure(folds[1 - k], btc);
    const foldCounts = Object.fromEntries(types.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<string, Counts>;
    score(folds[k], model, foldCounts, errors);
    console.log(`dev fold ${k + 1}: ${fmt(foldCounts.ALL)}`);
    for (const t of types) for (const f of ['tp', 'fp', 'fn'] as const) counts[t][f] += foldCounts[t][f];
  }
  for (const t of types) console.log(`out-of-fold ${t.padEnd(4)} ${fmt(counts[t])}`);
  if (errIdx >= 0) writeFileSync(args[errIdx + 1], errors.join('\n') + '\n');
}

main();
