import { NitfStory, readNitf } from './nitf';
import type { Obj } from './ninjs';
import { WireFormatError } from './types';
import { parseXmlTree } from './xml';

/** The text of a ninjs document and where it came from. */
export interface NinjsBody {
  body?: string;
  contentType?: 'text/html' | 'text/plain';
  /** The text is the document's description (a brief without a body): the description is not repeated as metadata. */
  fromDescription?: boolean;
  /** The NITF the body was read from, whose head adds metadata. */
  nitf?: NitfStory;
  /** Where the text is when the document only points at it. */
  remote?: string;
}

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

type Kind = 'html' | 'nitf' | 'text';

function kindOf(b: Obj): Kind {
  const type = [b.contenttype, b.role]
    .map((v) => (typeof v === 'string' ? v : ''))
    .join(' ')
    .toLowerCase();
  if (/nitf/.test(type) || /^\s*(<\?xml[^>]*>\s*)?<nitf[\s>]/.test(String(b.value))) return 'nitf';
  if (/html|xml/.test(type)) return 'html';
  return 'text';
}

const PREFERENCE: Kind[] = ['html', 'nitf', 'text'];

/** The inside of `<body>` when an HTML body is a whole document (its `<head>` and `<title>` are not story text). */
export function htmlBodyOf(html: string): string {
  const lower = html.toLowerCase();
  const open = lower.indexOf('<body');
  const start = open < 0 ? -1 : html.indexOf('>', open);
  const end = lower.lastIndexOf('</body');
  return (start >= 0 && end > start ? html.slice(start + 1, end) : html).trim();
}

function fromNitf(value: string, field: string): NinjsBody {
  try {
    const nitf = readNitf(parseXmlTree(value));
    return { body: nitf.body, contentType: 'text/html', nitf };
  } catch (err) {
    if (err instanceof WireFormatError)
      throw new WireFormatError(`${field} holds NITF that cannot be read: ${err.message}`, field);
    throw err;
  }
}

/** ninjs 2.x/3.x `bodies[]` of any role and content type: HTML first, then NITF, then plain text. */
function fromBodies(doc: Obj): NinjsBody | undefined {
  const bodies = (Array.isArray(doc.bodies) ? doc.bodies : []).filter((b): b is Obj => isObj(b) && nonEmpty(b.value));
  for (const kind of PREFERENCE) {
    const i = bodies.findIndex((b) => kindOf(b) === kind);
    if (i < 0) continue;
    const value = bodies[i].value as string;
    if (kind === 'nitf') return fromNitf(value, `bodies.${i}`);
    return kind === 'html'
      ? { body: htmlBodyOf(value), contentType: 'text/html' }
      : { body: value, contentType: 'text/plain' };
  }
  return undefined;
}

/** ninjs 1.x (and agency dialects) `body_html`, `body_xhtml`, `body_html5`, `bodyXhtml`, `body_nitf`, `body_text`. */
function fromFlatFields(doc: Obj): NinjsBody | undefined {
  for (const key of ['body_html', 'body_xhtml', 'bodyxhtml', 'body_html5', 'bodyhtml']) {
    if (nonEmpty(doc[key])) return { body: htmlBodyOf(doc[key]), contentType: 'text/html' };
  }
  if (nonEmpty(doc.body_nitf)) return fromNitf(doc.body_nitf, 'body_nitf');
  for (const key of ['body_text', 'bodytext']) {
    if (nonEmpty(doc[key])) return { body: doc[key], contentType: 'text/plain' };
  }
  return undefined;
}

const DESCRIPTION_ROLES = ['text', 'body', 'summary', 'lead', 'abstract'];

/**
 * A brief's text: ninjs 2.x/3.x `descriptions[]` (role text first), else 1.x `description_html` / `description_text`.
 */
function fromDescriptions(doc: Obj): NinjsBody | undefined {
  const list = (Array.isArray(doc.descriptions) ? doc.descriptions : []).filter(
    (d): d is Obj => isObj(d) && nonEmpty(d.value),
  );
  const rank = (d: Obj) => {
    const r = DESCRIPTION_ROLES.indexOf(typeof d.role === 'string' ? d.role.toLowerCase() : '');
    return r < 0 ? DESCRIPTION_ROLES.length : r;
  };
  const best = [...list].sort((a, b) => rank(a) - rank(b))[0];
  if (best) {
    const html = typeof best.contenttype === 'string' && /html/i.test(best.contenttype);
    return { body: best.value as string, contentType: html ? 'text/html' : 'text/plain', fromDescription: true };
  }
  if (nonEmpty(doc.description_html))
    return { body: doc.description_html, contentType: 'text/html', fromDescription: true };
  if (nonEmpty(doc.description_text))
    return { body: doc.description_text, contentType: 'text/plain', fromDescription: true };
  return undefined;
}

/** A rendition's address, when the document's text is only there. */
function remoteOf(doc: Obj): string | undefined {
  const renditions = Array.isArray(doc.renditions)
    ? doc.renditions
    : isObj(doc.renditions)
      ? Object.values(doc.renditions)
      : [];
  const href = renditions
    .filter(isObj)
    .map((r) => r.href)
    .find(nonEmpty);
  return href ? `${href} (renditions)` : undefined;
}

/** The story text of a ninjs document, whichever version and dialect carried it. */
export function ninjsBody(doc: Obj): NinjsBody {
  for (const read of [fromBodies, fromFlatFields, fromDescriptions]) {
    const found = read(doc);
    if (found?.body?.trim()) return found;
  }
  return { remote: remoteOf(doc) };
}
