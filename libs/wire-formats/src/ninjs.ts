import { assertJsonDepth } from './structure-limits';
import { bodyText, compact, isoDate, ItemError, ParseMeta, ParseResult, resultOf, WireFormatError, WireItem } from './types';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** ninjs `version` is a string ("2"); a non-numeric one is passed on for the validator to name. */
function versionOf(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  const s = str(v);
  if (s === undefined) return undefined;
  return /^\d+$/.test(s) ? Number(s) : (s as unknown as number);
}

/** The main body: ninjs 2.x `bodies` (role "main"/none first, HTML preferred), else 1.x `body_html` / `body_text`. */
function bodyOf(doc: Obj): { body?: string; contentType?: 'text/html' | 'text/plain' } {
  const bodies = arr(doc.bodies).filter(isObj);
  const main = bodies.filter((b) => b.role === undefined || b.role === 'main' || b.role === 'body');
  const candidates = main.length > 0 ? main : bodies;
  const html = candidates.find((b) => typeof b.contenttype === 'string' && /html/i.test(b.contenttype));
  const chosen = html ?? candidates[0];
  if (chosen && str(chosen.value)) {
    const isHtml = typeof chosen.contenttype === 'string' ? /html/i.test(chosen.contenttype) : undefined;
    return { body: chosen.value as string, contentType: isHtml === undefined ? undefined : isHtml ? 'text/html' : 'text/plain' };
  }
  if (str(doc.body_html)) return { body: doc.body_html as string, contentType: 'text/html' };
  if (str(doc.body_text)) return { body: doc.body_text as string, contentType: 'text/plain' };
  return {};
}

function headlineOf(doc: Obj): string | undefined {
  const headlines = arr(doc.headlines).filter(isObj);
  const main = headlines.find((h) => h.role === undefined || h.role === 'main') ?? headlines[0];
  return str(main?.value) ?? str(doc.headline) ?? str(doc.title);
}

/** ninjs 2.x `altids` is a list of `{role, value}`; 1.x an object of role → value. */
function altId(doc: Obj, role: string): string | undefined {
  if (Array.isArray(doc.altids)) return str(doc.altids.filter(isObj).find((a) => a.role === role)?.value);
  if (isObj(doc.altids)) return str(doc.altids[role]);
  return undefined;
}

function urlOf(doc: Obj): string | undefined {
  const fromAlt = altId(doc, 'url') ?? altId(doc, 'canonical');
  if (fromAlt) return fromAlt;
  const link = arr(doc.links)
    .filter(isObj)
    .find((l) => typeof l.href === 'string' && /^https?:\/\//.test(l.href) && (l.rel === undefined || (typeof l.rel === 'string' && /canonical|self|alternate/.test(l.rel))));
  if (link) return link.href as string;
  // A ninjs uri is often the article's web address itself.
  const uri = str(doc.uri);
  return uri && /^https?:\/\//.test(uri) ? uri : undefined;
}

function subjectsOf(doc: Obj): string[] {
  return arr(doc.subjects)
    .filter(isObj)
    .map((s) => str(s.uri) ?? str(s.code) ?? str(s.name))
    .filter((s): s is string => s !== undefined);
}

function authorsOf(doc: Obj): string[] {
  const out: string[] = [];
  for (const b of arr(doc.bylines).filter(isObj)) if (str(b.byline)) out.push(str(b.byline)!);
  for (const p of arr(doc.people).filter(isObj)) if (typeof p.rel === 'string' && /author|creator/i.test(p.rel) && str(p.name)) out.push(str(p.name)!);
  if (out.length === 0 && (str(doc.by) ?? str(doc.byline))) out.push((str(doc.by) ?? str(doc.byline))!);
  return out;
}

function urgencyOf(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  const s = str(v);
  return s !== undefined && /^\d+$/.test(s) ? Number(s) : undefined;
}

/** One ninjs document → one article. `uri` is the story's identity across versions. */
export function ninjsToItem(doc: unknown, index: number, meta: ParseMeta): WireItem | ItemError {
  if (!isObj(doc)) return { index, field: '(item)', messages: ['a ninjs document must be a JSON object'] };
  const uri = str(doc.uri);
  if (uri === undefined) return { index, field: 'uri', messages: ['uri is required (ninjs 2.x)'] };
  const { body, contentType } = bodyOf(doc);
  return compact({
    sourceId: meta.sourceId,
    externalId: uri,
    url: urlOf(doc),
    title: headlineOf(doc),
    body,
    contentType,
    language: str(doc.language),
    publishedAt: isoDate(doc.firstcreated) ?? isoDate(doc.contentcreated),
    version: versionOf(doc.version),
    versionCreated: isoDate(doc.versioncreated),
    pubStatus: str(doc.pubstatus),
    format: 'ninjs',
    urgency: urgencyOf(doc.urgency),
    subjects: subjectsOf(doc),
    authors: authorsOf(doc),
    embargoedUntil: isoDate(doc.embargoed),
  });
}

/** ninjs 2.x (and the 1.x body/headline fields): one document, or a JSON array of documents. */
export function parseNinjs(body: Buffer | string, meta: ParseMeta = {}): ParseResult {
  const text = bodyText(body, meta.charset);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new WireFormatError(`request body is not valid JSON: ${(err as Error).message}`);
  }
  assertJsonDepth(parsed);
  if (Array.isArray(parsed)) return resultOf(parsed.map((d, i) => ninjsToItem(d, i, meta)), true);
  return resultOf([ninjsToItem(parsed, 0, meta)], false);
}
