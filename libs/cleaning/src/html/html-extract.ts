import { blockTexts, TextBlock } from './block-text';
import { CHROME_ROLES, hasChromeToken, isChromeText } from './chrome-patterns';
import { elementsByTagNames } from './dom-walk';
import { isWholePage, parseHtmlDocument, stripInertMarkup } from './parse-html';
import { countStartTags, extractWithoutDom, MAX_DOM_ELEMENTS } from './streaming-extract';
import { runReadability } from './readability-extract';
import { classifyScrapedText } from '../plain/line-classifier';
import { ArticleMetadata } from '../metadata/article-metadata';
import { htmlMetadata } from '../metadata/html-metadata';

export interface HtmlExtraction {
  paragraphs: string[];
  /** A small fragment (an article body) rather than a whole page. */
  fragment: boolean;
  /** A fragment's visible blocks, nothing removed (empty for a page). */
  whole: string[];
  /** Blocks without chrome evidence of their own (for a page, only when the fallback ran). */
  evidenceOnly: string[];
  /** Words of the visible text, chrome elements included. */
  inputWords: number;
  readabilityTitle: string | null;
  byline: string | null;
  fallbackUsed: boolean;
  metadata: ArticleMetadata;
  /** The page's first visible lines, for a dateline when the markup has no date. */
  topLines: string[];
}

/** Readability output shorter than this (characters) is treated as a miss. */
const MIN_READABILITY_CHARS = 200;
/** Fragments larger than this are treated like pages (some feeds push whole templates without <html>). */
const FRAGMENT_MAX_CHARS = 50_000;
/** Real pages nest well under 100 deep; far beyond that is junk or an attack. */
const MAX_READABILITY_DEPTH = 400;
/** Visible lines kept from the top of the page for a dateline. */
const TOP_LINES = 40;

function isChromeElement(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.has(role.toLowerCase())) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  const tag = el.tagName.toUpperCase();
  if (tag === 'FIGCAPTION') return true;
  // Some sites wrap the whole page in a <form> (ASP.NET) or the story in an <aside>.
  if (tag === 'NAV' || tag === 'ASIDE' || tag === 'FOOTER' || tag === 'FORM') return !holdsProse(el);
  const attrs = ['class', 'id', 'data-component'].map((name) => el.getAttribute(name) ?? '').join(' ');
  return attrs.length > 2 && hasChromeToken(attrs) && !holdsProse(el);
}

/**
 * Class names lie ("entry-content-read-more" wraps whole stories): an element
 * that holds several real paragraphs of prose is never dropped on its name alone.
 */
const P_TAG = ['p'];

function holdsProse(el: Element): boolean {
  let chars = 0;
  let count = 0;
  for (const p of elementsByTagNames(el, P_TAG)) {
    const len = (p.textContent ?? '').length;
    if (len > 80) {
      count++;
      chars += len;
      if (count >= 3 && chars > 500) return true;
    }
  }
  return false;
}

export { isChromeText };

/** Blocks that are mostly link text (lists of other stories) are chrome. */
function isLinkList(block: TextBlock): boolean {
  return block.text.length > 0 && block.linkChars / block.text.length > 0.6;
}

/*
 * Chrome elements are removed before Readability runs: Readability rewrites
 * elements (a <div> becomes a <p> without its class), so class and id names
 * are only reliable on the page as published.
 */

/** Main-content extraction on a real DOM, with a visible-text fallback run through the line classifier. */
export function extractFromHtml(raw: string, title?: string | null, pageUrl?: string | null): HtmlExtraction {
  const html = stripInertMarkup(raw);
  // A small fragment (a feed's article body) is the article already: its blocks, minus chrome.
  const fragment = !isWholePage(html) && html.length < FRAGMENT_MAX_CHARS;
  if (countStartTags(html) > MAX_DOM_ELEMENTS) return extractWithoutDom(html, title ?? null, pageUrl, fragment);
  const document = parseHtmlDocument(html);
  const metadata = htmlMetadata(document, pageUrl);
  const root = document.body ?? document.documentElement;
  const { walked, stats } = walkCuttingChrome(root, fragment);
  const topLines = walked.slice(0, TOP_LINES).map((b) => b.text);
  const base = { fragment, metadata, topLines, inputWords: stats.words };
  if (fragment) {
    const paragraphs = walked.filter((b) => !isLinkList(b) && !isChromeText(b.text)).map((b) => b.text);
    const whole = walked.map((b) => b.text);
    return {
      ...base,
      paragraphs,
      whole,
      evidenceOnly: paragraphs,
      readabilityTitle: null,
      byline: null,
      fallbackUsed: false,
    };
  }
  let readability: ReturnType<typeof runReadability> | null;
  try {
    // Readability's ancestor walks are quadratic in nesting depth: a pathological page (thousands of
    // nested elements) would take far longer than any real one, so it goes straight to the fallback.
    readability = stats.maxDepth <= MAX_READABILITY_DEPTH ? runReadability(document) : null;
  } catch {
    readability = null; // Readability throws on some malformed trees: the fallback takes over.
  }
  const fromReadability = readability?.content
    ? blockTexts(readability.content, { skip: isChromeElement })
        .filter((b) => !isLinkList(b) && !isChromeText(b.text))
        .map((b) => b.text)
    : [];
  const chars = fromReadability.reduce((n, p) => n + p.length, 0);
  const found = { readabilityTitle: readability?.title ?? null, byline: readability?.byline ?? null };
  if (chars >= MIN_READABILITY_CHARS) {
    return {
      ...base,
      ...found,
      paragraphs: fromReadability,
      whole: [],
      evidenceOnly: fromReadability,
      fallbackUsed: false,
    };
  }
  const visible = visibleBlocks(html);
  const lines = visible.map((b) => b.text);
  const linkRatios = visible.map((b) => b.linkChars / Math.max(1, b.text.length));
  const classified = classifyScrapedText(lines, { title: title ?? readability?.title ?? null, linkRatios, page: true });
  const paragraphs = classified.paragraphs.length > 0 ? classified.paragraphs : fromReadability;
  return { ...base, ...found, paragraphs, whole: [], evidenceOnly: classified.evidenceOnly, fallbackUsed: true };
}

/**
 * One walk serves three needs: the list of chrome elements to cut before Readability, the top
 * lines for a dateline, and (for a fragment) the visible text. On a whole page the full visible
 * text is only needed when Readability fails, so this walk stops building text after the top
 * lines and the fallback re-reads the page (Readability mutates this document).
 */
function walkCuttingChrome(
  root: Element | null,
  fragment: boolean,
): { walked: TextBlock[]; stats: { maxDepth: number; words: number } } {
  const chrome: Element[] = [];
  const stats = { maxDepth: 0, words: 0 };
  const walked = root
    ? blockTexts(root, {
        stats,
        maxBlocks: fragment ? undefined : TOP_LINES,
        skip: (el) => {
          if (!isChromeElement(el)) return false;
          chrome.push(el);
          return true;
        },
      })
    : [];
  for (const el of chrome) el.remove();
  return { walked, stats };
}

/** The page's visible blocks with chrome skipped, on a fresh parse: the fallback's input. */
function visibleBlocks(html: string): TextBlock[] {
  const document = parseHtmlDocument(html);
  const root = document.body ?? document.documentElement;
  return root ? blockTexts(root, { skip: isChromeElement }) : [];
}
