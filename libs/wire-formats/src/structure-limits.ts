import { WireFormatError } from './types';

/**
 * Limits on the shape of untrusted documents. News documents are shallow
 * (ninjs nests about 5 levels, NewsML-G2 with inline XHTML a few dozen);
 * anything far deeper is an attack on recursive code further on
 * (validators, DOM walkers), so it is refused up front with a clear error.
 */
export const MAX_JSON_DEPTH = 32;
export const MAX_XML_DEPTH = 256;

/** Refuses JSON values nested deeper than MAX_JSON_DEPTH (checked without recursion). */
export function assertJsonDepth(value: unknown, max = MAX_JSON_DEPTH): void {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth > max) throw new WireFormatError(`JSON nests deeper than ${max} levels`);
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
}

/** Constructs whose content holds no elements, and where each ends. */
const OPAQUE: Array<[string, string]> = [
  ['<!--', '-->'],
  ['<![CDATA[', ']]>'],
  ['<?', '?>'],
  ['<!', '>'],
];

/**
 * Refuses XML whose elements nest deeper than MAX_XML_DEPTH, before any
 * parser recurses: one pass over the text (indexOf only; a run of unclosed
 * comment or tag starts costs no rescans). Malformed text is left for the
 * validator to name.
 */
export function assertXmlDepth(xml: string, max = MAX_XML_DEPTH): void {
  let depth = 0;
  let i = 0;
  let nextGt = 0;
  for (;;) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) return;
    const opaque = OPAQUE.find(([open]) => xml.startsWith(open, lt));
    if (opaque) {
      const end = xml.indexOf(opaque[1], lt + opaque[0].length);
      if (end < 0) return;
      i = end + opaque[1].length;
      continue;
    }
    if (nextGt !== -1 && nextGt <= lt) nextGt = xml.indexOf('>', lt + 1);
    if (nextGt < 0) return;
    if (xml[lt + 1] === '/') depth--;
    else if (/[A-Za-z_]/.test(xml[lt + 1] ?? '') && xml[nextGt - 1] !== '/' && ++depth > max) {
      throw new WireFormatError(`XML nests deeper than ${max} elements`);
    }
    i = lt + 1;
  }
}

/** Own keys that would reach an object's prototype if code ever assigned them. */
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'];

export function prototypeKeysOf(value: object): string[] {
  return PROTOTYPE_KEYS.filter((k) => Object.prototype.hasOwnProperty.call(value, k));
}

/**
 * Fields of a parsed item whose text holds a NUL (from a JSON `\u0000` or an
 * XML `&#0;`): text cannot carry it, so the item is refused naming the field.
 */
export function fieldsWithNul(item: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const [field, v] of Object.entries(item)) {
    const values = Array.isArray(v) ? v : [v];
    if (values.some((x) => typeof x === 'string' && x.includes('\u0000'))) out.push(field);
  }
  return out;
}

/** A JSON document from text, refused (400) when it is not JSON or nests deeper than `maxDepth`. */
export function parseJsonDocument(text: string, maxDepth = MAX_JSON_DEPTH): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new WireFormatError(`request body is not valid JSON: ${(err as Error).message}`);
  }
  assertJsonDepth(parsed, maxDepth);
  return parsed;
}
