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
    charThreshold: 300,
    nbTopCandidates: 5,
    maxElemsToParse: 0,
    // Our chrome rules run on the article's class/id names after Readability.
    keepClasses: true,
    // JSON-LD is read once, by our own metadata step.
    disableJSONLD: true,
  });
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
