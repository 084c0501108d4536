import { parseJsonDocument } from './structure-limits';
import { isoDate, optionalDate, pubStatusOf } from './metadata';
import { NinjsBody, ninjsBody } from './ninjs-body';
import { ninjsMetadata } from './ninjs-metadata';
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

export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
export const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : typeof v === 'number' ? String(v) : undefined;
export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);

/**
 * The same document with every key in lower case: ninjs 3.x writes
 * `versionCreated`, `pubStatus`, `contentType` where 2.x wrote them in lower
 * case, and 1.x-style feeds mix both (`headLine`, `bodyXhtml`).
 */
export function lowerKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(lowerKeys);
  if (!isObj(value)) return value;
  const out: Obj = {};
  for (const [k, v] of Object.entries(value)) {
    const key = k.toLowerCase();
    if (!(key in out) || out[key] === null || out[key] === undefined) out[key] = lowerKeys(v);
  }
  return out;
}

/** ninjs `version` is a string ("2"); a non-numeric one is left out (it orders nothing). */
function versionOf(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1) return v;
  const s = str(v);
  return s !== undefined && /^\d{1,9}$/.test(s) && Number(s) >= 1 ? Number(s) : undefined;
}

/** ninjs 2.x `altids` is a list of `{role, value}`; 1.x an object of role → value. */
function altId(doc: Obj, role: string): string | undefined {
  if (Array.isArray(doc.altids)) return str(doc.altids.filter(isObj).find((a) => a.role === role)?.value);
  if (isObj(doc.altids)) return str(doc.altids[role]);
  return undefined;
}

function urlOf(doc: Obj): string | undefined {
  const candidates = [altId(doc, 'url'), altId(doc, 'canonical')];
  for (const l of arr(doc.links).filter(isObj)) {
    if (typeof l.rel !== 'string' || /canonical|self|alternate/.test(l.rel)) candidates.push(str(l.href));
  }
  // A ninjs uri is often the article's web address itself.
  candidates.push(str(doc.uri));
  return candidates.find((c) => c !== undefined && /^https?:\/\/\S+$/.test(c) && c.length <= 2048);
}

/** Item types that are not text; a text item may still come without a type. */
const NOT_TEXT_TYPES = new Set(['picture', 'graphic', 'video', 'audio', 'event', 'planning', 'component', 'concept']);

function notTextReason(doc: Obj): string | undefined {
  const type = str(doc.type)?.toLowerCase();
  if (type !== undefined && NOT_TEXT_TYPES.has(type)) return `a ninjs ${type} item`;
  if (isObj(doc.eventdetails) || isObj(doc.event)) return 'a ninjs event (eventDetails)';
  return undefined;
}

/** JSON that is an event or a fixture rather than a story (a calendar entry, a match), told by its fields. */
function eventReason(doc: Obj): string | undefined {
  if (doc.startdate !== undefined || doc.enddate !== undefined) return 'an event (startDate/endDate)';
  if (doc.hometeam !== undefined && doc.awayteam !== undefined) return 'a sports fixture (homeTeam/awayTeam)';
  return undefined;
}

/** What a dialect of ninjs (an agency API) decides itself instead of the ninjs rules. */
export interface NinjsDialect {
  externalId?: string;
  body?: NinjsBody;
  format?: string;
}

/** One ninjs document (1.x, 2.x or 3.x) → one article. `uri` (1.x: `guid`) is the story's identity across versions. */
export function ninjsToItem(
  raw: unknown,
  index: number,
  meta: ParseMeta,
  dialect: NinjsDialect = {},
): WireItem | ItemError {
  if (!isObj(raw)) return { index, field: '(item)', messages: ['a ninjs document must be a JSON object'] };
  const doc = lowerKeys(raw) as Obj;
  const id = dialect.externalId ?? str(doc.uri) ?? str(doc.guid) ?? str(doc._id);
  const event = id === undefined ? eventReason(doc) : undefined;
  if (event) return unprocessable(index, '(item)', `not a text item: ${event}`);
  if (id === undefined)
    return { index, field: 'uri', messages: ['uri is required (ninjs 2.x and 3.x; guid in ninjs 1.x)'] };
  let body: NinjsBody;
  try {
    body = dialect.body ?? ninjsBody(doc);
  } catch (err) {
    if (err instanceof WireFormatError) return { index, field: err.field, messages: [err.message] };
    throw err;
  }
  const item = compact({
    sourceId: meta.sourceId,
    externalId: id,
    url: urlOf(doc),
    body: body.body,
    contentType: body.contentType,
    publishedAt: isoDate(str(doc.firstpublished) ?? str(doc.firstcreated) ?? str(doc.contentcreated)),
    firstCreated: optionalDate(str(doc.firstcreated) ?? str(doc.contentcreated)),
    version: versionOf(doc.version),
    versionCreated: isoDate(str(doc.versioncreated)),
    pubStatus: pubStatusOf(doc.pubstatus),
    format: dialect.format ?? 'ninjs',
    provenance: 'edited' as const,
    ...ninjsMetadata(doc, body),
  });
  return storyItem(item, index, { notText: notTextReason(doc), remote: body.remote });
}

/** `{total, item: […]}` (ninjs 1.x search results), `{data: {item}}` (agency APIs) or the document itself. */
function documentsOf(parsed: unknown): { docs: unknown[]; batch: boolean } {
  if (Array.isArray(parsed)) return { docs: parsed, batch: true };
  if (isObj(parsed) && !('uri' in parsed) && !('guid' in parsed)) {
    for (const key of ['item', 'items']) {
      if (Array.isArray(parsed[key])) return { docs: parsed[key] as unknown[], batch: true };
    }
    if (isObj(parsed.data)) return documentsOf(isObj(parsed.data.item) ? parsed.data.item : parsed.data);
    if (isObj(parsed.item)) return { docs: [parsed.item], batch: false };
  }
  return { docs: [parsed], batch: false };
}

/** ninjs 1.x, 2.x or 3.x: one document, a JSON array of documents, or a wrapped list. */
export function parseNinjs(body: Buffer | string, meta: ParseMeta = {}): ParseResult {
  const parsed = parseJsonDocument(bodyText(body, meta.charset));
  const { docs, batch } = documentsOf(parsed);
  return resultOf(
    docs.map((d, i) => ninjsToItem(d, i, meta)),
    batch,
  );
}
