import { plainTextField } from '../text-normalise';
import { cleanAuthorNames } from './author-names';
import { ArticleMetadata } from './article-metadata';
import { canonicaliseUrl } from './canonical-url';
import { toIsoDate } from './dates';
import { elementsByTagNames } from '../html/dom-walk';

/** Metadata strings are often escaped twice ("&#8216;" inside content="…"): leftovers are decoded too, never into markup. */
const normaliseInline = plainTextField;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const ARTICLE_TYPE = /(?:Article|BlogPosting|Report|NewsArticle|WebPage|LiveBlogPosting)$/;

type MetaIndex = Map<string, string>;

/**
 * The elements metadata comes from, found in one walk over the document
 * (a CSS query per element type would walk it six times, and `querySelectorAll('*')`
 * compiles a selector and lists every element).
 */
interface MetaSources {
  metas: Element[];
  jsonLd: Element[];
  canonical: Element | null;
  time: Element | null;
  title: Element | null;
  h1: Element | null;
}

const SOURCE_TAGS = ['meta', 'script', 'link', 'time', 'title', 'h1'];

function collectSources(document: Document): MetaSources {
  const out: MetaSources = { metas: [], jsonLd: [], canonical: null, time: null, title: null, h1: null };
  for (const el of elementsByTagNames(document, SOURCE_TAGS)) {
    switch (el.tagName.toUpperCase()) {
      case 'META':
        out.metas.push(el);
        break;
      case 'SCRIPT':
        if ((el.getAttribute('type') ?? '').toLowerCase().includes('ld+json')) out.jsonLd.push(el);
        break;
      case 'LINK':
        if (!out.canonical && (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')) out.canonical = el;
        break;
      case 'TIME':
        if (!out.time && el.hasAttribute('datetime')) out.time = el;
        break;
      case 'TITLE':
        out.title ??= el;
        break;
      case 'H1':
        out.h1 ??= el;
        break;
    }
  }
  return out;
}

/** property / name / itemprop (lower-cased) → first non-empty content. */
function indexMeta(metas: Element[]): MetaIndex {
  const index: MetaIndex = new Map();
  for (const el of metas) {
    const content = el.getAttribute('content');
    if (!content || !content.trim()) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.toLowerCase();
      if (key && !index.has(key)) index.set(key, content);
    }
  }
  return index;
}

function metaContent(index: MetaIndex, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = index.get(key.toLowerCase());
    if (value) return normaliseInline(value) || null;
  }
  return null;
}

/** Article-like objects in every JSON-LD block (top level, arrays and @graph). */
function jsonLdArticles(scripts: Element[]): Record<string, Json>[] {
  const out: Record<string, Json>[] = [];
  for (const script of scripts) {
    let data: Json;
    try {
      data = JSON.parse((script.textContent ?? '').trim()) as Json;
    } catch {
      continue; // Broken JSON-LD is common; the meta tags still count.
    }
    const queue: Json[] = [data];
    for (let guard = 0; queue.length > 0 && guard < 200; guard++) {
      const item = queue.shift();
      // At most 200 items are looked at: a huge JSON-LD array is not spread (it would overflow the call stack).
      if (Array.isArray(item)) for (const x of item.slice(0, 200)) queue.push(x);
      else if (item && typeof item === 'object') {
        const type = item['@type'];
        const types = Array.isArray(type) ? type : [type];
        if (types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t))) out.push(item);
        if (item['@graph']) queue.push(item['@graph']);
      }
    }
  }
  // Real articles before generic WebPage objects.
  const isArticle = (o: Record<string, Json>) => JSON.stringify(o['@type'] ?? '').includes('Article');
  return out.sort((a, b) => Number(isArticle(b)) - Number(isArticle(a)));
}

function names(value: Json | undefined): string[] {
  if (!value) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(names);
  if (typeof value === 'object' && typeof value.name === 'string') return [value.name];
  return [];
}

function firstUrl(value: Json | undefined): string | null {
  if (!value) return null;
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.length ? firstUrl(value[0]) : null;
  if (typeof value === 'object') return firstUrl(value.url ?? value['@id'] ?? value.contentUrl);
  return null;
}

const str = (v: Json | undefined): string | null => (typeof v === 'string' && v.trim() ? normaliseInline(v) : null);

function firstHeading(h1El: Element | null): string | null {
  const h1 = h1El?.textContent;
  return h1 ? normaliseInline(h1) || null : null;
}

/** Metadata from meta tags, JSON-LD and <time>, read before Readability mutates the document. */
export function htmlMetadata(document: Document, pageUrl?: string | null): ArticleMetadata {
  const sources = collectSources(document);
  const meta = indexMeta(sources.metas);
  const ld = jsonLdArticles(sources.jsonLd)[0] ?? {};
  const canonicalHref = sources.canonical?.getAttribute('href');
  const base = pageUrl ?? undefined;
  const canonicalUrl =
    canonicaliseUrl(canonicalHref, base) ??
    canonicaliseUrl(metaContent(meta, 'og:url'), base) ??
    canonicaliseUrl(str(ld.url) ?? firstUrl(ld.mainEntityOfPage), base) ??
    canonicaliseUrl(pageUrl);
  const timeEl = sources.time;
  const publishedAt =
    toIsoDate(metaContent(meta, 'article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'DC.date.issued', 'parsely-pub-date', 'sailthru.date')) ??
    toIsoDate(str(ld.datePublished)) ??
    toIsoDate(timeEl?.getAttribute('datetime'));
  const modifiedAt =
    toIsoDate(metaContent(meta, 'article:modified_time', 'og:updated_time', 'dateModified', 'last-modified')) ??
    toIsoDate(str(ld.dateModified));
  const authorsMeta = metaContent(meta, 'author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator');
  const authors = cleanAuthorNames([...names(ld.author), ...(authorsMeta ? authorsMeta.split(/\s*(?:,|;|\band\b)\s*/) : [])]);
  const publisher = ld.publisher && typeof ld.publisher === 'object' && !Array.isArray(ld.publisher) ? str(ld.publisher.name) : null;
  const image = metaContent(meta, 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src') ?? firstUrl(ld.image);
  const titleTag = sources.title?.textContent;
  return {
    authors,
    publishedAt,
    modifiedAt,
    canonicalUrl,
    siteName: metaContent(meta, 'og:site_name', 'application-name') ?? publisher,
    description: metaContent(meta, 'description', 'og:description', 'twitter:description') ?? str(ld.description),
    leadImage: canonicaliseUrl(image, canonicalUrl ?? base) ?? null,
    title: str(ld.headline) ?? metaContent(meta, 'og:title', 'twitter:title') ?? (titleTag ? normaliseInline(titleTag) || null : null) ?? firstHeading(sources.h1),
  };
}
