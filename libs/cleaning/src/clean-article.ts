import { createHash } from 'node:crypto';
import { extractFromHtml } from './html/html-extract';
import { classifyLines } from './plain/line-classifier';
import { countWords, joinParagraphs, normaliseInline, stripMarkupFromText, toParagraphs } from './text-normalise';

export interface CleanInput {
  body: string;
  contentType: 'text/html' | 'text/plain';
  title?: string;
  url?: string;
}

export type CleanFlag = 'empty_after_cleaning' | 'too_short' | 'extraction_fallback_used' | 'title_missing';

export interface CleanResult {
  title: string;
  /** Clean body: paragraphs separated by a blank line. */
  text: string;
  wordCount: number;
  /** sha256 (hex) of `text`. */
  contentHash: string;
  qualityFlags: CleanFlag[];
}

const TOO_SHORT_WORDS = 50;

/** Pure: raw article body in, clean text out. No I/O, no framework. */
export function cleanArticle(input: CleanInput): CleanResult {
  let paragraphs: string[];
  let title = normaliseInline(input.title ?? '');
  let fallbackUsed = false;
  if (input.contentType === 'text/html') {
    const extracted = extractFromHtml(input.body, title || null);
    paragraphs = extracted.paragraphs;
    fallbackUsed = extracted.fallbackUsed;
    if (!title && extracted.readabilityTitle) title = normaliseInline(extracted.readabilityTitle);
  } else {
    paragraphs = classifyLines(toParagraphs(stripMarkupFromText(input.body), true), { title: title || null });
  }
  while (title && paragraphs.length > 0 && paragraphs[0] === title) paragraphs.shift();
  const text = joinParagraphs(paragraphs);
  const wordCount = countWords(text);
  const qualityFlags: CleanFlag[] = [];
  if (!text) qualityFlags.push('empty_after_cleaning');
  else if (wordCount < TOO_SHORT_WORDS) qualityFlags.push('too_short');
  if (fallbackUsed) qualityFlags.push('extraction_fallback_used');
  if (!title) qualityFlags.push('title_missing');
  return { title, text, wordCount, contentHash: createHash('sha256').update(text, 'utf8').digest('hex'), qualityFlags };
}
