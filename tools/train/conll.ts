/** CoNLL-column NER corpora as plain-text documents with gold character spans (shared by training and evaluation). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type NerType = 'PER' | 'ORG' | 'LOC';
export interface NerDoc {
  text: string;
  gold: { start: number; end: number; type: NerType }[];
  /** MISC spans (and re3d's Nationality): never scored (a tagger may learn them as a type it then drops) */
  misc?: { start: number; end: number }[];
  /** re3d only: the source folder (licence) and the document's index within it */
  source?: string;
  index?: number;
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
  const misc: { start: number; end: number }[] = [];
  for (const s of sentences) {
    if (text) text += '\n\n';
    let open: { start: number; end: number; type: NerType } | undefined;
    let openMisc: { start: number; end: number } | undefined;
    s.forEach(([tok, label], i) => {
      if (i > 0) text += ' ';
      const start = text.length;
      text += tok;
      const isMisc = isMiscLabel(label);
      if (openMisc && (!isMisc || label.startsWith('B-'))) {
        misc.push(openMisc);
        openMisc = undefined;
      }
      if (isMisc) {
        if (!openMisc) openMisc = { start, end: text.length };
        else openMisc.end = text.length;
      }
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
    if (openMisc) misc.push(openMisc);
  }
  return { text, gold, misc };
}

function isMiscLabel(label: string): boolean {
  const t = label.replace(/^[BI]-/, '');
  return t === 'MISC' || t === 'Nationality';
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

/** re3d documents (all sources, files in name order within each source folder). */
export function re3dDocs(): NerDoc[] {
  const out: NerDoc[] = [];
  const dir = join(nerDataDir, 're3d');
  for (const source of readdirSync(dir).sort()) {
    const d = join(dir, source);
    if (!statSync(d).isDirectory()) continue;
    readdirSync(d)
      .filter((x) => x.endsWith('.conll'))
      .sort()
      .forEach((f, index) => out.push({ ...toDoc(readSentences(join(d, f))), source, index }));
  }
  return out;
}

/**
 * re3d's held-out part: all of its Wikipedia source (CC BY-SA 3.0, so never trained on)
 * and every third document (index % 3 === 0) of each other source. The rest
 * (public domain, OGL v3, CC BY 3.0 AU) may be trained on.
 */
export const isRe3dHeldOut = (doc: NerDoc) => doc.source === 'Wikipedia' || (doc.index ?? 0) % 3 === 0;

/** Honorifics and ranks re3d keeps inside person spans ("Spc. Lorraine Walsh"); CoNLL leaves them out. */
const LEADING_TITLES = new RegExp(
  String.raw`^(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Spc|Pfc|Cpl|Adm|Cmdr|` +
    String.raw`Sen|Rep|Gov|Pres|Prof|Rev|Staff|Master|Command|Chief|First|Private|` +
    String.raw`Specialist|Corporal|Sergeant|Lieutenant|Colonel|General|Major|` +
    String.raw`Captain|Admiral|Commander|President|Prime|Minister|Secretary|` +
    String.raw`Foreign|Defence|Defense|Deputy|Vice|Ambassador|Senator|Governor|` +
    String.raw`King|Queen|Prince|Sheikh|Mayor)\.?$`,
);
const CONNECTORS = new Set([
  'of',
  'and',
  'for',
  'de',
  'al',
  'the',
  '&',
  '-',
  'on',
  'in',
  'du',
  'la',
  'bin',
  'ibn',
  'van',
  'von',
]);

/**
 * re3d read with CoNLL's conventions, for evaluation: a gold span loses leading
 * lowercase words ("the"), leading titles on people, and trailing punctuation; a span
 * that still holds a lowercase content word ("U.S. service members", "them") is no
 * name in CoNLL's sense and becomes an ignored region (a prediction overlapping it
 * counts neither way). Returns the document with `ignore` set.
 */
export function conllStyle(doc: NerDoc): NerDoc & { ignore: { start: number; end: number }[] } {
  const gold: NerDoc['gold'] = [];
  const ignore: { start: number; end: number }[] = [];
  for (const g of doc.gold) {
    const words: { w: string; start: number; end: number }[] = [];
    let pos = g.start;
    for (const w of doc.text.slice(g.start, g.end).split(' ')) {
      words.push({ w, start: pos, end: pos + w.length });
      pos += w.length + 1;
    }
    let a = 0;
    let b = words.length;
    while (
      a < b &&
      (/^\p{Ll}/u.test(words[a].w) || (g.type === 'PER' && LEADING_TITLES.test(words[a].w)) || /^The$/.test(words[a].w))
    )
      a++;
    while (b > a && !/[\p{L}\p{N}]/u.test(words[b - 1].w)) b--;
    const rest = words.slice(a, b);
    if (
      !rest.length ||
      rest.some((x) => /^\p{Ll}/u.test(x.w) && !CONNECTORS.has(x.w)) ||
      rest.some((x) => x.w === ',')
    ) {
      ignore.push({ start: g.start, end: g.end });
      continue;
    }
    gold.push({ start: rest[0].start, end: rest[rest.length - 1].end, type: g.type });
  }
  return { ...doc, gold, ignore };
}
