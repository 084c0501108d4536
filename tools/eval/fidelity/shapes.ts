import { SentenceCursor } from './sentences';

/**
 * The shapes wire copy comes in, built from a language's sentences as
 * structured blocks; carriers.ts renders them as plain text or HTML.
 */

export type Block =
  | { kind: 'paragraph'; text: string }
  /** Rows of cells: plain text aligns them in columns, HTML makes a <table>. */
  | { kind: 'table'; rows: string[][] }
  | { kind: 'list'; items: string[] }
  /** Column-aligned results lines (agate): plain text as is, HTML in a <pre>. */
  | { kind: 'agate'; lines: string[][] };

export interface Doc {
  title: string;
  blocks: Block[];
}

export const SHAPES = ['flash', 'brief', 'article', 'agate', 'market', 'list', 'qa', 'correction', 'longform'] as const;
export type Shape = (typeof SHAPES)[number];

const paragraph = (text: string): Block => ({ kind: 'paragraph', text });

/** A short label taken from a sentence (a team, an index, a party): its first two or three words, or characters. */
function label(sentence: string): string {
  const words = sentence
    .replace(/[.,;:!?。，、！？«»“”"()]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length >= 2) return words.slice(0, Math.min(3, words.length)).join(' ').slice(0, 28);
  return Array.from(sentence).slice(0, 4).join('');
}

const titleOf = (cur: SentenceCursor): string => label(cur.take()[0]);

function agate(cur: SentenceCursor): Doc {
  const title = titleOf(cur);
  const lines = Array.from({ length: 8 }, (_, i) => {
    const [a, b] = cur.take(2).map(label);
    return [a, String((i * 7) % 5), b, String((i * 3) % 4)];
  });
  return { title, blocks: [paragraph(cur.take()[0]), { kind: 'agate', lines }] };
}

function market(cur: SentenceCursor): Doc {
  const title = titleOf(cur);
  const header = [label(cur.take()[0]), 'Close', 'Change', '%'];
  const rows = Array.from({ length: 6 }, (_, i) => {
    const close = (10_000 + i * 1_234.5).toFixed(2);
    const change = ((i % 2 ? -1 : 1) * (12.3 + i)).toFixed(2);
    return [label(cur.take()[0]), close, change, `${((i % 2 ? -1 : 1) * (0.4 + i / 10)).toFixed(2)}%`];
  });
  return { title, blocks: [paragraph(cur.take()[0]), { kind: 'table', rows: [header, ...rows] }] };
}

function paragraphs(cur: SentenceCursor, count: number, sentences = 3): Block[] {
  return Array.from({ length: count }, () => paragraph(cur.take(sentences).join(' ')));
}

/** Paragraphs of three sentences until the piece holds at least `words` words. */
function longform(cur: SentenceCursor, words: number, count: (s: string) => number): Doc {
  const title = titleOf(cur);
  const blocks: Block[] = [];
  let total = 0;
  while (total < words) {
    const text = cur.take(3).join(' ');
    total += count(text);
    blocks.push(paragraph(text));
  }
  return { title, blocks };
}

/** One document of a shape, from a cursor over the language's sentences. */
export function buildShape(shape: Shape, cur: SentenceCursor, countWords: (s: string) => number): Doc {
  switch (shape) {
    case 'flash':
      return { title: titleOf(cur), blocks: [paragraph(cur.take()[0])] };
    case 'brief':
      return { title: titleOf(cur), blocks: paragraphs(cur, 2, 1) };
    case 'article':
      return { title: titleOf(cur), blocks: paragraphs(cur, 10) };
    case 'agate':
      return agate(cur);
    case 'market':
      return market(cur);
    case 'list':
      return {
        title: titleOf(cur),
        blocks: [paragraph(cur.take()[0]), { kind: 'list', items: cur.take(6) }, paragraph(cur.take()[0])],
      };
    case 'qa':
      return { title: titleOf(cur), blocks: cur.take(8).map((s, i) => paragraph(`${i % 2 === 0 ? 'Q' : 'A'}: ${s}`)) };
    case 'correction':
      return {
        title: titleOf(cur),
        blocks: [paragraph('CORRECTION'), paragraph(`(${cur.take()[0]})`), ...paragraphs(cur, 3)],
      };
    case 'longform':
      return longform(cur, 5000, countWords);
  }
}
