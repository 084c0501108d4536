import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Sentence pools for the fidelity corpus: the 24 languages of
 * `<shared>/datasets/multilingual-dev/` (Leipzig Wortschatz news and web
 * sentences). Its `ja.txt` is empty and `zh.txt` short, so Japanese comes from
 * our own clean copy (data/ja.txt) and Chinese is topped up (data/zh-extra.txt).
 */

export const FIDELITY_LANGUAGES = [
  'en',
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'nl',
  'sv',
  'da',
  'nb',
  'fi',
  'pl',
  'cs',
  'ru',
  'uk',
  'tr',
  'ar',
  'fa',
  'he',
  'hi',
  'ja',
  'zh',
  'ko',
  'el',
] as const;

export type FidelitySplit = 'dev' | 'heldout';

const OWN_COPY: Record<string, string> = { ja: 'ja.txt', zh: 'zh-extra.txt' };

/**
 * Web leftovers are not clean copy: a sentence with markup, character
 * references (`&#154;`, `<`), control characters (mis-decoded Windows-1252,
 * "l\u0092ordre") or a stray byte-order mark inside it is left out, so every
 * case is text a wire could send.
 */
const NOT_CLEAN = /[<>\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\uFEFF]|&#?[a-z0-9]+;/i;

function lines(file: string): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !NOT_CLEAN.test(l));
}

/**
 * The sentences of one language for one split: sentences in file order, every
 * 4th (index 3, 7, 11, …) held out, so dev and held-out cases never share a sentence.
 */
export function sentencePool(sharedDir: string, language: string, split: FidelitySplit): string[] {
  return cleanSentences(sharedDir, language).filter((_, i) => (i % 4 === 3) === (split === 'heldout'));
}

/** Every clean sentence of one language, in file order (the shared file's, then our own copy's). */
export function cleanSentences(sharedDir: string, language: string): string[] {
  const all = [...lines(join(sharedDir, 'datasets', 'multilingual-dev', `${language}.txt`))];
  const own = OWN_COPY[language];
  if (own) all.push(...lines(join(__dirname, 'data', own)));
  return all;
}

/** An endless, deterministic walk through a pool (a 5,000-word piece needs more sentences than some pools have). */
export class SentenceCursor {
  private next = 0;

  constructor(private readonly pool: string[]) {
    if (pool.length === 0) throw new Error('empty sentence pool');
  }

  take(n = 1): string[] {
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(this.pool[this.next++ % this.pool.length]);
    return out;
  }
}
