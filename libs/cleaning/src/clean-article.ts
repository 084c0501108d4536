import { createHash } from 'node:crypto';
import { htmlToParagraphs } from './html-to-paragraphs';
import { countWords, joinParagraphs, normaliseInline, toParagraphs } from './text-normalise';

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
  const extracted =
    input.contentType === 'text/html'
      ? htmlToParagraphs(input.body)
      : { paragraphs: toParagraphs(input.body), title: null as string | null };
  const title = normaliseInline(input.title ?? extracted.title ?? '');
  // A title repeated as the body's first paragraphs is chrome, not story.
  const paragraphs = [...extracted.paragraphs];
  while (title && paragraphs.length > 0 && paragraphs[0] === title) paragraphs.shift();
  const text = joinParagraphs(paragraphs);
  const wordCount = countWords(text);
  const qualityFlags: CleanFlag[] = [];
  if (!text) qualityFlags.push('empty_after_cleaning');
  else if (wordCount < TOO_SHORT_WORDS) qualityFlags.push('too_short');
  if (!title) qualityFlags.push('title_missing');
  return { title, text, wordCount, contentHash: createHash('sha256').update(text, 'utf8').digest('hex'), qualityFlags };
}
