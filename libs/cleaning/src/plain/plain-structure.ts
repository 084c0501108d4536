import { collapseSpaces, normaliseText } from '../text-normalise';

/**
 * The structure of a plain-text body, kept as the sender wrote it:
 * paragraphs at blank lines, hard-wrapped lines (ANPA 1312, IPTC 7901,
 * e-mail: 60–80 columns) joined back into their paragraphs, and tabular
 * blocks (results, agate, market data, election tallies) kept line by line.
 * Nothing is removed: every word of the input is in the output.
 */

export interface TextUnit {
  /** A paragraph, or for a table its rows joined by "\n" with cells separated by "\t". */
  text: string;
  table: boolean;
}

/** Hard wraps are recognised between these widths (characters of the longest line). */
const MIN_WRAP_WIDTH = 30;
const MAX_WRAP_WIDTH = 120;
/** Share of line ends in a block that must look like a wrap (the next word would not have fitted). */
const MIN_WRAPPED_SHARE = 0.6;
/** Wrapping tools leave some slack at the margin: a line that ends within this share of the width still wrapped. */
const WRAP_SLACK = 0.1;
/** A column gap: a tab, or two spaces or more between two non-blank characters. */
const COLUMN_GAP = /\t+| {2,}|\u00A0{2,}/;
const LIST_ITEM = /^\s*(?:[-*•·–—▪◦‣]\s|\(?\d{1,3}[.)]\s|\(?[a-z][.)]\s)/i;
const INDENTED = /^(?:\t| {2,})\S/;
const DIGIT = /\d/;
const SENTENCE_END = /[.!?…。！？؟।]["'”’»)]*$/;

/** Cells of a line that has column gaps, else null. */
function cellsOf(line: string): string[] | null {
  const trimmed = line.trim();
  if (!COLUMN_GAP.test(trimmed)) return null;
  const cells = trimmed
    .split(/\t+| {2,}|\u00A0{2,}/)
    .map((c) => collapseSpaces(c))
    .filter((c) => c.length > 0);
  return cells.length >= 2 ? cells : null;
}

/**
 * A tabular line: at least three cells, or two with a number among them
 * ("Arsenal   2", "DAX   15,234.5"). Sentences spaced with two blanks after
 * a full stop have long cells of words and no digits-only cell.
 */
function isTabular(line: string): boolean {
  const cells = cellsOf(line);
  if (!cells) return false;
  const numeric = cells.filter((c) => DIGIT.test(c) && c.length <= 24).length;
  const longest = cells.reduce((n, c) => Math.max(n, c.length), 0);
  if (cells.length >= 3) return numeric >= 1 || longest <= 40;
  return numeric >= 1 && longest <= 60;
}

const tableRow = (line: string): string => (cellsOf(line) ?? [collapseSpaces(line)]).join('\t');

function firstWordLength(line: string): number {
  const t = line.trimStart();
  const space = t.search(/\s/);
  return space < 0 ? t.length : space;
}

/**
 * Whether a run of lines is hard-wrapped: a greedy wrap at width W ends a line
 * only where the next word would not fit, so for most line ends
 * `length + 1 + next word > W`. Lists of short items or one paragraph per line fail that.
 */
function wrapWidth(lines: string[]): number | null {
  if (lines.length < 3) return null;
  const longest = lines.reduce((n, l) => Math.max(n, l.trim().length), 0);
  if (longest < MIN_WRAP_WIDTH || longest > MAX_WRAP_WIDTH) return null;
  // The width a line must have been filled to: the longest line, less the wrapping tool's slack.
  const width = longest - Math.max(3, Math.round(longest * WRAP_SLACK));
  let wrapped = 0;
  let sentenceEnds = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    if (endedByWrap(lines[i], lines[i + 1], width)) wrapped++;
    if (SENTENCE_END.test(lines[i].trimEnd())) sentenceEnds++;
  }
  // A wrap breaks lines mid-sentence; one sentence per line of similar lengths is not a wrap.
  const pairs = lines.length - 1;
  return wrapped / pairs >= MIN_WRAPPED_SHARE && sentenceEnds / pairs < 0.5 ? width : null;
}

/** The next line's first word would not have fitted on this line: the line ended at the margin. */
const endedByWrap = (line: string, next: string, width: number): boolean =>
  line.trim().length + 1 + firstWordLength(next) > width;

/**
 * Joins a hard-wrapped run into paragraphs: a line that ended early, an indented line or a list item starts a new one.
 */
function unwrap(lines: string[], width: number): string[] {
  const indentedIsNorm = lines.filter((l) => INDENTED.test(l)).length > lines.length / 2;
  const out: string[] = [];
  let current: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const startsNew = current.length > 0 && ((!indentedIsNorm && INDENTED.test(line)) || LIST_ITEM.test(line));
    if (startsNew) {
      out.push(current.join(' '));
      current = [];
    }
    current.push(line.trim());
    const next = lines[i + 1];
    if (next !== undefined && !endedByWrap(line, next, width)) {
      out.push(current.join(' '));
      current = [];
    }
  }
  if (current.length > 0) out.push(current.join(' '));
  return out;
}

/** The units of one block (lines between blank lines). */
function blockUnits(lines: string[]): TextUnit[] {
  const units: TextUnit[] = [];
  let prose: string[] = [];
  const flushProse = () => {
    if (prose.length === 0) return;
    const width = wrapWidth(prose);
    const paragraphs = width === null ? prose : unwrap(prose, width);
    for (const p of paragraphs) {
      const text = collapseSpaces(p);
      if (text) units.push({ text, table: false });
    }
    prose = [];
  };
  let i = 0;
  while (i < lines.length) {
    let j = i;
    while (j < lines.length && isTabular(lines[j])) j++;
    if (j - i >= 2) {
      flushProse();
      units.push({ text: lines.slice(i, j).map(tableRow).join('\n'), table: true });
      i = j;
    } else {
      prose.push(lines[i]);
      i++;
    }
  }
  flushProse();
  return units;
}

/**
 * More lines than any article has (figures: docs/cleaning.md, "Bounded
 * time"): such a body is a dump or an attack. Its blocks (between
 * blank lines) are kept as paragraphs with their line breaks, normalised by a
 * few regular-expression passes over each block instead of work per line.
 */
export const MAX_STRUCTURED_LINES = 20_000;

/** A block's lines, spaces collapsed and blank lines dropped, line breaks kept. */
function blockAsParagraph(block: string): string {
  return block
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n[ \n]*/g, '\n')
    .trim();
}

function countLines(text: string, limit: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && n <= limit; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Plain text → paragraphs and tables, every word kept. */
export function structurePlainText(text: string): TextUnit[] {
  const normalised = normaliseText(text);
  const units: TextUnit[] = [];
  if (countLines(normalised, MAX_STRUCTURED_LINES) > MAX_STRUCTURED_LINES) {
    for (const block of normalised.split(/\n[ \t\u00A0\u3000]*\n/)) {
      const text = blockAsParagraph(block);
      if (text) units.push({ text, table: false });
    }
    return units;
  }
  for (const block of normalised.split(/\n[ \t\u00A0\u3000]*\n/)) {
    const lines = block.split('\n').filter((l) => l.trim().length > 0);
    // A loop, not push(...units): a block of 200,000 lines would overflow the call stack as arguments.
    if (lines.length > 0) for (const unit of blockUnits(lines)) units.push(unit);
  }
  return units;
}
