import { createHash } from 'node:crypto';
import { BoilerplateModel } from './boilerplate/boilerplate-model';
import { removeLearnedChrome } from './boilerplate/learned-chrome';
import { editedPath, htmlPath, PathResult, plainPath, Provenance } from './clean-paths';
import { decodeWithoutMarkup, stripTags } from './markup/strip-tags';
import { hasBlockMarkup } from './markup/markup-evidence';
import { ArticleMetadata } from './metadata/article-metadata';
import { countWords, joinParagraphs, normaliseInline, normaliseLines, titleText } from './text-normalise';

export type { Provenance } from './clean-paths';

export interface CleanInput {
  body: string;
  contentType: 'text/html' | 'text/plain';
  title?: string;
  url?: string;
  /** Source id: the key for learned per-source chrome. */
  source?: string;
  /**
   * How the text was made: `edited` copy (a wire, a CMS) is only normalised;
   * a `scraped` page goes through extraction; `unknown` (the default) keeps
   * every line that carries no evidence of chrome.
   */
  provenance?: Provenance;
}

export interface CleanOptions {
  /**
   * Learned per-source chrome. When given with `input.source`, the article's
   * candidate paragraphs are learned (unless `learn` is false) and paragraphs
   * the model knows as the source's chrome are removed when their shape says
   * chrome too (see boilerplate/learned-chrome.ts).
   */
  boilerplate?: BoilerplateModel;
  learn?: boolean;
  /** Key that makes re-sent versions of one article count once when learning (defaults to url, then content). */
  documentKey?: string;
}

export type CleanFlag =
  'empty_after_cleaning' | 'too_short' | 'extraction_fallback_used' | 'title_missing' | 'cleaning_suspect';

export interface CleanResult {
  title: string;
  /** Clean body: paragraphs separated by a blank line; a table's rows by "\n", its cells by "\t". */
  text: string;
  paragraphs: string[];
  wordCount: number;
  /** Words of the body's text before cleaning removed anything (for a per-source removal metric). */
  inputWords: number;
  /** The provenance the text was cleaned as. */
  provenance: Provenance;
  /** sha256 (hex) of `text`. */
  contentHash: string;
  qualityFlags: CleanFlag[];
  metadata: ArticleMetadata;
}

/** Bodies above this many characters are cut before parsing: a bound on time and memory per article. */
export const MAX_BODY_CHARS = 3_000_000;
const TOO_SHORT_WORDS = 50;
const wordsOf = (paragraphs: string[]): number => paragraphs.reduce((n, p) => n + countWords(p), 0);
/** Cleaning that would remove more than this share of a text's words keeps the text instead (and flags it). */
export const MAX_REMOVED_SHARE = 0.5;

function runPath(body: string, provenance: Provenance, input: CleanInput, title: string): PathResult {
  // A text/plain body with block markup is mislabelled HTML; inline tags alone are stripped from the plain text.
  const html = input.contentType === 'text/html' || hasBlockMarkup(body);
  if (provenance === 'edited') return editedPath(body, html, input.url);
  return html
    ? htmlPath(body, title, input.url, provenance === 'scraped')
    : plainPath(body, title, input.url, provenance === 'scraped');
}

/** The final text guard: no markup ever leaves as text; pages and unknown text also lose leftover entities. */
function finishParagraph(p: string, decodeLeftovers: boolean): string {
  if (!/[<&]/.test(p)) return p;
  const guarded = decodeLeftovers ? decodeWithoutMarkup(p, 1) : stripTags(p);
  return /[\t\n]/.test(guarded) ? normaliseLines(guarded) : normaliseInline(guarded);
}

/** Pure: raw article body in, clean text out. No I/O, no framework (the optional model is plain state). */
export function cleanArticle(input: CleanInput, options: CleanOptions = {}): CleanResult {
  if (typeof input?.body !== 'string') throw new TypeError('cleanArticle: body must be a string');
  if (input.contentType !== 'text/html' && input.contentType !== 'text/plain') {
    throw new TypeError(`cleanArticle: unsupported contentType ${String(input.contentType)}`);
  }
  const provenance: Provenance =
    input.provenance === 'edited' || input.provenance === 'scraped' ? input.provenance : 'unknown';
  const body = input.body.length > MAX_BODY_CHARS ? input.body.slice(0, MAX_BODY_CHARS) : input.body;
  let title = titleText(input.title ?? '');
  const found = runPath(body, provenance, input, title);
  const metadata = found.metadata;
  if (!title && found.foundTitle)
    title = titleText(stripSiteName(normaliseInline(found.foundTitle), metadata.siteName));
  metadata.title ??= title || null;
  const decodeLeftovers = provenance !== 'edited';
  const finish = (list: string[]) => list.map((p) => finishParagraph(p, decodeLeftovers)).filter((p) => p.length > 0);
  let paragraphs = finish(found.paragraphs);
  if (provenance !== 'edited') {
    const titleKey = title.toLowerCase();
    paragraphs = paragraphs.filter((p, i) => !(i < 3 && p.toLowerCase() === titleKey));
  }
  if (options.boilerplate && input.source) {
    const key =
      options.documentKey ?? metadata.canonicalUrl ?? createHash('sha1').update(paragraphs.join('\n')).digest('hex');
    paragraphs = removeLearnedChrome(
      options.boilerplate,
      { source: input.source, documentKey: key, learn: options.learn !== false },
      paragraphs,
    );
  }
  // The text's words once markup and entities are settled: what the removal rule and the metric compare against.
  const markupLeft = !found.page && found.whole.some((p) => /[<&]/.test(p));
  const whole = found.page ? [] : markupLeft ? finish(found.whole) : found.whole;
  const inputWords = markupLeft ? wordsOf(whole) : found.inputWords;
  const keptWords = wordsOf(paragraphs);
  const guarded = neverSilentlyEmpty({ paragraphs, words: keptWords }, { ...found, whole, inputWords }, finish);
  paragraphs = guarded.paragraphs;
  const text = joinParagraphs(paragraphs);
  const wordCount = guarded.words >= 0 ? guarded.words : countWords(text);
  const qualityFlags: CleanFlag[] = [];
  // A text without a single word (only emoji, punctuation, markup) is not a story.
  if (!text || wordCount === 0) qualityFlags.push('empty_after_cleaning');
  else if (wordCount < TOO_SHORT_WORDS) qualityFlags.push('too_short');
  if (guarded.suspect) qualityFlags.push('cleaning_suspect');
  if (found.fallbackUsed) qualityFlags.push('extraction_fallback_used');
  if (!title) qualityFlags.push('title_missing');
  const finalText = wordCount === 0 ? '' : text;
  return {
    title,
    text: finalText,
    paragraphs: wordCount === 0 ? [] : paragraphs,
    wordCount,
    inputWords,
    provenance,
    contentHash: createHash('sha256').update(finalText, 'utf8').digest('hex'),
    qualityFlags,
    metadata,
  };
}

/**
 * Never silently empty (docs/cleaning.md):
 * - text (edited, or plain text and HTML fragments of unknown origin): when
 *   cleaning kept less than half of the input's words, the whole text is kept
 *   and flagged `cleaning_suspect`, unless every line of it is chrome by its
 *   own evidence (then it is empty, flagged `empty_after_cleaning`);
 * - pages (declared scraped text, HTML pages): removing most of a page is
 *   routine; an empty result from a page with prose falls back to its lines
 *   without chrome evidence of their own, flagged `cleaning_suspect`.
 */
interface Kept {
  paragraphs: string[];
  /** Their words, or -1 when not counted. */
  words: number;
  suspect?: boolean;
}

function neverSilentlyEmpty(
  kept: Kept,
  found: PathResult,
  finish: (l: string[]) => string[],
): Kept & { suspect: boolean } {
  const ok = { ...kept, suspect: false };
  if (found.page) {
    if (kept.words > 0) return ok;
    const fallback = finish(found.evidenceOnly);
    return hasProse(fallback) ? { paragraphs: fallback, words: -1, suspect: true } : ok;
  }
  if (found.inputWords === 0 || kept.words >= (1 - MAX_REMOVED_SHARE) * found.inputWords) return ok;
  if (found.evidenceOnly.length === 0) return { paragraphs: [], words: 0, suspect: false };
  return { paragraphs: found.whole, words: found.inputWords, suspect: true };
}

/** At least one line that reads as text: four words or more, or a sentence. */
function hasProse(paragraphs: string[]): boolean {
  return paragraphs.some((p) => countWords(p) >= 4 || /[.!?。！？؟।]\s*$/u.test(p));
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
