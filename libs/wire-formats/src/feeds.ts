import { attr, decodeRawXmlText, list, parseXml, text } from './xml';
import { bodyText, compact, isoDate, ItemError, ParseMeta, ParseResult, resultOf, WireFormatError, WireItem } from './types';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const defined = (s: string | undefined): s is string => s !== undefined;

/** Atom text constructs keep their markup raw, so `type` decides how to read them. */
const ATOM_STOP_NODES = ['feed.entry.content', 'feed.entry.summary'];

function rssItem(item: unknown, index: number, channelLanguage: string | undefined, meta: ParseMeta): WireItem | ItemError {
  if (!isObj(item)) return { index, field: '(item)', messages: ['item is empty'] };
  const guid = text(item.guid);
  const link = text(item.link);
  if (!guid && !link) return { index, field: 'guid', messages: ['an RSS item needs a guid or a link'] };
  const permalink = guid && attr(item.guid, 'isPermaLink') !== 'false' && /^https?:\/\//.test(guid) ? guid : undefined;
  return compact({
    sourceId: meta.sourceId,
    externalId: guid ?? link,
    url: link ?? permalink,
    title: text(item.title),
    // content:encoded (namespace prefix removed by the parser) is the full text; description often a teaser.
    body: text(item.encoded) ?? text(item.description),
    language: text(item.language) ?? channelLanguage,
    publishedAt: isoDate(text(item.pubDate)) ?? isoDate(text(item.date)),
    format: 'rss',
    subjects: list(item.category).map(text).filter(defined),
    authors: [...list(item.author), ...list(item.creator)].map(text).filter(defined),
  });
}

function atomText(node: unknown): { value?: string; html: boolean } {
  if (node === undefined) return { html: false };
  const raw = typeof node === 'string' ? node : (text(node) ?? '');
  const type = attr(node, 'type') ?? 'text';
  if (type === 'xhtml') return { value: raw.trim() || undefined, html: true };
  const value = decodeRawXmlText(raw);
  return { value: value || undefined, html: type === 'html' || /html/.test(type) };
}

function atomLink(entry: Obj): string | undefined {
  const links = list(entry.link);
  const alternate = links.find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate') ?? links[0];
  return attr(alternate, 'href');
}

function atomEntry(entry: unknown, index: number, feedLanguage: string | undefined, meta: ParseMeta): WireItem | ItemError {
  if (!isObj(entry)) return { index, field: '(item)', messages: ['entry is empty'] };
  const id = text(entry.id);
  const link = atomLink(entry);
  if (!id && !link) return { index, field: 'id', messages: ['an Atom entry needs an id'] };
  const content = atomText(entry.content);
  const summary = atomText(entry.summary);
  const chosen = content.value !== undefined ? content : summary;
  return compact({
    sourceId: meta.sourceId,
    externalId: id ?? link,
    url: link,
    title: text(entry.title),
    body: chosen.value,
    contentType: chosen.value === undefined ? undefined : chosen.html ? ('text/html' as const) : ('text/plain' as const),
    language: attr(entry, 'lang') ?? feedLanguage,
    publishedAt: isoDate(text(entry.published)) ?? isoDate(text(entry.updated)),
    // Atom's `updated` is when the entry last changed in a significant way: its version time.
    versionCreated: isoDate(text(entry.updated)),
    format: 'atom',
    subjects: list(entry.category)
      .map((c) => attr(c, 'term') ?? attr(c, 'label'))
      .filter(defined),
    authors: list(entry.author)
      .map((a) => (isObj(a) ? text(a.name) : text(a)))
      .filter(defined),
  });
}

/** RSS 2.0: every `channel/item` becomes an article (guid, link, title, content:encoded or description, pubDate, category, author). */
export function parseRss(body: Buffer | string, meta: ParseMeta = {}): ParseResult {
  const doc = parseXml(bodyText(body, meta.charset));
  const rss = doc.rss;
  if (!isObj(rss) || !isObj(rss.channel)) throw new WireFormatError('not an RSS 2.0 document: expected <rss><channel>');
  const language = text(rss.channel.language);
  return resultOf(list(rss.channel.item).map((it, i) => rssItem(it, i, language, meta)), true);
}

/** Atom (RFC 4287): every `entry` becomes an article (id, link, title, content or summary, published/updated, category, author). */
export function parseAtom(body: Buffer | string, meta: ParseMeta = {}): ParseResult {
  const doc = parseXml(bodyText(body, meta.charset), ATOM_STOP_NODES);
  const feed = doc.feed;
  if (feed === undefined || feed === '') throw new WireFormatError('not an Atom document: expected a <feed> root element');
  const f = isObj(feed) ? feed : {};
  return resultOf(list(f.entry).map((e, i) => atomEntry(e, i, attr(f, 'lang'), meta)), true);
}

/** RSS or Atom, told apart by the root element (for feeds served as application/xml). */
export function parseFeed(body: Buffer | string, meta: ParseMeta = {}): ParseResult {
  const head = bodyText(body, meta.charset).slice(0, 4096);
  return /<(\w+:)?feed[\s>]/.test(head) ? parseAtom(body, meta) : parseRss(body, meta);
}
