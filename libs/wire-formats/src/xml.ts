import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { assertXmlDepth, MAX_XML_DEPTH } from './structure-limits';
import { WireFormatError } from './types';
import { decodeXmlReferences } from './xml-references';
import { stripDoctype } from './xml-doctype';

/** An element of a parsed document: local name (namespace prefix removed), attributes and children in order. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlChild[];
}

/** A child is an element or a run of character data (references already decoded). */
export type XmlChild = XmlElement | string;

const PARSER_OPTIONS = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // References are decoded by decodeXmlReferences, which refuses what XML does not define.
  processEntities: false,
  cdataPropName: '#cdata',
  // The depth is checked before parsing (MAX_XML_DEPTH); the parser's own limit must never be the one that trips.
  maxNestedTags: MAX_XML_DEPTH + 8,
} as const;

type OrderedNode = Record<string, unknown>;

/**
 * Parses untrusted XML into an ordered element tree. A DOCTYPE is allowed
 * but never read: it is removed before parsing, and one that declares
 * entities is refused (entity expansion and external entities cannot
 * happen). Only XML's five predefined entities and numeric character
 * references are decoded; any other reference (`&lol;`) or a reference to a
 * character XML cannot carry is refused as malformed, as is nesting deeper
 * than MAX_XML_DEPTH.
 */
export function parseXmlTree(input: string): XmlElement {
  const xml = stripDoctype(input.trimStart());
  assertXmlDepth(xml);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new WireFormatError(
      `XML is not well-formed: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`,
    );
  }
  let nodes: OrderedNode[];
  try {
    nodes = new XMLParser(PARSER_OPTIONS).parse(xml) as OrderedNode[];
  } catch (err) {
    throw new WireFormatError(`XML could not be read: ${(err as Error).message}`);
  }
  const roots = nodes.map(toChild).filter((c): c is XmlElement => typeof c !== 'string' && !c.name.startsWith('?'));
  if (roots.length !== 1)
    throw new WireFormatError(`XML is not well-formed: expected one root element, found ${roots.length}`);
  return roots[0];
}

function toChild(node: OrderedNode): XmlChild {
  if ('#text' in node) return decodeXmlReferences(String(node['#text']));
  if ('#cdata' in node) {
    const parts = node['#cdata'] as OrderedNode[];
    return parts.map((p) => (typeof p['#text'] === 'string' ? p['#text'] : '')).join('');
  }
  const name = Object.keys(node).find((k) => k !== ':@')!;
  const rawAttrs = (node[':@'] ?? {}) as Record<string, unknown>;
  const attrs: Record<string, string> = {};
  for (const [k, v] of Object.entries(rawAttrs)) attrs[k] = decodeXmlReferences(String(v));
  const children = Array.isArray(node[name]) ? (node[name] as OrderedNode[]).map(toChild) : [];
  return { name, attrs, children };
}

export const isElement = (c: XmlChild | undefined): c is XmlElement => typeof c === 'object' && c !== null;

/** Child elements of `el` named `name` (any name when omitted). Names compare case-insensitively. */
export function elements(el: XmlElement | undefined, name?: string): XmlElement[] {
  if (!el) return [];
  const lower = name?.toLowerCase();
  return el.children.filter(
    (c): c is XmlElement => isElement(c) && (lower === undefined || c.name.toLowerCase() === lower),
  );
}

export function element(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return elements(el, name)[0];
}

/** Follows a path of child names (`contentMeta/headline`). */
export function at(el: XmlElement | undefined, path: string): XmlElement | undefined {
  let cur = el;
  for (const step of path.split('/')) cur = element(cur, step);
  return cur;
}

/** Every descendant named `name`, in document order (iterative: the tree may be deep). */
export function descendants(el: XmlElement | undefined, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  if (!el) return out;
  const lower = name.toLowerCase();
  const stack: XmlElement[] = [...elements(el)].reverse();
  while (stack.length > 0) {
    const cur = stack.pop()!;
    if (cur.name.toLowerCase() === lower) out.push(cur);
    stack.push(...elements(cur).reverse());
  }
  return out;
}

export function attrOf(el: XmlElement | undefined, name: string): string | undefined {
  if (!el) return undefined;
  const v = el.attrs[name] ?? Object.entries(el.attrs).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
  return v !== undefined && v.trim() !== '' ? v.trim() : undefined;
}

/** All character data under `el`, whitespace collapsed; undefined when there is none. */
export function textOf(el: XmlElement | undefined): string | undefined {
  if (!el) return undefined;
  const s = rawText(el).replace(/\s+/g, ' ').trim();
  return s === '' ? undefined : s;
}

/** All character data under `el` as written (line breaks kept). */
export function rawText(el: XmlElement): string {
  let out = '';
  const stack: XmlChild[] = [el];
  while (stack.length > 0) {
    const cur = stack.pop()!;
    if (typeof cur === 'string') out += cur;
    else for (let i = cur.children.length - 1; i >= 0; i--) stack.push(cur.children[i]);
  }
  return out;
}
