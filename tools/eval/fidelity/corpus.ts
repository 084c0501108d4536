import { Carrier, CARRIERS, plainText, provenanceOfCarrier, pushOf } from './carriers';
import { iptcCases } from './iptc';
import { FIDELITY_LANGUAGES, SentenceCursor, sentencePool } from './sentences';
import { buildShape, Shape, SHAPES } from './shapes';
import { wordList } from './words-kept';

/**
 * The fidelity corpus: clean copy in 24 languages, in every shape wire copy
 * comes in, pushed through every carrier, plus the IPTC's own examples. The
 * same cases serve the pure evaluation (tools/eval/fidelity-eval.ts) and the
 * end-to-end suite that pushes them through the running pipeline.
 */

export interface FidelityCase {
  id: string;
  language: string;
  shape: string;
  /** What ingest records for the push: structured formats carry edited copy, plain text is of unknown making. */
  provenance: 'edited' | 'unknown';
  push: { contentType: string; body: string; headers?: Record<string, string> };
  /** The words the stored text must keep. */
  referenceText: string;
  title?: string;
}

export interface FidelityCorpusOptions {
  /** The shared data directory (`../shared` beside the repository, or NEWS_SHARED_DIR). */
  sharedDir: string;
  /** Dev and held-out cases are built from disjoint sentences (every 4th held out); `all` is both. Default `dev`. */
  split?: 'dev' | 'heldout' | 'all';
}

/** The 5,000-word piece goes through three carriers, not all nine: it is the slow case. */
const LONGFORM_CARRIERS: readonly Carrier[] = ['json-text', 'text-plain', 'ninjs-html'];

const carriersFor = (shape: Shape): readonly Carrier[] => (shape === 'longform' ? LONGFORM_CARRIERS : CARRIERS);

function languageCases(sharedDir: string, language: string, split: 'dev' | 'heldout'): FidelityCase[] {
  const pool = sentencePool(sharedDir, language, split);
  if (pool.length === 0) return [];
  const cases: FidelityCase[] = [];
  for (const shape of SHAPES) {
    for (const carrier of carriersFor(shape)) {
      // Each case starts at its own place in the pool, so cases of one language differ.
      const cursor = new SentenceCursor(pool);
      cursor.take(cases.length * 5);
      const doc = buildShape(shape, cursor, (s) => wordList(s).length);
      const id = `${split}-${language}-${shape}-${carrier}`;
      cases.push({
        id,
        language,
        shape,
        provenance: provenanceOfCarrier(carrier),
        push: pushOf(carrier, id, doc),
        referenceText: plainText(doc),
        title: doc.title,
      });
    }
  }
  return cases;
}

export function fidelityCorpus(opts: FidelityCorpusOptions): FidelityCase[] {
  const split = opts.split ?? 'dev';
  const splits: Array<'dev' | 'heldout'> = split === 'all' ? ['dev', 'heldout'] : [split];
  const cases: FidelityCase[] = [];
  for (const s of splits)
    for (const language of FIDELITY_LANGUAGES) cases.push(...languageCases(opts.sharedDir, language, s));
  cases.push(...iptcCases(opts.sharedDir, split));
  return cases;
}

/** The carrier of a generated case (from its id), or `iptc` for the IPTC examples. */
export const carrierOf = (c: FidelityCase): string =>
  c.shape === 'iptc' ? 'iptc' : c.id.split('-').slice(3).join('-');
