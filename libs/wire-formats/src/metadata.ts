import { FEED_METADATA_LIMITS, FEED_TEXT_LIMITS, LANGUAGE_TAG_PATTERN, LIMITS, PUB_STATUSES } from '@news/contracts';
import { stripMarkup } from './markup-scan';
import { WireConcept, WireItem } from './types';

/**
 * Helpers the readers share to turn a feed's metadata into the fields of a
 * WireItem: plain text (never markup), concepts with their scheme, dates
 * as ISO 8601, languages as BCP 47, and every value within the contract's
 * limits (a value beyond them is cut at a word or dropped, never the story).
 */

const NAMED_REFERENCES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** References left in a value that came from HTML (`&amp;`, `&#233;`); unknown names stay as written. */
function decodeReferences(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED_REFERENCES[ref.toLowerCase()] ?? whole;
    const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
  });
}

/**
 * A metadata value as plain text: tags removed (again after references are
 * decoded, so `&lt;script&gt;` never becomes a tag), whitespace collapsed
 * (line breaks kept when `lines`); undefined when empty.
 */
export function plain(value: unknown, lines = false): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  let s = stripMarkup(value, true);
  if (s.includes('&')) s = stripMarkup(decodeReferences(s), true);
  s = lines ? s.replace(/[^\S\n]+/g, ' ').replace(/ *\n[\s]*/g, '\n') : s.replace(/\s+/g, ' ');
  s = s.trim();
  return s === '' ? undefined : s;
}

/** Plain text cut at a word boundary to at most `max` characters. */
export function clip(s: string | undefined, max: number): string | undefined {
  if (s === undefined || s.length <= max) return s;
  const cut = s.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut).trim();
}

/** The first defined plain value. */
export function firstPlain(...values: unknown[]): string | undefined {
  for (const v of values) {
    const s = plain(v);
    if (s !== undefined) return s;
  }
  return undefined;
}

/** Distinct plain strings, in order. */
export function uniquePlain(values: unknown[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const s = plain(v);
    if (s !== undefined && !seen.has(s.toLowerCase())) {
      seen.add(s.toLowerCase());
      out.push(s);
    }
  }
  return out;
}

/** A concept from its parts; undefined when it has no code, name or uri. */
export function concept(parts: {
  scheme?: unknown;
  code?: unknown;
  name?: unknown;
  uri?: unknown;
}): WireConcept | undefined {
  const c: WireConcept = {};
  const scheme = plain(parts.scheme);
  const code = plain(parts.code);
  const name = plain(parts.name);
  const uri = plain(parts.uri);
  if (code === undefined && name === undefined && uri === undefined) return undefined;
  if (scheme !== undefined) c.scheme = scheme;
  if (code !== undefined) c.code = code;
  if (name !== undefined) c.name = name;
  if (uri !== undefined) c.uri = uri;
  return c;
}

/** A NewsML-G2 style qcode `scheme:code` as a concept with its scheme. */
export function qcodeConcept(qcode: string | undefined, name?: string, uri?: string): WireConcept | undefined {
  const scheme = qcode?.includes(':') ? qcode.slice(0, qcode.indexOf(':')) : undefined;
  return concept({ scheme, code: qcode, name, uri });
}

function conceptKey(c: WireConcept): string {
  return `${c.scheme ?? ''}|${c.code ?? ''}|${c.name ?? ''}|${c.uri ?? ''}`.toLowerCase();
}

export function uniqueConcepts(list: Array<WireConcept | undefined>): WireConcept[] {
  const seen = new Set<string>();
  return list.filter((c): c is WireConcept => {
    if (!c || seen.has(conceptKey(c))) return false;
    seen.add(conceptKey(c));
    return true;
  });
}

const BYLINE_PREFIX = /^(by|von|af|av|par|por|di|door|kirjoittanut)\s+/i;
const NAME_JOINER = /\s+(?:and|und|og|och|et|y|en|ja|e|&)\s+/i;

/**
 * Names in a byline ("By Jane Doe and John Roe") when it names people; the agency after a comma or slash is not a name.
 */
export function bylineAuthors(byline: string | undefined): string[] {
  if (!byline) return [];
  const names = byline
    .replace(BYLINE_PREFIX, '')
    .split(/[,/(]/)[0]
    .split(NAME_JOINER)
    .map((n) => n.trim())
    .filter((n) => n !== '' && n.length <= 80);
  return names;
}

/**
 * `20190603T174729+0200`, `2016-05-12T00:05:13+02:00`, RFC 822 and the like as ISO 8601; the input unchanged when it is
 * no date.
 */
export function isoDate(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  let s = value.trim();
  const basic = /^(\d{4})(\d\d)(\d\d)(?:T(\d\d)(\d\d)(\d\d)?(?:[.,]\d+)?)?\s*(Z|[+-]\d\d:?\d\d)?$/.exec(s);
  if (basic) {
    const [, y, mo, d, h = '00', mi = '00', sec = '00', zone] = basic;
    s =
      `${y}-${mo}-${d}T${h}:${mi}:${sec}` +
      `${zone ? (zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`) : 'Z'}`;
  }
  // `+0200` written without a colon after an extended date-time.
  s = s.replace(/^(\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?)([+-]\d\d)(\d\d)$/, '$1$2:$3');
  const t = Date.parse(s);
  return Number.isNaN(t) ? value.trim() : new Date(t).toISOString();
}

/**
 * A date that is only metadata: dropped when it does not parse or lies outside the years the store holds (1000-9999),
 * rather than refusing the story.
 */
export function optionalDate(value: unknown): string | undefined {
  const d = isoDate(value);
  return d !== undefined && /^[1-9]\d{3}-\d\d-\d\dT/.test(d) ? d : undefined;
}

/** A declared language as a BCP 47 tag (`en_US` → `en-US`); undefined when it is not one. */
export function languageTag(value: unknown): string | undefined {
  const s = plain(value)?.replace(/_/g, '-');
  return s !== undefined && LANGUAGE_TAG_PATTERN.test(s) && s.length <= 35 ? s : undefined;
}

/** Urgency 1 (most urgent) … 9; anything else is not an IPTC urgency and is left out. */
export function urgencyOf(value: unknown): number | undefined {
  const n =
    typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 9 ? n : undefined;
}

const PUB_STATUS_SYNONYMS: Record<string, string> = {
  cancelled: 'canceled',
  killed: 'canceled',
  kill: 'canceled',
  usable: 'usable',
  withheld: 'withheld',
};

/** `stat:usable`, `Usable`, `canceled`… as the contract's pubStatus; unknown values are left out. */
export function pubStatusOf(value: unknown): string | undefined {
  const s = plain(value)
    ?.replace(/^.*[:/]/, '')
    .toLowerCase();
  if (s === undefined) return undefined;
  const mapped = PUB_STATUS_SYNONYMS[s] ?? s;
  return (PUB_STATUSES as readonly string[]).includes(mapped) ? mapped : undefined;
}

const TEXT_LIMITS: Record<string, number> = {
  title: LIMITS.titleLength,
  byline: FEED_TEXT_LIMITS.short,
  copyright: FEED_TEXT_LIMITS.short,
  description: FEED_TEXT_LIMITS.long,
  editorialNote: FEED_TEXT_LIMITS.long,
  usageTerms: FEED_TEXT_LIMITS.long,
  slugline: FEED_METADATA_LIMITS.itemLength,
  located: FEED_METADATA_LIMITS.itemLength,
  dateline: FEED_METADATA_LIMITS.itemLength,
};

function clipConcept(c: string | WireConcept): string | WireConcept | undefined {
  const max = FEED_METADATA_LIMITS.itemLength;
  if (typeof c === 'string') return clip(plain(c), max);
  const out: WireConcept = {};
  for (const k of ['scheme', 'code', 'name', 'uri'] as const) {
    const v = k === 'uri' ? c[k] : plain(c[k]);
    // A uri cut short would point elsewhere: it is left out instead.
    if (v !== undefined && (k !== 'uri' || v.length <= max)) out[k] = clip(v, max);
  }
  return out.code || out.name || out.uri ? out : undefined;
}

/** Brings an item's metadata within the contract's limits. */
/** Fields whose line breaks mean something (a note, a summary of several paragraphs). */
const MULTILINE = new Set(['description', 'editorialNote', 'usageTerms']);

export function cleanMetadata(item: WireItem): WireItem {
  const out: WireItem = { ...item };
  for (const [field, max] of Object.entries(TEXT_LIMITS)) {
    if (typeof out[field] === 'string') out[field] = clip(plain(out[field], MULTILINE.has(field)), max);
  }
  const maxItems = FEED_METADATA_LIMITS.listItems;
  for (const field of ['subjects', 'genres'] as const) {
    const list = out[field];
    if (list)
      out[field] = list
        .map(clipConcept)
        .filter((c): c is string | WireConcept => c !== undefined)
        .slice(0, maxItems);
  }
  for (const field of ['authors', 'keywords'] as const) {
    const list = out[field];
    if (list)
      out[field] = uniquePlain(list)
        .map((s) => clip(s, FEED_METADATA_LIMITS.itemLength)!)
        .slice(0, maxItems);
  }
  for (const [k, v] of Object.entries(out)) {
    if (v === undefined || v === null || (Array.isArray(v) && v.length === 0)) delete out[k];
  }
  return out;
}
