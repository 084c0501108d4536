import { CommentMarker, commentMarker, Evidence, isSectionHeader } from './chrome-evidence';
import { LineFeatures } from './line-features';

/**
 * Chrome found from a line's neighbours rather than the line alone: menus
 * whose items sit on lines of their own, the teasers under a "Related" header,
 * reader comments, and blocks of short lines at the top or bottom of a text
 * that hold a notice. All of it rests on structure (position, shortness,
 * runs), never on the language.
 */

export interface ContextLine {
  text: string;
  features: LineFeatures;
  evidence: Evidence;
  /** Line repeats the title (strong evidence, but not a reason to drop the lines around it). */
  isTitle: boolean;
  /** A table (results, agate, market data): story, never chrome. */
  locked: boolean;
}

function setChrome(l: ContextLine): void {
  if (!l.locked) l.evidence = 'strong';
}

/** A line with the shape of prose: a story line ends a run of teasers, comments or edge chrome. */
function isProse(f: LineFeatures, strict: boolean): boolean {
  if (f.words >= 30) return true;
  return !strict && f.words >= 15 && f.endsSentence;
}

/** Weak lines (a lone "Share", "Home") are chrome when chrome sits next to them. */
export function resolveWeakRuns(lines: ContextLine[]): void {
  const chrome = (i: number) => i >= 0 && i < lines.length && lines[i].evidence !== null && !lines[i].isTitle;
  const promote: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].evidence === 'weak' && (chrome(i - 1) || chrome(i + 1))) promote.push(i);
  }
  for (const i of promote) setChrome(lines[i]);
  for (const l of lines) if (l.evidence === 'weak') l.evidence = null;
}

/** The lines after a chrome-section header are other stories' headlines and teasers, until prose again. */
export function markChromeSections(lines: ContextLine[], page: boolean): void {
  for (let i = 0; i < lines.length; i++) {
    if (!isSectionHeader(lines[i].text, lines[i].features)) continue;
    for (let j = i + 1; j < Math.min(lines.length, i + 13); j++) {
      const l = lines[j];
      if (l.locked || isProse(l.features, page) || isSectionHeader(l.text, l.features)) break;
      setChrome(l);
    }
  }
}

/**
 * Reader comments start where comment markers cluster (three within twelve
 * lines; outside a page, of at least two kinds: a signature, a timestamp,
 * "Reply", so that quotes introduced by "She said:" are not comments); from
 * there on the text is comments. Returns the index they start at, or -1.
 */
export function commentsStart(lines: ContextLine[], page: boolean, from = 0, to = lines.length - 1): number {
  const markers: CommentMarker[] = lines.map((l, i) =>
    i >= from && i <= to ? commentMarker(l.text, l.features) : null,
  );
  for (let i = from; i <= to; i++) {
    if (!markers[i]) continue;
    const kinds = new Set<CommentMarker>();
    let count = 0;
    for (let j = i; j <= Math.min(to, i + 12); j++) {
      if (markers[j]) {
        count++;
        kinds.add(markers[j]);
      }
    }
    if (count >= 3 && (page || kinds.size >= 2)) return i;
  }
  return -1;
}

/** Text of unknown origin: everything from the first cluster of comment markers on is comments. */
export function markComments(lines: ContextLine[]): void {
  const start = commentsStart(lines, false);
  if (start >= 0) for (let i = start; i < lines.length; i++) setChrome(lines[i]);
}

function isHeadlineShaped(f: LineFeatures): boolean {
  return f.words >= 3 && f.words <= 30 && !f.endsSentence && !f.endsColon;
}

/** Short lines, or chrome: what a page puts around its story (menus, labels, sign-offs). */
const isMinor = (l: ContextLine): boolean =>
  !l.locked &&
  ((l.evidence !== null && !l.isTitle) ||
    (l.features.words <= 12 && !(l.features.endsSentence && l.features.words >= 8)));

/**
 * A block of minor lines at the very top or bottom of the text that holds a
 * notice is chrome as a whole: "Sorry for the inconvenience…" and "RT Team."
 * after a comment-section notice, a date and a share bar above the story.
 */
export function markEdgeBlocks(lines: ContextLine[]): void {
  const mark = (from: number, to: number, step: 1 | -1) => {
    let hasNotice = false;
    let i = from;
    for (; i !== to && isMinor(lines[i]); i += step)
      if (lines[i].evidence === 'strong' && !lines[i].isTitle) hasNotice = true;
    if (!hasNotice) return;
    // The story's own headline sits right above it: the top block ends before it.
    if (
      step === 1 &&
      i !== to &&
      i - 1 > from &&
      lines[i - 1].evidence === null &&
      isHeadlineShaped(lines[i - 1].features)
    )
      i--;
    for (let j = from; j !== i; j += step) if (!lines[j].isTitle) setChrome(lines[j]);
  };
  if (lines.length === 0) return;
  mark(0, lines.length, 1);
  mark(lines.length - 1, -1, -1);
}
