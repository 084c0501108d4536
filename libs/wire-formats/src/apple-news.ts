import { escapeHtml } from './xml-to-html';
import { isoDate, languageTag, uniquePlain } from './metadata';
import { arr, isObj, Obj, str } from './ninjs';
import { storyItem } from './story';
import { parseJsonDocument } from './structure-limits';
import { bodyText, compact, ParseMeta, ParseResult, resultOf, WireFormatError } from './types';

/**
 * Apple News Format (an article as JSON components): the title component is
 * the headline, byline and author components the byline; heading, body,
 * intro and quote components are the story, in order. Pictures, dividers
 * and layout are not text.
 */
export function isAppleNewsDocument(v: unknown): boolean {
  return isObj(v) && typeof v.identifier === 'string' && Array.isArray(v.components) && v.version !== undefined;
}

const TEXT_ROLES: Record<string, string> = {
  heading: 'h2',
  heading1: 'h2',
  heading2: 'h3',
  heading3: 'h3',
  body: 'p',
  intro: 'p',
  quote: 'blockquote',
  pullquote: 'blockquote',
};

interface Collected {
  html: string[];
  bylines: string[];
}

/** Walks the component tree (containers, sections, chapters) in order. */
function collect(components: unknown[], out: Collected): void {
  const stack = [...components].reverse();
  while (stack.length > 0) {
    const c = stack.pop();
    if (!isObj(c)) continue;
    if (Array.isArray(c.components)) stack.push(...[...c.components].reverse());
    const role = typeof c.role === 'string' ? c.role.toLowerCase() : '';
    const text = str(c.text);
    if (!text) continue;
    if (role === 'byline' || role === 'author') out.bylines.push(text);
    const tag = TEXT_ROLES[role];
    if (!tag) continue;
    out.html.push(
      c.format === 'html' ? (tag === 'p' ? text : `<${tag}>${text}</${tag}>`) : `<${tag}>${escapeHtml(text)}</${tag}>`,
    );
  }
}

export function parseAppleNews(body: Buffer | string, meta: ParseMeta = {}): ParseResult {
  // Apple News nests layout components deeper than ninjs.
  const doc = parseJsonDocument(bodyText(body, meta.charset), 64);
  if (!isAppleNewsDocument(doc))
    throw new WireFormatError('not an Apple News Format document: expected identifier, version and components');
  const d = doc as Obj;
  const m: Obj = isObj(d.metadata) ? d.metadata : {};
  const out: Collected = { html: [], bylines: [] };
  collect(arr(d.components), out);
  const byline = uniquePlain(out.bylines).join('; ') || undefined;
  return resultOf(
    [
      storyItem(
        compact({
          sourceId: meta.sourceId,
          externalId: str(d.identifier),
          url: str(m.canonicalURL),
          title: str(d.title),
          body: out.html.join('\n'),
          contentType: 'text/html' as const,
          description: str(d.subtitle) ?? str(m.excerpt),
          language: languageTag(d.language),
          publishedAt: isoDate(str(m.datePublished)),
          firstCreated: isoDate(str(m.dateCreated)),
          versionCreated: isoDate(str(m.dateModified)),
          byline,
          authors: uniquePlain(arr(m.authors)),
          keywords: uniquePlain(arr(m.keywords)),
          format: 'apple-news',
          provenance: 'edited' as const,
        }),
        0,
      ),
    ],
    false,
  );
}
