import { Readability } from '@mozilla/readability';
import { elementsByTagNames, forEachTextNode } from './dom-walk';

export interface ReadabilityOutcome {
  /** The article's content element (Readability's own DOM subtree), or null when it found nothing. */
  content: Element | null;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  excerpt: string | null;
  publishedTime: string | null;
}

/**
 * Mozilla Readability on a linkedom document. Readability mutates the document,
 * so callers read everything else (metadata, fallback text) before this runs or
 * on a second parse. The serializer returns the element itself: no HTML
 * round-trip.
 */
export function runReadability(document: Document): ReadabilityOutcome {
  const reader = new Readability<Element>(document, {
    serializer: (node) => node as Element,
    charThreshold: 200,
    nbTopCandidates: 5,
    maxElemsToParse: 0,
    // Our chrome rules run on the article's class/id names after Readability.
    keepClasses: true,
    // JSON-LD is read once, by our own metadata step.
    disableJSONLD: true,
  });
  // Same test as Readability's own, on the raw style attribute: linkedom builds a
  // CSSStyleDeclaration (and its bookkeeping) for every `node.style` read (docs/cleaning-performance.md).
  const internals = reader as unknown as {
    _isProbablyVisible: (node: Element) => boolean;
    _getAllNodesWithTag: (node: ParentNode, tagNames: string[]) => Element[];
    _isValidByline: (node: Element, matchString: string) => boolean;
    _getLinkDensity: (element: Element) => number;
    REGEXPS: { byline: RegExp; hashUrl: RegExp };
  };
  internals._isProbablyVisible = isProbablyVisible;
  // Readability's version is `node.querySelectorAll(tagNames.join(","))`: linkedom compiles that CSS
  // selector (css-what + css-select) on every call, and Readability calls it many times per page.
  internals._getAllNodesWithTag = elementsByTagNames;
  // Readability's version reads node.textContent (the whole subtree's text) before its cheap
  // attribute tests, for every node until a byline is found: quadratic in nesting depth.
  const bylinePattern = internals.REGEXPS.byline;
  internals._isValidByline = (node, matchString) => isValidByline(node, matchString, bylinePattern);
  // Readability's version builds each text (textContent, trim, whitespace regex) only to take its length.
  const hashUrl = internals.REGEXPS.hashUrl;
  internals._getLinkDensity = (element) => linkDensity(element, hashUrl);
  const article = reader.parse();
  return {
    content: article?.content ?? null,
    title: article?.title ?? null,
    byline: article?.byline ?? null,
    siteName: article?.siteName ?? null,
    excerpt: article?.excerpt ?? null,
    publishedTime: article?.publishedTime ?? null,
  };
}

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

function isProbablyVisible(node: Element): boolean {
  const style = node.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return false;
  if (node.hasAttribute('hidden')) return false;
  // "fallback-image": Wikimedia's maths images are aria-hidden but shown (Readability's exception).
  return node.getAttribute('aria-hidden') !== 'true' || (node.getAttribute('class') ?? '').includes('fallback-image');
}

/**
 * Readability's byline test (rel="author", itemprop~author or a byline-like class/id, with 1–99 characters of text),
 * cheap tests first.
 */
export function isValidByline(node: Element, matchString: string, bylinePattern: RegExp): boolean {
  const rel = node.getAttribute('rel');
  const itemprop = node.getAttribute('itemprop');
  if (!(rel === 'author' || (itemprop && itemprop.includes('author')) || bylinePattern.test(matchString))) return false;
  const bylineLength = (node.textContent ?? '').trim().length;
  return bylineLength > 0 && bylineLength < 100;
}

const isSpace = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/**
 * `node.textContent.trim().replace(/\s{2,}/g, " ").length` (Readability's inner-text length)
 * without building the string: non-space characters plus one per inner run of whitespace.
 */
export function innerTextLength(node: Node): number {
  let count = 0;
  let started = false;
  let pendingSpace = false;
  const add = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      if (isSpace(text.charCodeAt(i))) {
        if (started) pendingSpace = true;
      } else {
        if (pendingSpace) count++;
        pendingSpace = false;
        started = true;
        count++;
      }
    }
  };
  const type = node.nodeType;
  if (type === 3 || type === 4) {
    add(node.nodeValue ?? '');
    return count;
  }
  forEachTextNode(node, add);
  return count;
}

/** Readability's link density: inner-text length inside links (in-page "#" links count 0.3) over the element's. */
export function linkDensity(element: Element, hashUrl: RegExp): number {
  const textLength = innerTextLength(element);
  if (textLength === 0) return 0;
  let linkLength = 0;
  for (const link of Array.from(element.getElementsByTagName('a'))) {
    const href = link.getAttribute('href');
    const coefficient = href && hashUrl.test(href) ? 0.3 : 1;
    linkLength += innerTextLength(link) * coefficient;
  }
  return linkLength / textLength;
}
