import { isoDate, optionalDate, pubStatusOf } from './metadata';
import { g2Content } from './newsml-g2-content';
import { g2Metadata } from './newsml-g2-metadata';
import { storyItem } from './story';
import {
  bodyText,
  compact,
  ItemError,
  ParseMeta,
  ParseResult,
  resultOf,
  unprocessable,
  WireFormatError,
  WireItem,
} from './types';
import { attrOf, element, elements, parseXmlTree, textOf, XmlElement } from './xml';

/** Item classes that carry text; anything else (ninat:picture, ninat:video…) is not a story. */
const TEXT_CLASSES = new Set(['text', 'composite']);

function notTextReason(item: XmlElement): string | undefined {
  const qcode = attrOf(element(element(item, 'itemMeta'), 'itemClass'), 'qcode');
  const cls = qcode?.replace(/^.*[:/]/, '').toLowerCase();
  return cls !== undefined && !TEXT_CLASSES.has(cls) ? `a NewsML-G2 ${cls} item (itemClass ${qcode})` : undefined;
}

function versionOf(item: XmlElement): number | undefined {
  const v = attrOf(item, 'version');
  return v !== undefined && /^\d{1,9}$/.test(v) && Number(v) >= 1 ? Number(v) : undefined;
}

function urlOf(item: XmlElement): string | undefined {
  for (const link of [
    ...elements(element(item, 'itemMeta'), 'link'),
    ...elements(element(item, 'contentMeta'), 'link'),
  ]) {
    const href = attrOf(link, 'href');
    if (href && /^https?:\/\/\S+$/.test(href) && href.length <= 2048) return href;
  }
  return undefined;
}

function newsItemToArticle(item: XmlElement, index: number, meta: ParseMeta): WireItem | ItemError {
  const guid = attrOf(item, 'guid');
  if (!guid) return { index, field: 'guid', messages: ['newsItem@guid is required'] };
  const itemMeta = element(item, 'itemMeta');
  let content: ReturnType<typeof g2Content>;
  try {
    content = g2Content(element(item, 'contentSet'));
  } catch (err) {
    if (err instanceof WireFormatError) return { index, field: 'contentSet', messages: [err.message] };
    throw err;
  }
  const article = compact({
    sourceId: meta.sourceId,
    externalId: guid,
    url: urlOf(item),
    body: content.body,
    contentType: content.contentType,
    publishedAt: isoDate(
      textOf(element(itemMeta, 'firstCreated')) ?? textOf(element(element(item, 'contentMeta'), 'contentCreated')),
    ),
    version: versionOf(item),
    versionCreated: isoDate(textOf(element(itemMeta, 'versionCreated'))),
    pubStatus: pubStatusOf(
      attrOf(element(itemMeta, 'pubStatus'), 'qcode') ?? attrOf(element(itemMeta, 'pubStatus'), 'uri'),
    ),
    embargoedUntil: isoDate(textOf(element(itemMeta, 'embargoed'))) ?? content.nitf?.embargoedUntil,
    firstCreated: optionalDate(
      textOf(element(itemMeta, 'firstCreated')) ?? textOf(element(element(item, 'contentMeta'), 'contentCreated')),
    ),
    format: 'newsml-g2',
    provenance: 'edited' as const,
    ...g2Metadata(item, content),
  });
  return storyItem(article, index, { notText: notTextReason(item), remote: content.remote });
}

/**
 * A packageItem refers to its items; only `itemRef`s that carry their own
 * text (a description) can become articles. The others are named, 422:
 * push those newsItems themselves.
 */
function packageRefs(pkg: XmlElement): XmlElement[] {
  return elements(element(pkg, 'groupSet'), 'group').flatMap((g) => elements(g, 'itemRef'));
}

function itemRefToArticle(ref: XmlElement, index: number, meta: ParseMeta): WireItem | ItemError {
  const residref = attrOf(ref, 'residref');
  if (!residref) return { index, field: 'itemRef.residref', messages: ['itemRef@residref is required'] };
  const description = textOf(element(ref, 'description'));
  if (!description)
    return unprocessable(
      index,
      'itemRef',
      `remote content: itemRef ${residref} has no inline text; push the newsItem itself`,
    );
  const version = attrOf(ref, 'version');
  return storyItem(
    compact({
      sourceId: meta.sourceId,
      externalId: residref,
      title: textOf(element(ref, 'title')),
      body: description,
      contentType: 'text/plain' as const,
      version: version && /^\d{1,9}$/.test(version) ? Number(version) : undefined,
      format: 'newsml-g2',
      provenance: 'edited' as const,
    }),
    index,
  );
}

/** G2 items that are never stories. */
const OTHER_ITEMS: Record<string, string> = {
  planningItem: 'a NewsML-G2 planningItem (planning)',
  conceptItem: 'a NewsML-G2 conceptItem (a concept)',
  knowledgeItem: 'a NewsML-G2 knowledgeItem (concepts)',
  eventsML: 'an EventsML-G2 document (events)',
  catalog: 'a NewsML-G2 catalog',
};

function messageItems(message: XmlElement, meta: ParseMeta): Array<WireItem | ItemError> {
  const out: Array<WireItem | ItemError> = [];
  const itemSet = element(message, 'itemSet');
  const newsItems = elements(itemSet, 'newsItem');
  // A package that only points at newsItems of the same message adds no article of its own.
  const carried = new Set(newsItems.map((it) => attrOf(it, 'guid')));
  for (const child of elements(itemSet)) {
    if (child.name === 'newsItem') out.push(newsItemToArticle(child, out.length, meta));
    else if (child.name === 'packageItem') {
      for (const r of packageRefs(child))
        if (!carried.has(attrOf(r, 'residref'))) out.push(itemRefToArticle(r, out.length, meta));
    } else if (OTHER_ITEMS[child.name])
      out.push(unprocessable(out.length, child.name, `not a text item: ${OTHER_ITEMS[child.name]}`));
  }
  return out;
}

/** A parsed NewsML-G2 root → its articles (also used by generic XML dispatch). */
export function g2Result(root: XmlElement, meta: ParseMeta): ParseResult {
  switch (root.name) {
    case 'newsItem':
      return resultOf([newsItemToArticle(root, 0, meta)], false);
    case 'packageItem':
      return resultOf(
        packageRefs(root).map((r, i) => itemRefToArticle(r, i, meta)),
        true,
      );
    case 'newsMessage':
      return resultOf(messageItems(root, meta), true);
  }
  if (OTHER_ITEMS[root.name]) throw new WireFormatError(`not a text item: ${OTHER_ITEMS[root.name]}`, '(body)', 422);
  throw new WireFormatError(
    `not a NewsML-G2 document: the root element is <${root.name}>, expected a newsItem, packageItem or newsMessage`,
  );
}

/** NewsML-G2: a `newsItem`, a `packageItem`, or a `newsMessage` whose itemSet holds several items. */
export function parseNewsmlG2(body: Buffer | string, meta: ParseMeta = {}): ParseResult {
  return g2Result(parseXmlTree(bodyText(body, meta.charset)), meta);
}
