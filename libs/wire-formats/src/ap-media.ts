import { htmlBodyOf } from './ninjs-body';
import { arr, isObj, lowerKeys, ninjsToItem, Obj, str } from './ninjs';
import { parseJsonDocument } from './structure-limits';
import { bodyText, ParseMeta, ParseResult, resultOf, unprocessable, WireFormatError } from './types';

/**
 * AP Media API item JSON (`{api_version, data: {item}}`): the item is
 * ninjs 1.x with AP's fields; its text is a rendition (NITF, ANPA) to
 * download. When the NITF is inline (`nitf.body_html`, as a newsroom system
 * that fetched it stores the item), the item is read with it; otherwise it
 * is refused, 422, naming the rendition: ingest does not fetch remote text.
 */
export function isApMediaDocument(v: unknown): boolean {
  return (
    isObj(v) && v.api_version !== undefined && isObj(v.data) && (isObj(v.data.item) || Array.isArray(v.data.items))
  );
}

function renditionHref(item: Obj): string | undefined {
  const renditions = isObj(item.renditions) ? Object.values(item.renditions).filter(isObj) : [];
  const nitf = renditions.find((r) => /nitf/i.test(`${str(r.format) ?? ''} ${str(r.title) ?? ''}`)) ?? renditions[0];
  return nitf ? str(nitf.href) : undefined;
}

function apItem(raw: unknown, inline: unknown, index: number, meta: ParseMeta) {
  if (!isObj(raw)) return { index, field: 'data.item', messages: ['data.item must be a JSON object'] };
  const item = lowerKeys(raw) as Obj;
  const altids = isObj(item.altids) ? item.altids : {};
  const externalId = str(altids.itemid) ?? str(item.uri);
  const html = isObj(inline) ? str(inline.body_html) : undefined;
  if (!html) {
    const href = renditionHref(item);
    const where = href ? `${href} (renditions.nitf)` : 'its renditions';
    return unprocessable(
      index,
      'nitf',
      `remote content: the item's text is only at ${where}, which ingest does not fetch; send the item with its ` +
        `NITF inline`,
    );
  }
  return ninjsToItem(raw, index, meta, {
    externalId,
    body: { body: htmlBodyOf(html), contentType: 'text/html' },
    format: 'ap-media',
  });
}

/** One AP Media API item document (or a feed page of items, each with its NITF inline or refused). */
export function parseApMedia(body: Buffer | string, meta: ParseMeta = {}): ParseResult {
  const parsed = parseJsonDocument(bodyText(body, meta.charset));
  if (!isApMediaDocument(parsed))
    throw new WireFormatError('not an AP Media API document: expected {api_version, data: {item}}');
  const doc = parsed as Obj;
  const data = doc.data as Obj;
  if (Array.isArray(data.items)) {
    const items = arr(data.items).map((entry, i) =>
      isObj(entry) ? apItem(entry.item ?? entry, entry.nitf, i, meta) : apItem(entry, undefined, i, meta),
    );
    return resultOf(items, true);
  }
  return resultOf([apItem(data.item, doc.nitf, 0, meta)], false);
}
