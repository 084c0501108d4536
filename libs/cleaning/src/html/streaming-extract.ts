import { emptyMetadata } from '../metadata/article-metadata';
import { canonicaliseUrl } from '../metadata/canonical-url';
import { classifyScrapedText } from '../plain/line-classifier';
import { plainTextField } from '../text-normalise';
import { htmlToBlocks } from './html-blocks';
import type { HtmlExtraction } from './html-extract';

/**
 * Bounded time for any HTML. The DOM path (linkedom, Readability) costs time
 * per element, and Readability's passes grow faster than the element count on
 * pathological markup, while real pages hold at most a few thousand elements
 * (figures: docs/cleaning.md, "Bounded time"). A body with more start tags
 * than this is read by one streaming pass instead: htmlparser2 without a DOM,
 * linear in the input, its blocks judged by the page rules of the line
 * classifier (link density included).
 */
export const MAX_DOM_ELEMENTS = 20_000;

/** Start tags (`<` and a letter) in the markup, counted up to `limit + 1`. Linear, no allocation. */
export function countStartTags(html: string, limit = MAX_DOM_ELEMENTS): number {
  let n = 0;
  for (let i = html.indexOf('<'); i >= 0 && n <= limit; i = html.indexOf('<', i + 1)) {
    const c = html.charCodeAt(i + 1) | 32;
    if (c >= 97 && c <= 122) n++;
  }
  return n;
}

const TITLE = /<title\b[^>]*>([^<]{1,500})<\/title>/i;

/** The page's text from one streaming pass, story lines kept by the page rules. */
export function extractWithoutDom(
  html: string,
  title: string | null,
  pageUrl: string | null | undefined,
  fragment: boolean,
): HtmlExtraction {
  const blocks = htmlToBlocks(html);
  const lines = blocks.map((b) => b.text);
  const pageTitle = TITLE.exec(html.slice(0, 65_536))?.[1];
  const classified = classifyScrapedText(lines, {
    title: title ?? (pageTitle ? plainTextField(pageTitle) : null),
    linkRatios: blocks.map((b) => b.linkChars / Math.max(1, b.text.length)),
    protectedLines: blocks.map((b) => b.table),
    page: true,
  });
  const metadata = {
    ...emptyMetadata(),
    title: pageTitle ? plainTextField(pageTitle) : null,
    canonicalUrl: canonicaliseUrl(pageUrl ?? undefined),
  };
  return {
    paragraphs: classified.paragraphs,
    fragment,
    whole: fragment ? lines : [],
    evidenceOnly: classified.evidenceOnly,
    inputWords: classified.inputWords,
    readabilityTitle: null,
    byline: null,
    fallbackUsed: true,
    metadata,
    topLines: lines.slice(0, 40),
  };
}
