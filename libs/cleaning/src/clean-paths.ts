import { extractFromHtml } from './html/html-extract';
import { htmlToBlocks } from './html/html-blocks';
import { decodeWithoutMarkup, stripTags } from './markup/strip-tags';
import { ArticleMetadata, emptyMetadata } from './metadata/article-metadata';
import { splitByline } from './metadata/author-names';
import { canonicaliseUrl } from './metadata/canonical-url';
import { findVisibleDate } from './metadata/dates';
import { classifyScrapedText } from './plain/line-classifier';
import { structurePlainText, TextUnit } from './plain/plain-structure';
import { countWords, normaliseInline } from './text-normalise';

/** Where a text comes from (see libs/contracts feed-metadata.ts): it decides how the text is cleaned. */
export type Provenance = 'edited' | 'scraped' | 'unknown';

/** What one cleaning path found, before learned chrome and the never-empty rule. */
export interface PathResult {
  /** The story's paragraphs (a table is one paragraph of "\n" rows and "\t" cells). */
  paragraphs: string[];
  /** Every paragraph of the input's text, nothing removed: what "keep the text" keeps. */
  whole: string[];
  /** Paragraphs without chrome evidence of their own: the fallback for a page that would come out empty. */
  evidenceOnly: string[];
  /** Words of the input's text before anything was removed. */
  inputWords: number;
  /** Removal is routine here (a page is mostly chrome): only an empty result with prose left is suspect. */
  page: boolean;
  fallbackUsed: boolean;
  metadata: ArticleMetadata;
  /** A title the text itself gave (page metadata, a headline printed twice). */
  foundTitle: string | null;
}

const wordsOf = (paragraphs: string[]) => paragraphs.reduce((n, p) => n + countWords(p), 0);

function textMetadata(url: string | undefined, lines: string[]): ArticleMetadata {
  return { ...emptyMetadata(), canonicalUrl: canonicaliseUrl(url), publishedAt: findVisibleDate(lines.slice(0, 15)) };
}

/**
 * Edited copy (a wire, a CMS): structure-preserving normalisation only. HTML
 * (or plain text carrying real markup) becomes paragraphs, lines and tables;
 * plain text stays literal, its hard wraps joined and its tables kept.
 */
export function editedPath(body: string, html: boolean, url: string | undefined): PathResult {
  const paragraphs = html
    ? htmlToBlocks(body).map((b) => b.text)
    : structurePlainText(stripTags(body)).map((u) => u.text);
  const metadata = { ...emptyMetadata(), canonicalUrl: canonicaliseUrl(url) };
  return {
    paragraphs,
    whole: paragraphs,
    evidenceOnly: paragraphs,
    inputWords: wordsOf(paragraphs),
    page: false,
    fallbackUsed: false,
    metadata,
    foundTitle: null,
  };
}

/**
 * Plain text of unknown origin, or a declared scraped page's text: every line
 * is kept unless it carries evidence of chrome; for a scraped page the story
 * region is kept as well. Tables are story and never judged.
 */
export function plainPath(body: string, title: string, url: string | undefined, scraped: boolean): PathResult {
  const units: TextUnit[] = structurePlainText(decodeWithoutMarkup(body, 1));
  const whole = units.map((u) => u.text);
  const classified = classifyScrapedText(whole, {
    title: title || null,
    page: scraped,
    protectedLines: units.map((u) => u.table),
  });
  return {
    paragraphs: classified.paragraphs,
    whole,
    evidenceOnly: classified.evidenceOnly,
    inputWords: classified.inputWords,
    page: scraped,
    fallbackUsed: false,
    metadata: textMetadata(url, whole),
    foundTitle: classified.detectedTitle ? normaliseInline(classified.detectedTitle) : null,
  };
}

/** An HTML page or fragment that is not declared edited: extraction (Readability, chrome rules, fallback). */
export function htmlPath(body: string, title: string, url: string | undefined, scraped: boolean): PathResult {
  const extracted = extractFromHtml(body, title || null, url);
  const metadata = extracted.metadata;
  if (metadata.authors.length === 0 && extracted.byline) metadata.authors = splitByline(extracted.byline);
  metadata.publishedAt ??= findVisibleDate(extracted.topLines);
  // A fragment of unknown origin is judged like plain text of unknown origin; a page (or a declared scraped fragment)
  // like a page.
  const page = scraped || !extracted.fragment;
  return {
    paragraphs: extracted.paragraphs,
    whole: extracted.whole,
    evidenceOnly: extracted.evidenceOnly,
    inputWords: extracted.inputWords,
    page,
    fallbackUsed: extracted.fallbackUsed,
    metadata,
    foundTitle: metadata.title ?? extracted.readabilityTitle ?? null,
  };
}
