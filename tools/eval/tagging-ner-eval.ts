/**
 * Entity evaluation: exact span + type precision/recall/F1 for PER, ORG and LOC on
 * the public NER corpora in ../shared/datasets/ner, each document's tokens joined
 * by spaces into plain text (sentences as paragraphs) and fed to the tagger.
 *
 *   npm run --silent eval:ner [-- --json] [--errors N]
 *
 * Held out: the gazetteer build (tools/train/build-gazetteer.ts) reads only the
 * BTC *train* split, so BTC test, Wikigold and re3d are unseen. MISC and re3d's
 * other types (Nationality, Weapon, ...) are ignored on both sides.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractSpans } from '@news/tagging';

type Type = 'PER' | 'ORG' | 'LOC';
interface Doc {
  text: string;
  gold: { start: number; end: number; type: Type }[];
}

const dataDir = join(resolve(__dirname, '..', '..'), '..', 'shared', 'datasets', 'ner');

function mapType(label: string): Type | undefined {
  const t = label.replace(/^[BI]-/, '');
  if (t === 'PER' || t === 'Person') return 'PER';
  if (t === 'ORG' || t === 'Organisation') return 'ORG';
  if (t === 'LOC' || t === 'Location') return 'LOC';
  return undefined;
}

/** Reads CoNLL columns (token first, label last); a blank line ends a sentence. */
function readSentences(file: string): [string, string][][] {
  const out: [string, string][][] = [];
  let cur: [string, string][] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const t = line.trim();
    if (!t) {
      if (cur.length) out.push(cur);
      cur = [];
      continue;
    }
    const parts = t.split(/\s+/);
    cur.push([parts[0], parts.length > 1 ? parts[parts.length - 1] : 'O']);
  }
  if (cur.length) out.push(cur);
  return out;
}

/** Joins sentences into one document text with gold spans (IOB1 and IOB2 both read). */
function toDoc(sentences: [string, string][][]): Doc {
  let text = '';
  const gold: Doc['gold'] = [];
  for (const s of sentences) {
    if (text) text += '\n\n';
    let open: { start: number; end: number; type: Type } | undefined;
    s.forEach(([tok, label], i) => {
      if (i > 0) text += ' ';
      const start = text.length;
      text += tok;
      const type = mapType(label);
      const begins = label.startsWith('B-') || (type && (!open || open.type !== type));
      if (open && (!type || begins)) {
        gold.push(open);
        open = undefined;
      }
      if (type) {
        if (!open) open = { start, end: text.length, type };
        else open.end = text.length;
      }
    });
    if (open) gold.push(open);
  }
  return { text, gold };
}

function loadCorpora(): Record<string, Doc[]> {
  const wikigold: Doc[] = [];
  let cur: [string, string][][] = [];
  for (const s of readSentences(join(dataDir, 'wikigold', 'wikigold.conll.txt'))) {
    if (s[0][0] === '-DOCSTART-') {
      if (cur.length) wikigold.push(toDoc(cur));
      cur = [];
      continue;
    }
    cur.push(s);
  }
  if (cur.length) wikigold.push(toDoc(cur));
  const btcTest = readSentences(join(dataDir, 'btc', 'btc.test')).map((s) => toDoc([s]));
  const re3d: Doc[] = [];
  const re3dDir = join(dataDir, 're3d');
  for (const source of readdirSync(re3dDir)) {
    const dir = join(re3dDir, source);
    if (!statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.conll'))) re3d.push(toDoc(readSentences(join(dir, f))));
  }
  return { 'wikigold (all)': wikigold, 're3d (all)': re3d, 'btc (test split)': btcTest };
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function score(c: Counts) {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { precision: round(p), recall: round(r), f1: round(p + r ? (2 * p * r) / (p + r) : 0), ...c };
}

function round(x: number) {
  return Math.round(x * 1000) / 1000;
}

function evaluate(docs: Doc[], errors: string[], maxErrors: number) {
  const counts: Record<Type | 'ALL', Counts> = {
    PER: { tp: 0, fp: 0, fn: 0 },
    ORG: { tp: 0, fp: 0, fn: 0 },
    LOC: { tp: 0, fp: 0, fn: 0 },
    ALL: { tp: 0, fp: 0, fn: 0 },
  };
  for (const doc of docs) {
    const pred = extractSpans('', doc.text).filter((s) => s.field === 'text');
    const key = (s: { start: number; end: number; type: string }) => `${s.start}:${s.end}:${s.type}`;
    const goldKeys = new Set(doc.gold.map(key));
    const predKeys = new Set(pred.map(key));
    for (const p of pred) {
      const hit = goldKeys.has(key(p));
      counts[p.type][hit ? 'tp' : 'fp']++;
      counts.ALL[hit ? 'tp' : 'fp']++;
      if (!hit && errors.length < maxErrors) {
        const g = doc.gold.find((x) => x.start < p.end && p.start < x.end);
        errors.push(`FP ${p.type} "${p.surface}"${g ? ` (gold ${g.type} "${doc.text.slice(g.start, g.end)}")` : ''}`);
      }
    }
    for (const g of doc.gold) {
      if (!predKeys.has(key(g))) {
        counts[g.type].fn++;
        counts.ALL.fn++;
      }
    }
  }
  return Object.fromEntries(Object.entries(counts).map(([k, c]) => [k, score(c)]));
}

function main() {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const errIdx = args.indexOf('--errors');
  const maxErrors = errIdx >= 0 ? Number(args[errIdx + 1]) : 0;
  const corpora = loadCorpora();
  const results: Record<string, unknown> = {};
  const errors: string[] = [];
  for (const [name, docs] of Object.entries(corpora)) {
    results[name] = { docs: docs.length, ...evaluate(docs, errors, maxErrors) };
  }
  if (json) {
    console.log(JSON.stringify(results, null, 2));
    return;
  }
  console.log('corpus            type  precision recall  f1     (tp/fp/fn)');
  for (const [name, r] of Object.entries(results) as [string, Record<string, ReturnType<typeof score> | number>][]) {
    for (const t of ['PER', 'ORG', 'LOC', 'ALL']) {
      const s = r[t] as ReturnType<typeof score>;
      console.log(
        `${name.padEnd(18)}${t.padEnd(6)}${s.precision.toFixed(3).padEnd(10)}${s.recall.toFixed(3).padEnd(8)}${s.f1.toFixed(3).padEnd(7)}(${s.tp}/${s.fp}/${s.fn})`,
      );
    }
  }
  for (const e of errors) console.log(e);
}

main();
