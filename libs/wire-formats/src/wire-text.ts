/**
 * Shared by the readers of line-based wire formats (ANPA 1312, AAP's ZCZC
 * framing, IPTC 7901): control characters, hard-wrapped prose and tables.
 * The text stays plain text: prose lines wrapped at ~69 characters are
 * joined into paragraphs, and tables (agate, results, market data) keep
 * every line and every column as sent.
 */

export const SOH = '\u0001';
export const STX = '\u0002';
export const ETX = '\u0003';
export const EOT = '\u0004';

/** Control characters other than line breaks and tabs carry framing or typesetting, not text. */
export function withoutControls(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ');
}

/** Lines of a text with any line break convention (CR LF, LF, or CR alone as AAP sends). */
export function linesOf(s: string): string[] {
  return s.split(/\r\n|\r|\n/).map((l) => l.replace(/\s+$/, ''));
}

/** A line of a table: columns separated by runs of spaces, a tab or a bar, or a line of mostly figures. */
function isTableLine(line: string): boolean {
  const t = line.trim();
  if (t === '') return false;
  if (/\S( {2,}|\t|\|)\S/.test(t)) return true;
  const figures = (t.match(/[\d.,:$%+-]/g) ?? []).length;
  return figures / t.length > 0.35;
}

/** True when most lines of a block are table lines (or short lines, as in results and lists). */
export function isTabular(block: string[]): boolean {
  const lines = block.filter((l) => l.trim() !== '');
  if (lines.length < 2) return false;
  const table = lines.filter(isTableLine).length;
  const short = lines.filter((l) => l.trim().length < 45).length;
  return table / lines.length >= 0.5 || short / lines.length >= 0.8;
}

/** A line that starts a paragraph in wire copy: indented, as agencies mark paragraphs. */
const INDENTED = /^(\t| {2,})\S/;

/** Prose lines joined into paragraphs (an indented or post-blank line starts one; a short line ends one). */
function reflow(block: string[]): string[] {
  const paragraphs: string[] = [];
  let current = '';
  for (const line of block) {
    const t = line.trim();
    if (current !== '' && INDENTED.test(line)) {
      paragraphs.push(current);
      current = '';
    }
    current = current === '' ? t : `${current} ${t}`;
    if (t.length < 40) {
      paragraphs.push(current);
      current = '';
    }
  }
  if (current !== '') paragraphs.push(current);
  return paragraphs;
}

/**
 * Lines wrapped at a fixed width (ANPA and IPTC 7901 wrap at 60-80
 * characters) rather than one paragraph per line as AAP sends them.
 */
function isHardWrapped(block: string[]): boolean {
  const lines = block.slice(0, -1).map((l) => l.trim().length);
  if (lines.length === 0 || Math.max(...block.map((l) => l.trim().length)) > 85) return false;
  return lines.filter((n) => n >= 50).length / lines.length >= 0.6;
}

/**
 * The story as plain text: blocks (runs of non-blank lines) that are tables
 * keep their lines exactly; hard-wrapped prose is reflowed into paragraphs,
 * one per line; other lines stay the paragraphs they are. Blocks are
 * separated by a blank line.
 */
export function storyText(lines: string[]): string {
  const blocks: string[][] = [];
  let block: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') {
      if (block.length > 0) blocks.push(block);
      block = [];
    } else block.push(line);
  }
  if (block.length > 0) blocks.push(block);
  return blocks
    .map((b) =>
      isTabular(b)
        ? b.map((l) => l.replace(/\s+$/, '')).join('\n')
        : isHardWrapped(b)
          ? reflow(b).join('\n')
          : b.map((l) => l.trim()).join('\n'),
    )
    .join('\n\n')
    .replace(/^\n+|\s+$/g, '');
}

/**
 * A dateline opening the first paragraph ("SAITAMA, Japan, Dec. 9 Kyodo -", "Luxembourg (dpa) -", "MELBOURNE, March 3
 * AAP -").
 */
const DATELINE = new RegExp(
  String.raw`^([A-ZÀ-Ý][\p{L} .'’-]{1,40}(?:,[\p{L}\d .'’-]{1,40}){0,3}\s*(?:\((?:[\p{L} ]{1,20})\)\s*(?:--|` +
    String.raw`-|–|—)?|(?:AAP|Kyodo|AP|Reuters|AFP|dpa|NTB|TT)\s*(?:--|-|–|—))(?:\s|` +
    String.raw`$))`,
  'u',
);

export function datelineOf(firstParagraph: string | undefined): string | undefined {
  const m = firstParagraph ? DATELINE.exec(firstParagraph.trim()) : null;
  return m ? m[1].trim() : undefined;
}
