/**
 * Calibrates our entity test sets against the CoNLL-2003 test set, which is not available
 * here: compromise (v14) is the one system with a published CoNLL-2003 figure (docs/tagging.md),
 * so its score on our sets, with the same scorer as `eval:ner`, says how hard each set is.
 *
 *   npm i --no-save compromise@14 && npx tsx tools/eval/ner-baseline-compromise.ts
 *
 * compromise is not a dependency of the project (it is used nowhere else), hence --no-save.
 * Spans are its people(), organizations() and places(), with possessives and trailing
 * punctuation trimmed (CoNLL spans have neither).
 */
import { createRequire } from 'node:module';
import { isWikigoldHeldOut, NerType, wikigoldDocs } from '../train/conll';
import { countSpans, emptyCounts, precisionRecallF1, ScoredDoc } from './ner-scoring';
import { isNewsHeldOut, newsDocs } from './ner/news-docs';
import type { Span } from '../../libs/tagging/src/entities/extract-entities';

interface CompromiseMatch {
  json(options: { offset: true }): { offset: { start: number; length: number } }[];
}
type Compromise = (text: string) => {
  people(): CompromiseMatch;
  organizations(): CompromiseMatch;
  places(): CompromiseMatch;
};

function loadCompromise(): Compromise {
  try {
    return createRequire(__filename)('compromise') as Compromise;
  } catch {
    throw new Error('compromise is not installed: run `npm i --no-save compromise@14` first');
  }
}

function predict(nlp: Compromise, doc: ScoredDoc): Span[] {
  const parsed = nlp(doc.text);
  const spans: Span[] = [];
  const add = (match: CompromiseMatch, type: NerType) => {
    for (const { offset } of match.json({ offset: true })) {
      const raw = doc.text.slice(offset.start, offset.start + offset.length);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim().replace(/(?:['’]s)?[\s.,;:!?)"'’”]*$/u, '');
      const start = offset.start + lead;
      const end = start + trimmed.length;
      if (end > start)
        spans.push({
          field: 'text',
          start,
          end,
          surface: doc.text.slice(start, end),
          type,
          name: trimmed,
          confidence: 1,
        });
    }
  };
  add(parsed.people(), 'PER');
  add(parsed.organizations(), 'ORG');
  add(parsed.places(), 'LOC');
  return spans;
}

function main() {
  const nlp = loadCompromise();
  const sets: Record<string, ScoredDoc[]> = {
    'news held-out': newsDocs().filter((_, i) => isNewsHeldOut(i)),
    'wikigold held-out': wikigoldDocs().filter((_, i) => isWikigoldHeldOut(i)),
  };
  for (const [name, docs] of Object.entries(sets)) {
    const counts = emptyCounts();
    countSpans(docs, (doc) => predict(nlp, doc), counts);
    const { precision, recall, f1 } = precisionRecallF1(counts.ALL);
    console.log(`${name.padEnd(18)} P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)}`);
  }
}

main();
