import { CorpusArticle, Split } from './corpus';

/**
 * Known-item queries: a few words of one article, whose right answer is that
 * article. Deterministic (a PRNG seeded by the article's key).
 *
 * - `title`   English: 3–5 consecutive words of the headline, one of them in
 *             another form (`slogans` for `slogan`, `rally` for `rallies`).
 * - `body`    English: the 4 rarest words of a body sentence, in order.
 * - `sentence` every language: 3 consecutive words of a body sentence, two of
 *             them at least 4 letters long (Chinese and Japanese: the
 *             characters of 3 consecutive words, typed without spaces); two
 *             per article, from different sentences.
 * - `name`    English: a capitalised name in the body, with the rarest other word of its sentence.
 * - `unit`    every language: a number glued to its unit or a word/word pair
 *             (`43km/h`, `Speakerboxxx/The`), typed as its first part, with the
 *             rarest other word of its sentence.
 */

export type QueryType = 'title' | 'body' | 'sentence' | 'name' | 'unit';
export const QUERY_TYPES: QueryType[] = ['title', 'body', 'sentence', 'name', 'unit'];

export interface KnownItemQuery {
  articleKey: string;
  type: QueryType;
  language: string;
  split: Split;
  text: string;
}

const UNSPACED_LANGUAGES = new Set(['zh', 'ja']);
const STOP = new Set(
  (
    'a an the and or but of in on at to for from by with as is are was were be been has have had it its this ' +
    'that these those he she they we you i not no his her their our will would can could said says after ' +
    'before over into than then out up about more most'
  ).split(' '),
);
const UNIT_OR_PAIR = /^(?:\p{N}[\p{N}.,]*\p{L}{1,4}(?:\/\p{L}{1,3})?|\p{L}{2,}\/\p{L}{2,})$/u;

function rng(key: string): () => number {
  let seed = 0;
  for (const c of key) seed = (Math.imul(seed, 31) + c.charCodeAt(0)) | 0;
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const segmenter = new Intl.Segmenter('und', { granularity: 'word' });

/** A word with its place in the sentence (so unspaced scripts can be typed back as written). */
interface Word {
  text: string;
  start: number;
  end: number;
}

/** Words of a sentence: spaced tokens without their outer punctuation, or the segmenter's words. */
export function wordsOf(sentence: string, language: string): Word[] {
  if (UNSPACED_LANGUAGES.has(language)) {
    return [...segmenter.segment(sentence)]
      .filter((s) => s.isWordLike)
      .map((s) => ({ text: s.segment, start: s.index, end: s.index + s.segment.length }));
  }
  const out: Word[] = [];
  for (const m of sentence.matchAll(/\S+/g)) {
    const inner = /^[^\p{L}\p{N}]*(.*?)[^\p{L}\p{M}\p{N}%]*$/u.exec(m[0])![1];
    if (/[\p{L}\p{N}]/u.test(inner))
      out.push({
        text: inner,
        start: m.index + m[0].indexOf(inner),
        end: m.index + m[0].indexOf(inner) + inner.length,
      });
  }
  return out;
}

export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|(?<=[。！？])\s*|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

const contentWord = (w: string, language: string) =>
  UNSPACED_LANGUAGES.has(language)
    ? w.length >= 2
    : (w.match(/\p{L}/gu)?.length ?? 0) >= 4 && !STOP.has(w.toLowerCase());

/** Another form of an English word: singular ↔ plural. */
export function inflect(word: string): string {
  const w = word;
  if (/ies$/i.test(w)) return w.slice(0, -3) + 'y';
  if (/(sses|shes|ches|xes)$/i.test(w)) return w.slice(0, -2);
  if (/[^su]s$/i.test(w)) return w.slice(0, -1);
  if (/[^aeiou]y$/i.test(w)) return w.slice(0, -1) + 'ies';
  if (/(s|x|ch|sh)$/i.test(w)) return w + 'es';
  return w + 's';
}

const pick = <T>(r: () => number, list: T[]): T | undefined =>
  list.length ? list[Math.floor(r() * list.length)] : undefined;

export class QueryMaker {
  private readonly df = new Map<string, number>();

  constructor(articles: CorpusArticle[]) {
    for (const a of articles) {
      const seen = new Set(wordsOf(`${a.title} ${a.body}`, a.reportLanguage).map((w) => w.text.toLowerCase()));
      for (const w of seen) this.df.set(w, (this.df.get(w) ?? 0) + 1);
    }
  }

  private rarity = (w: string) => this.df.get(w.toLowerCase()) ?? 0;

  private rarest(words: Word[], n: number, language: string, except: Set<string> = new Set()): Word[] {
    const candidates = words.filter((w) => contentWord(w.text, language) && !except.has(w.text.toLowerCase()));
    const chosen = new Set(
      [...candidates].sort((a, b) => this.rarity(a.text) - this.rarity(b.text) || a.start - b.start).slice(0, n),
    );
    return words.filter((w) => chosen.has(w));
  }

  queriesFor(a: CorpusArticle): KnownItemQuery[] {
    const r = rng(a.key);
    const lang = a.reportLanguage;
    const make = (type: QueryType, text: string | undefined): KnownItemQuery[] =>
      text ? [{ articleKey: a.key, type, language: lang, split: a.split, text }] : [];
    const sentences = sentencesOf(a.body).map((s) => ({ s, words: wordsOf(s, lang) }));
    const out: KnownItemQuery[] = [];
    const used = new Set<number>();
    for (let k = 0; k < 2; k++) {
      const options = sentences.map((x, i) => ({ ...x, i })).filter((x) => !used.has(x.i) && x.words.length >= 3);
      const chosen = pick(r, options);
      if (!chosen) break;
      used.add(chosen.i);
      out.push(...make('sentence', this.sentenceQuery(chosen.s, chosen.words, lang, r)));
    }
    if (lang === 'en') {
      out.push(...make('title', titleQuery(a.title, r)));
      const long = pick(
        r,
        sentences.filter((x) => x.words.filter((w) => contentWord(w.text, lang)).length >= 6),
      );
      if (long)
        out.push(
          ...make(
            'body',
            this.rarest(long.words, 4, lang)
              .map((w) => w.text)
              .join(' '),
          ),
        );
      out.push(...make('name', this.nameQuery(sentences, r)));
    }
    out.push(...make('unit', this.unitQuery(sentences, lang, r)));
    return out;
  }

  private sentenceQuery(sentence: string, words: Word[], lang: string, r: () => number): string | undefined {
    const starts = words
      .slice(0, -2)
      .map((_, i) => i)
      .filter((i) => words.slice(i, i + 3).filter((w) => contentWord(w.text, lang)).length >= 2);
    const i = pick(r, starts);
    if (i === undefined) return undefined;
    const three = words.slice(i, i + 3);
    return UNSPACED_LANGUAGES.has(lang)
      ? sentence.slice(three[0].start, three[2].end)
      : three.map((w) => w.text).join(' ');
  }

  private nameQuery(sentences: Array<{ words: Word[] }>, r: () => number): string | undefined {
    const names: Array<{ name: Word[]; words: Word[] }> = [];
    for (const { words } of sentences) {
      for (let i = 1; i < words.length; i++) {
        let j = i;
        while (j < words.length && j - i < 3 && /^\p{Lu}\p{Ll}+$/u.test(words[j].text)) j++;
        if (j > i && words.slice(i, j).some((w) => w.text.length >= 4)) names.push({ name: words.slice(i, j), words });
        i = j;
      }
    }
    const chosen = pick(r, names);
    if (!chosen) return undefined;
    const other = this.rarest(chosen.words, 1, 'en', new Set(chosen.name.map((w) => w.text.toLowerCase())));
    return [...chosen.name.map((w) => w.text), ...other.map((w) => w.text)].join(' ');
  }

  private unitQuery(sentences: Array<{ words: Word[] }>, lang: string, r: () => number): string | undefined {
    const found = sentences.flatMap(({ words }) =>
      words.filter((w) => UNIT_OR_PAIR.test(w.text)).map((w) => ({ w, words })),
    );
    const chosen = pick(r, found);
    if (!chosen) return undefined;
    const typed = chosen.w.text.split('/')[0];
    const other = this.rarest(chosen.words, 1, lang, new Set([chosen.w.text.toLowerCase()]));
    return [typed, ...other.map((w) => w.text)].join(' ');
  }
}

function titleQuery(title: string, r: () => number): string | undefined {
  const words = wordsOf(title, 'en');
  if (words.length < 3) return undefined;
  const size = Math.min(words.length, 3 + Math.floor(r() * 3));
  const start = Math.floor(r() * (words.length - size + 1));
  const window = words.slice(start, start + size).map((w) => w.text);
  const inflectable = window
    .map((w, i) => ({ w, i }))
    .filter(({ w }) => /^\p{L}{4,}$/u.test(w) && !STOP.has(w.toLowerCase()));
  const target = pick(r, inflectable);
  if (!target) return undefined;
  window[target.i] = inflect(target.w);
  return window.join(' ');
}
