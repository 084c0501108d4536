import { concept, firstPlain, isoDate, languageTag, uniqueConcepts, uniquePlain } from './metadata';
import { storyItem } from './story';
import { bodyText, compact, ItemError, ParseMeta, ParseResult, resultOf, WireFormatError, WireItem } from './types';
import { attrOf, element, elements, isElement, parseXmlTree, rawText, textOf, XmlElement } from './xml';
import { childrenToHtml } from './xml-to-html';

/** Channel-level values an item inherits when it does not say. */
interface ChannelDefaults {
  language?: string;
  copyright?: string;
}

function rssSubjects(item: XmlElement) {
  return uniqueConcepts([
    ...elements(item, 'category').map((c) => concept({ scheme: attrOf(c, 'domain'), name: textOf(c) })),
    ...elements(item, 'subject').map((s) => concept({ name: textOf(s) })),
  ]);
}

/**
 * An element's text; markup written as elements (not escaped, as some feeds do) is kept as HTML rather than dropped.
 */
function textOrMarkup(el: XmlElement | undefined): string | undefined {
  if (!el) return undefined;
  const s = el.children.some(isElement) ? childrenToHtml(el.children) : rawText(el).trim();
  return s || undefined;
}

function rssItem(item: XmlElement, index: number, channel: ChannelDefaults, meta: ParseMeta): WireItem | ItemError {
  const guid = textOf(element(item, 'guid'));
  const link = textOf(element(item, 'link'));
  if (!guid && !link) return { index, field: 'guid', messages: ['an RSS item needs a guid or a link'] };
  const permalink =
    guid && attrOf(element(item, 'guid'), 'isPermaLink') !== 'false' && /^https?:\/\//.test(guid) ? guid : undefined;
  // content:encoded (namespace prefix removed) is the full text; the description is then a teaser.
  const encoded = textOrMarkup(element(item, 'encoded'));
  const description = textOrMarkup(element(item, 'description'));
  const enclosure = attrOf(element(item, 'enclosure'), 'url');
  return storyItem(
    compact({
      sourceId: meta.sourceId,
      externalId: guid ?? link,
      url: link ?? permalink,
      title: textOf(element(item, 'title')),
      body: encoded ?? description,
      description: encoded ? firstPlain(description) : undefined,
      language: languageTag(textOf(element(item, 'language'))) ?? channel.language,
      publishedAt: isoDate(textOf(element(item, 'pubDate')) ?? textOf(element(item, 'date'))),
      format: 'rss',
      subjects: rssSubjects(item),
      authors: uniquePlain([...elements(item, 'author'), ...elements(item, 'creator')].map(textOf)),
      keywords: uniquePlain(elements(item, 'keywords').flatMap((k) => (textOf(k) ?? '').split(','))),
      copyright: textOf(element(item, 'rights')) ?? channel.copyright,
    }),
    index,
    { remote: enclosure ? `${enclosure} (enclosure)` : undefined },
  );
}

/** An Atom text construct by its `type`: xhtml markup, escaped html, or text; `src` points elsewhere. */
function atomText(node: XmlElement | undefined): { value?: string; html: boolean; src?: string } {
  if (!node) return { html: false };
  const type = attrOf(node, 'type') ?? 'text';
  if (type === 'xhtml') return { value: childrenToHtml(node.children) || undefined, html: true };
  return {
    value: textOrMarkup(node),
    html: /html/.test(type) || node.children.some(isElement),
    src: attrOf(node, 'src'),
  };
}

function atomLink(entry: XmlElement): string | undefined {
  const links = elements(entry, 'link');
  const alternate = links.find((l) => (attrOf(l, 'rel') ?? 'alternate') === 'alternate') ?? links[0];
  return attrOf(alternate, 'href');
}

function atomEntry(entry: XmlElement, index: number, feed: ChannelDefaults, meta: ParseMeta): WireItem | ItemError {
  const id = textOf(element(entry, 'id'));
  const link = atomLink(entry);
  if (!id && !link) return { index, field: 'id', messages: ['an Atom entry needs an id'] };
  const content = atomText(element(entry, 'content'));
  const summary = atomText(element(entry, 'summary'));
  const chosen = content.value !== undefined ? content : summary;
  return storyItem(
    compact({
      sourceId: meta.sourceId,
      externalId: id ?? link,
      url: link,
      title: textOf(element(entry, 'title')),
      body: chosen.value,
      contentType:
        chosen.value === undefined ? undefined : chosen.html ? ('text/html' as const) : ('text/plain' as const),
      description: content.value !== undefined ? firstPlain(summary.value) : undefined,
      language: languageTag(attrOf(entry, 'lang')) ?? feed.language,
      publishedAt: isoDate(textOf(element(entry, 'published')) ?? textOf(element(entry, 'updated'))),
      // Atom's `updated` is when the entry last changed in a significant way: its version time.
      versionCreated: isoDate(textOf(element(entry, 'updated'))),
      format: 'atom',
      subjects: uniqueConcepts(
        elements(entry, 'category').map((c) =>
          concept({ scheme: attrOf(c, 'scheme'), code: attrOf(c, 'term'), name: attrOf(c, 'label') }),
        ),
      ),
      authors: uniquePlain(elements(entry, 'author').map((a) => textOf(element(a, 'name')) ?? textOf(a))),
      copyright: textOf(element(entry, 'rights')) ?? feed.copyright,
    }),
    index,
    { remote: content.src ? `${content.src} (content@src)` : undefined },
  );
}

/** RSS 2.0 from its parsed root. */
export function rssResult(root: XmlElement, meta: ParseMeta): ParseResult {
  const channel = element(root, 'channel');
  if (root.name !== 'rss' || !channel)
    throw new WireFormatError(`not an RSS 2.0 document: expected <rss><channel>, found <${root.name}>`);
  const defaults = {
    language: languageTag(textOf(element(channel, 'language'))),
    copyright: firstPlain(textOf(element(channel, 'copyright')), textOf(element(channel, 'rights'))),
  };
  return resultOf(
    elements(channel, 'item').map((it, i) => rssItem(it, i, defaults, meta)),
    true,
  );
}

/** Atom from its parsed root. */
export function atomResult(root: XmlElement, meta: ParseMeta): ParseResult {
  if (root.name !== 'feed')
    throw new WireFormatError(`not an Atom document: expected a <feed> root element, found <${root.name}>`);
  const defaults = { language: languageTag(attrOf(root, 'lang')), copyright: textOf(element(root, 'rights')) };
  return resultOf(
    elements(root, 'entry').map((e, i) => atomEntry(e, i, defaults, meta)),
    true,
  );
}

/**
 * RSS 2.0: every `channel/item` becomes an article (guid, link, title, content:encoded or description, pubDate,
 * category, author).
 */
export function parseRss(body: Buffer | string, meta: ParseMeta = {}): ParseResult {
  return rssResult(parseXmlTree(bodyText(body, meta.charset)), meta);
}

/**
 * Atom (RFC 4287): every `entry` becomes an article (id, link, title, content or summary, published/updated, category,
 * author).
 */
export function parseAtom(body: Buffer | string, meta: ParseMeta = {}): ParseResult {
  return atomResult(parseXmlTree(bodyText(body, meta.charset)), meta);
}

/** RSS or Atom, told apart by the root element (for feeds served as application/xml). */
export function parseFeed(body: Buffer | string, meta: ParseMeta = {}): ParseResult {
  const root = parseXmlTree(bodyText(body, meta.charset));
  return root.name === 'feed' ? atomResult(root, meta) : rssResult(root, meta);
}
