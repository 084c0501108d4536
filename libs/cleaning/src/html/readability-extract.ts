import { Readability } from '@mozilla/readability';

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
  // CSSStyleDeclaration (and its bookkeeping) for every `node.style` read, a few percent of the run.
  (reader as unknown as { _isProbablyVisible: (node: Element) => boolean })._isProbablyVisible = isProbablyVisible;
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
