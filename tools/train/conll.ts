/** CoNLL-column NER corpora as plain-text documents with gold character spans (shared by training and evaluation). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type NerType = 'PER' | 'ORG' | 'LOC';
export interface NerDoc {
  text: string;
  gold: { start: number; end: number; type: NerType }[];
}

export const nerDataDir = join(resolve(__dirname, '..', '..'), '..', 'shared', 'datasets', 'ner');

function mapType(label: string): NerType | undefined {
  const t = label.replace(/^[BI]-/, '');
  if (t === 'PER' || t === 'Person') return 'PER';
  if (t === 'ORG' || t === 'Organisation') return 'ORG';
  if (t === 'LOC' || t === 'Location') return 'LOC';
  return undefined;
}

/** Reads CoNLL columns (token first, label last); a blank line ends a sentence. */
export function readSentences(file: string): [string, string][][] {
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

/** Joins sentences (as paragraphs, tokens by spaces) into one document with gold spans; reads IOB1 and IOB2. */
export function toDoc(sentences: [string, string][][]): NerDoc {
  let text = '';
  const gold: NerDoc['gold'] = [];
  for (const s of sentences) {
    if (text) text += '\n\n';
    let open: { start: number; end: number; type: NerType } | undefined;
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

/** Wikigold documents (split at -DOCSTART-). */
export function wikigoldDocs(): NerDoc[] {
  const docs: NerDoc[] = [];
  let cur: [string, string][][] = [];
  for (const s of readSentences(join(nerDataDir, 'wikigold', 'wikigold.conll.txt'))) {
    if (s[0][0] === '-DOCSTART-') {
      if (cur.length) docs.push(toDoc(cur));
      cur = [];
      continue;
    }
    cur.push(s);
  }
  if (cur.length) docs.push(toDoc(cur));
  return docs;
}

/** The held-out part of Wikigold: every third document (index % 3 === 0); the rest may be trained on. */
export const isWikigoldHeldOut = (index: number) => index % 3 === 0;

/** Broad Twitter Corpus split, one tweet per document. */
export function btcDocs(split: 'train' | 'dev' | 'test'): NerDoc[] {
  return readSentences(join(nerDataDir, 'btc', `btc.${split}`)).map((s) => toDoc([s]));
}

/** re3d documents (all sources; evaluation only: its Wikipedia part is CC BY-SA, so nothing trained ships from it). */
export function re3dDocs(): NerDoc[] {
  const out: NerDoc[] = [];
  const dir = join(nerDataDir, 're3d');
  for (const source of readdirSync(dir)) {
    const d = join(dir, source);
    if (!statSync(d).isDirectory()) continue;
    for (const f of readdirSync(d).filter((x) => x.endsWith('.conll'))) out.push(toDoc(readSentences(join(d, f))));
  }
  return out;
}
