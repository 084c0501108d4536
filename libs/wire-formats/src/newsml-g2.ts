import { attr, decodeRawXmlText, list, parseXml, text } from './xml';
import { bodyText, compact, isoDate, ItemError, ParseMeta, ParseResult, resultOf, WireFormatError, WireItem } from './types';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Inline content is kept as raw markup (the XHTML of `inlineXML`, the text of `inlineData`). */
const STOP_NODES = ['*.inlineXML', '*.inlineData'];

/** `stat:usable` / `stat:canceled` (or the full URI) → `usable` / `canceled`. */
function pubStatusOf(itemMeta: Obj): string | undefined {
  const q = attr(itemMeta.pubStatus, 'qcode') ?? attr(itemMeta.pubStatus, 'uri');
  if (!q) return undefined;
  return q.replace(/^.*[:/]/, '');
}

/** The body of an XHTML document, or the markup as given when it is a fragment. */
function xhtmlBody(raw: string): string {
  const m = /<body\b[^>]*>([\s\S]*)<\/body>/i.exec(raw);
  return (m ? m[1] : raw).trim();
}

function contentOf(contentSet: unknown): { body?: string; contentType?: 'text/html' | 'text/plain' } {
  if (!isObj(contentSet)) return {};
  const xml = list(contentSet.inlineXML)[0];
  if (xml !== undefined) {
    const raw = typeof xml === 'string' ? xml : (text(xml) ?? '');
    return { body: xhtmlBody(raw), contentType: 'text/html' };
  }
  const data = list(contentSet.inlineData)[0];
  if (data !== undefined) {
    const raw = typeof data === 'string' ? data : (text(data) ?? '');
    const type = attr(data, 'contenttype') ?? 'text/plain';
    return { body: decodeRawXmlText(raw), contentType: /html/i.test(type) ? 'text/html' : 'text/plain' };
  }
  return {};
}

function urlOf(itemMeta: Obj, contentMeta: Obj): string | undefined {
  for (const link of [...list(itemMeta.link), ...list(contentMeta.link)]) {
    const href = attr(link, 'href');
    if (href && /^https?:\/\//.test(href)) return href;
  }
  return undefined;
}

function newsItemToArticle(item: unknown, index: number, meta: ParseMeta): WireItem | ItemError {
  if (!isObj(item)) return { index, field: '(item)', messages: ['newsItem is empty'] };
  const guid = attr(item, 'guid');
  if (!guid) return { index, field: 'guid', messages: ['newsItem@guid is required'] };
  const itemMeta = isObj(item.itemMeta) ? item.itemMeta : {};
  const contentMeta = isObj(item.contentMeta) ? item.contentMeta : {};
  const version = attr(item, 'version');
  const urgency = text(contentMeta.urgency);
  const { body, contentType } = contentOf(item.contentSet);
  return compact({
    sourceId: meta.sourceId,
    externalId: guid,
    url: urlOf(itemMeta, contentMeta),
    title: text(list(contentMeta.headline)[0]),
    body,
    contentType,
    language: attr(list(contentMeta.language)[0], 'tag') ?? attr(item, 'lang'),
    publishedAt: isoDate(text(itemMeta.firstCreated)) ?? isoDate(text(contentMeta.contentCreated)),
    version: version === undefined ? undefined : /^\d+$/.test(version) ? Number(version) : (version as unknown as number),
    versionCreated: isoDate(text(itemMeta.versionCreated)),
    pubStatus: pubStatusOf(itemMeta),
    format: 'newsml-g2',
    urgency: urgency && /^\d+$/.test(urgency) ? Number(urgency) : undefined,
    subjects: list(contentMeta.subject)
      .map((s) => attr(s, 'qcode') ?? attr(s, 'uri') ?? text((s as Obj)?.name))
      .filter((s): s is string => s !== undefined),
    authors: list(contentMeta.creator)
      .map((c) => text((c as Obj)?.name) ?? attr(c, 'literal'))
      .filter((s): s is string => s !== undefined),
    embargoedUntil: isoDate(text(itemMeta.embargoed)),
  });
}

/**
 * A packageItem refers to its items; only `itemRef`s that carry their own
 * text (a title and a description) can become articles. The others are
 * named as errors: push those newsItems themselves.
 */
function packageRefs(pkg: unknown): unknown[] {
  if (!isObj(pkg)) return [];
  const refs: unknown[] = [];
  for (const group of list<Obj>(isObj(pkg.groupSet) ? pkg.groupSet.group : undefined)) refs.push(...list(group?.itemRef));
  return refs;
}

function itemRefToArticle(ref: unknown, index: number, meta: ParseMeta): WireItem | ItemError {
  const residref = attr(ref, 'residref');
  if (!residref) return { index, field: 'itemRef.residref', messages: ['itemRef@residref is required'] };
  const description = isObj(ref) ? text(list(ref.description)[0]) : undefined;
  if (!description) {
    return { index, field: 'itemRef', messages: [`itemRef ${residref} has no inline description: push the newsItem itself`] };
  }
  const version = attr(ref, 'version');
  return compact({
    sourceId: meta.sourceId,
    externalId: residref,
    title: isObj(ref) ? text(list(ref.title)[0]) : undefined,
    body: description,
    contentType: 'text/plain' as const,
    version: version && /^\d+$/.test(version) ? Number(version) : undefined,
    format: 'newsml-g2',
  });
}

/** NewsML-G2: a `newsItem`, a `packageItem`, or a `newsMessage` whose itemSet holds several items. */
export function parseNewsmlG2(body: Buffer | string, meta: ParseMeta = {}): ParseResult {
  const doc = parseXml(bodyText(body, meta.charset), STOP_NODES);
  if (doc.newsItem !== undefined) {
    const items = list(doc.newsItem);
    return resultOf(items.map((it, i) => newsItemToArticle(it, i, meta)), items.length > 1);
  }
  if (doc.packageItem !== undefined) {
    return resultOf(packageRefs(doc.packageItem).map((r, i) => itemRefToArticle(r, i, meta)), true);
  }
  if (isObj(doc.newsMessage)) {
    const itemSet = isObj(doc.newsMessage.itemSet) ? doc.newsMessage.itemSet : {};
    const out: Array<WireItem | ItemError> = [];
    const newsItems = list(itemSet.newsItem);
    for (const it of newsItems) out.push(newsItemToArticle(it, out.length, meta));
    // A package that only points at newsItems of the same message adds no article of its own.
    const carried = new Set(newsItems.map((it) => attr(it, 'guid')));
    for (const pkg of list(itemSet.packageItem)) {
      for (const r of packageRefs(pkg)) if (!carried.has(attr(r, 'residref'))) out.push(itemRefToArticle(r, out.length, meta));
    }
    return resultOf(out, true);
  }
  throw new WireFormatError('not a NewsML-G2 document: expected a newsItem, packageItem or newsMessage root element');
}
