import { isoDate, optionalDate, pubStatusOf, urgencyOf } from './metadata';
import { newsml1Metadata } from './newsml1-metadata';
import { hasText, storyParts } from './newsml1-parts';
import { storyItem } from './story';
import { bodyText, compact, ItemError, ParseMeta, ParseResult, resultOf, unprocessable, WireFormatError, WireItem } from './types';
import { at, attrOf, descendants, element, elements, parseXmlTree, textOf, XmlElement } from './xml';

/**
 * NewsML 1.x (1.0–1.2): a NewsML envelope with NewsItems, each a tree of
 * NewsComponents whose ContentItems hold NITF, XHTML or text. Every
 * NewsItem is an article; one whose top component holds the same story in
 * several languages (Belga) gives an article per language.
 */

/** The story's identity across revisions: provider, date and item id (the PublicIdentifier also carries the revision). */
function identityOf(item: XmlElement, meta: ParseMeta): string | undefined {
  const id = at(item, 'Identification/NewsIdentifier');
  const provider = textOf(element(id, 'ProviderId'));
  const itemId = textOf(element(id, 'NewsItemId'));
  if (itemId) return [provider, textOf(element(id, 'DateId')), itemId].filter(Boolean).join(':');
  // Feeds that leave NewsItemId out carry an id of their own (TASS: a guid element, a Duid).
  const own = textOf(descendants(item, 'guid')[0]) ?? attrOf(item, 'Duid') ?? attrOf(element(item, 'NewsComponent'), 'Duid');
  if (own) return [provider, own].filter(Boolean).join(':');
  return meta.externalId;
}

function revisionOf(item: XmlElement): number | undefined {
  const r = textOf(at(item, 'Identification/NewsIdentifier/RevisionId'));
  return r !== undefined && /^\d{1,9}$/.test(r) && Number(r) >= 1 ? Number(r) : undefined;
}

/** Belga sends one component per language, each a whole story: those are separate articles. */
function storyUnits(top: XmlElement): XmlElement[] {
  const children = elements(top, 'NewsComponent').filter(hasText);
  const languages = new Set(children.map((c) => attrOf(c, 'lang')?.toLowerCase()));
  if (children.length > 1 && languages.size === children.length && !languages.has(undefined)) return children;
  return [top];
}

function newsManagement(item: XmlElement) {
  const nm = element(item, 'NewsManagement');
  const status = attrOf(element(nm, 'Status'), 'FormalName');
  const urgency = element(nm, 'Urgency');
  const willChange = element(nm, 'StatusWillChange');
  return {
    publishedAt: isoDate(textOf(element(nm, 'FirstCreated'))),
    firstCreated: optionalDate(textOf(element(nm, 'FirstCreated'))),
    versionCreated: isoDate(textOf(element(nm, 'ThisRevisionCreated'))),
    pubStatus: pubStatusOf(status),
    urgency: urgencyOf(attrOf(urgency, 'FormalName') ?? textOf(urgency)),
    // An embargoed item says when its status changes (to usable).
    embargoedUntil: /embargo/i.test(status ?? '') ? isoDate(textOf(element(willChange, 'DateAndTime'))) : undefined,
  };
}

/** One story unit of a NewsItem, the item it is in, its place in the document and the id it gets. */
interface StoryUnit {
  unit: XmlElement;
  item: XmlElement;
  index: number;
  id: string;
}

function unitToArticle({ unit, item, index, id }: StoryUnit, ctx: { envelopeUrgency?: number; meta: ParseMeta }): WireItem | ItemError {
  const parts = storyParts(unit);
  const management = newsManagement(item);
  const metadata = newsml1Metadata(unit, item, parts);
  const article = compact({
    sourceId: ctx.meta.sourceId,
    externalId: id,
    body: parts.html.join('\n') || undefined,
    contentType: 'text/html' as const,
    version: revisionOf(item),
    ...management,
    embargoedUntil: management.embargoedUntil ?? parts.nitf?.embargoedUntil,
    format: 'newsml1',
    provenance: 'edited' as const,
    ...metadata,
    urgency: management.urgency ?? metadata.urgency ?? parts.nitf?.urgency ?? ctx.envelopeUrgency,
  });
  const onlyMedia = parts.html.length === 0 && parts.media.length > 0 && !parts.remote;
  return storyItem(article, index, {
    remote: parts.remote,
    notText: onlyMedia ? `a NewsML 1.x item whose components are ${[...new Set(parts.media)].join(', ')}` : undefined,
  });
}

function newsItemArticles(item: XmlElement, first: number, ctx: { envelopeUrgency?: number; meta: ParseMeta }): Array<WireItem | ItemError> {
  const id = identityOf(item, ctx.meta);
  if (!id) return [{ index: first, field: 'Identification', messages: ['a NewsItem needs Identification/NewsIdentifier (ProviderId, DateId, NewsItemId)'] }];
  const top = element(item, 'NewsComponent');
  if (!top) return [unprocessable(first, 'NewsComponent', 'no text: the NewsItem has no NewsComponent')];
  const units = storyUnits(top);
  return units.map((unit, i) => {
    const suffix = units.length > 1 ? `#${attrOf(unit, 'lang') ?? attrOf(unit, 'Duid') ?? i}` : '';
    return unitToArticle({ unit, item, index: first + i, id: `${id}${suffix}` }, ctx);
  });
}

/** A parsed NewsML 1.x document → its articles. */
export function newsml1Result(root: XmlElement, meta: ParseMeta): ParseResult {
  if (root.name !== 'NewsML') throw new WireFormatError(`not a NewsML 1.x document: the root element is <${root.name}>, expected <NewsML>`);
  const priority = attrOf(at(root, 'NewsEnvelope/Priority'), 'FormalName');
  const ctx = { envelopeUrgency: urgencyOf(priority), meta };
  const out: Array<WireItem | ItemError> = [];
  for (const item of elements(root, 'NewsItem')) out.push(...newsItemArticles(item, out.length, ctx));
  return resultOf(out, out.length !== 1);
}

/** NewsML 1.0–1.2 (a DOCTYPE naming the DTD is allowed, never read). */
export function parseNewsml1(body: Buffer | string, meta: ParseMeta = {}): ParseResult {
  return newsml1Result(parseXmlTree(bodyText(body, meta.charset)), meta);
}

