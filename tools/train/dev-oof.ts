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
import { countSpans, Counts, emptyCounts, precisionRecallF1, SpanCounts } from '../eval/ner-scoring';

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
  console.log(
    `threshold ${((t1 + t2) / 2).toFixed(4)} (halves ${t1.toFixed(4)}, ` +
      `${t2.toFixed(4)})${fixed ? `, fixed at ${fixed}` : ''}`,
  );
  return runModelFrom({ labels: [...LABELS], threshold: fixed ?? (t1 + t2) / 2, weights });
}

function score(docs: NerDoc[], model: RunModel | undefined, counts: SpanCounts, errors: string[]) {
  const ctx = (doc: NerDoc, s: number, e: number) =>
    doc.text.slice(Math.max(0, s - 40), Math.min(doc.text.length, e + 40)).replace(/\s+/g, ' ');
  countSpans(docs, (doc) => extractSpans('', doc.text, model ? { runModel: model } : { useModel: false }), counts, {
    falsePositive(doc, p, g) {
      errors.push(
        `FP ${p.type} "${p.surface}"${g ? ` (gold ${g.type} "${doc.text.slice(g.start, g.end)}")` : ''}  ` +
          `…${ctx(doc, p.start, p.end)}…`,
      );
    },
    miss(doc, g, p) {
      errors.push(
        `FN ${g.type} "${doc.text.slice(g.start, g.end)}"${p ? ` (pred ${p.type} "${p.surface}")` : ''}  ` +
          `…${ctx(doc, g.start, g.end)}…`,
      );
    },
  });
}

function fmt(c: Counts) {
  const { precision, recall, f1 } = precisionRecallF1(c);
  return `P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)} (${c.tp}/${c.fp}/${c.fn})`;
}

function main() {
  const args = process.argv.slice(2);
  const rulesOnly = args.includes('--rules-only');
  const errIdx = args.indexOf('--errors');
  process.env.QUIET = '1';
  const wiki = wikigoldDocs();
  const folds = [1, 2].map((k) => wiki.filter((_, i) => i % 3 === k));
  const btc = rulesOnly ? [] : examples(btcDocs('train'));
  const counts = emptyCounts();
  const errors: string[] = [];
  for (let k = 0; k < 2; k++) {
    const model = rulesOnly ? undefined : trainProcedure(folds[1 - k], btc);
    const foldCounts = emptyCounts();
    score(folds[k], model, foldCounts, errors);
    console.log(`dev fold ${k + 1}: ${fmt(foldCounts.ALL)}`);
    for (const t of types) for (const f of ['tp', 'fp', 'fn'] as const) counts[t][f] += foldCounts[t][f];
  }
  for (const t of types) console.log(`out-of-fold ${t.padEnd(4)} ${fmt(counts[t])}`);
  if (errIdx >= 0) writeFileSync(args[errIdx + 1], errors.join('\n') + '\n');
}

main();
