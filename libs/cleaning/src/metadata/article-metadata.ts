export interface ArticleMetadata {
  /** Authors' names as published (JSON-LD, meta author, Readability's byline). */
  authors: string[];
  /** ISO-8601 UTC. */
  publishedAt: string | null;
  modifiedAt: string | null;
  /** Canonical URL (link rel=canonical, og:url, JSON-LD, else the input URL), tracking parameters removed. */
  canonicalUrl: string | null;
  siteName: string | null;
  description: string | null;
  leadImage: string | null;
  /** The page's own title (og:title, JSON-LD headline, <title>), before the caller's title wins. */
  title: string | null;
}

export function emptyMetadata(): ArticleMetadata {
  return {
    authors: [],
    publishedAt: null,
    modifiedAt: null,
    canonicalUrl: null,
    siteName: null,
    description: null,
    leadImage: null,
    title: null,
  };
}
