/**
 * Text normalisation shared by every cleaning path: Unicode NFC, no control
 * characters, single spaces inside a paragraph, paragraphs separated by one
 * blank line.
 */

// C0/C1 controls except tab and newlines, plus zero-width and bidi marks that scrapers leave behind.
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200D\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/g;
const INLINE_SPACE = /[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

export function normaliseInline(text: string): string {
  return text.normalize('NFC').replace(CONTROL_CHARS, '').replace(INLINE_SPACE, ' ').trim();
}

/** Splits text into paragraphs on blank lines (or single newlines when `lineIsParagraph`). */
export function toParagraphs(text: string, lineIsParagraph = false): string[] {
  const unified = text.replace(/\r\n?/g, '\n').replace(/[\u2028\u2029]/g, '\n');
  const parts = lineIsParagraph ? unified.split(/\n+/) : unified.split(/\n\s*\n+/);
  return parts.map((p) => normaliseInline(p.replace(/\n/g, ' '))).filter((p) => p.length > 0);
}

export function joinParagraphs(paragraphs: string[]): string {
  return paragraphs.join('\n\n');
}

export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu);
  return m ? m.length : 0;
}
