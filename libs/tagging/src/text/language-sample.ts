/**
 * The part of a long text that language detection reads. A few hundred words settle
 * a text's language, and detection costs time in proportion to what it reads (figures:
 * docs/tagging.md), so a long text is cut down to three
 * stretches, from its start, its middle and its end, each cut at spaces: a text that
 * changes language part-way still shows both, and is still called mixed (`und`).
 */
export const LANGUAGE_SAMPLE_CHARS = 2_400;

const STRETCHES = 3;
const SEPARATOR = '\n\n';

export function languageSample(text: string, maxChars = LANGUAGE_SAMPLE_CHARS): string {
  if (text.length <= maxChars) return text;
  const budget = Math.floor((maxChars - SEPARATOR.length * (STRETCHES - 1)) / STRETCHES);
  const starts = [0, Math.floor((text.length - budget) / 2), text.length - budget];
  const stretches: string[] = [];
  for (const from of starts) {
    // Start after a space (not inside a word) and end before one.
    const start = from === 0 ? 0 : nextSpace(text, from) + 1;
    let end = Math.min(text.length, start + budget);
    if (end < text.length) end = lastSpace(text, end, start);
    const stretch = text.slice(start, end).trim();
    if (stretch) stretches.push(stretch);
  }
  return stretches.join(SEPARATOR);
}

const SPACE = /\s/;

function nextSpace(text: string, from: number): number {
  for (let i = from - 1; i < text.length; i++) if (i >= 0 && SPACE.test(text[i])) return i;
  return text.length;
}

/** The last space in (start, end], or `start` when there is none (one unbroken run). */
function lastSpace(text: string, end: number, start: number): number {
  for (let i = end; i > start; i--) if (SPACE.test(text[i])) return i;
  return start;
}
