import { createHash } from 'node:crypto';
import { BoilerplateModel } from './boilerplate/boilerplate-model';
import { extractFromHtml } from './html/html-extract';
import { ArticleMetadata, emptyMetadata } from './metadata/article-metadata';
import { splitByline } from './metadata/author-names';
import { canonicaliseUrl } from './metadata/canonical-url';
import { findVisibleDate } from './metadata/dates';
import { classifyScrapedText } from './plain/line-classifier';
import { decodeWithoutMarkup } from './markup/strip-tags';
import { countWords, joinParagraphs, normaliseInline, titleText, toParagraphs } from './text-normalise';

/** Block tags that leak into plain-text bodies end a line; every other tag goes, and decoding never leaves markup. */
const plainBody = (text: string): string => decodeWithoutMarkup(text.replace(/<\/?(?:p|div|br|li|h[1-6]|tr|blockquote)\b[^>]*>/gi, '\n'), 1);

export interface CleanInput {
  body: string;
  contentType: 'text/html' | 'text/plain';
  title?: string;
  url?: string;
  /** Source id: the key for learned per-source chrome. */
  source?: string;
}

export interface CleanOptions {
  /**
   * Learned per-source chrome. When given with `input.source`, the article's
   * candidate paragraphs are learned (unless `learn` is false) and paragraphs
   * the model knows as the source's chrome are removed.
   */
  boilerplate?: BoilerplateModel;
  learn?: boolean;
  /** Key that makes re-sent versions of one article count once when learning (defaults to url, then content). */
  documentKey?: string;
}

export type CleanFlag = 'empty_after_cleaning' | 'too_short' | 'extraction_fallback_used' | 'title_missing';

export interface CleanResult {
  title: string;
  /** Clean body: paragraphs separated by a blank line. */
  text: string;
  paragraphs: string[];
  wordCount: number;
  /** sha256 (hex) of `text`. */
  contentHash: string;
  qualityFlags: CleanFlag[];
  metadata: ArticleMetadata;
}

/** Bodies above this many characters are cut before parsing: a bound on time and memory per article. */
export const MAX_BODY_CHARS = 3_000_000;
const TOO_SHORT_WORDS = 50;

/** Pure: raw article body in, clean text out. No I/O, no framework (the optional model is plain state). */
export function cleanArticle(input: CleanInput, options: CleanOptions = {}): CleanResult {
  if (typeof input?.body !== 'string') throw new TypeError('cleanArticle: body must be a string');
  if (input.contentType !== 'text/html' && input.contentType !== 'text/plain') {
    throw new TypeError(`cleanArticle: unsupported contentType ${String(input.contentType)}`);
  }
  const body = input.body.length > MAX_BODY_CHARS ? input.body.slice(0, MAX_BODY_CHARS) : input.body;
  let paragraphs: string[];
  let title = titleText(input.title ?? '');
  let fallbackUsed = false;
  let metadata: ArticleMetadata;
  if (input.contentType === 'text/html') {
    const extracted = extractFromHtml(body, title || null, input.url);
    paragraphs = extracted.paragraphs;
    fallbackUsed = extracted.fallbackUsed;
    metadata = extracted.metadata;
    if (!title) title = stripSiteName(normaliseInline(metadata.title ?? extracted.readabilityTitle ?? ''), metadata.siteName);
    if (metadata.authors.length === 0 && extracted.byline) metadata.authors = splitByline(extracted.byline);
    metadata.publishedAt ??= findVisibleDate(extracted.topLines);
  } else {
    const lines = toParagraphs(plainBody(body), true);
    const classified = classifyScrapedText(lines, { title: title || null });
    paragraphs = classified.paragraphs;
    if (!title && classified.detectedTitle) title = normaliseInline(classified.detectedTitle);
    metadata = { ...emptyMetadata(), canonicalUrl: canonicaliseUrl(input.url), publishedAt: findVisibleDate(lines.slice(0, 15)) };
  }
  metadata.title ??= title || null;
  if (!metadata.canonicalUrl) metadata.canonicalUrl = canonicaliseUrl(input.url);
  // Entities or tags that survive as text (double-escaped pages, feeds that escape twice) are removed last.
  paragraphs = paragraphs.map((p) => (/[<&]/.test(p) ? normaliseInline(decodeWithoutMarkup(p, 1)) : p)).filter((p) => p.length > 0);
  const titleKey = title.toLowerCase();
  paragraphs = paragraphs.filter((p, i) => !(i < 3 && p.toLowerCase() === titleKey));
  if (options.boilerplate && input.source) {
    const key = options.documentKey ?? metadata.canonicalUrl ?? createHash('sha1').update(paragraphs.join('\n')).digest('hex');
    if (options.learn !== false) options.boilerplate.learn(input.source, key, paragraphs);
    const filtered = options.boilerplate.filter(input.source, paragraphs);
    // Learned chrome never empties an article: if every line "recurs", this is a re-sent or
    // templated story (or the model is wrong), and losing the body is worse than keeping chrome.
    if (filtered.length > 0) paragraphs = filtered;
  }
  const text = joinParagraphs(paragraphs);
  const wordCount = countWords(text);
  const qualityFlags: CleanFlag[] = [];
  if (!text) qualityFlags.push('empty_after_cleaning');
  else if (wordCount < TOO_SHORT_WORDS) qualityFlags.push('too_short');
  if (fallbackUsed) qualityFlags.push('extraction_fallback_used');
  if (!title) qualityFlags.push('title_missing');
  return {
    title,
    text,
    paragraphs,
    wordCount,
    contentHash: createHash('sha256').update(text, 'utf8').digest('hex'),
    qualityFlags,
    metadata,
  };
}

/** "Headline | Site" / "Headline - Site" / "Site: Headline" → "Headline", when the site name is known. */
export function stripSiteName(title: string, siteName: string | null): string {
  if (!siteName || title.length <= siteName.length + 3) return title;
  const site = siteName.toLowerCase();
  const lower = title.toLowerCase();
  for (const sep of [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ']) {
    if (lower.endsWith(`${sep}${site}`)) return title.slice(0, title.length - sep.length - site.length).trim();
    if (lower.startsWith(`${site}${sep}`)) return title.slice(site.length + sep.length).trim();
  }
  return title;
}
