import { agencyXmlResult, isAgencyXml } from './agency-xml';
import { atomResult, rssResult } from './feeds';
import { g2Result } from './newsml-g2';
import { newsml1Result } from './newsml1';
import { parseNitfRoot } from './nitf';
import { bodyText, ParseMeta, ParseResult, WireFormatError } from './types';
import { parseXmlTree, XmlElement } from './xml';

/** The namespace a document's root element declares for itself (default or its own prefix), read from the start tag. */
export function rootNamespace(xml: string): string | undefined {
  const start = /<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)(\s[^>]*)?>/.exec(
    xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>/g, ''),
  );
  if (!start) return undefined;
  const prefix = start[1] ? `:${start[1].slice(0, -1)}` : '';
  const m = new RegExp(`\\sxmlns${prefix}\\s*=\\s*["']([^"']*)["']`).exec(start[3] ?? '');
  return m?.[1];
}

type RootReader = (root: XmlElement, meta: ParseMeta) => ParseResult;

/** Root elements (local name) → the reader of that format. NewsML-G2's roots are told by the G2 reader itself. */
const BY_ROOT: Record<string, RootReader> = {
  nitf: parseNitfRoot,
  NewsML: newsml1Result,
  newsItem: g2Result,
  newsMessage: g2Result,
  packageItem: g2Result,
  planningItem: g2Result,
  conceptItem: g2Result,
  knowledgeItem: g2Result,
  rss: rssResult,
  feed: atomResult,
};

/**
 * XML of any kind (`application/xml`, `text/xml`): the root element, and where it matters its namespace, picks the
 * reader.
 */
export function parseAnyXml(body: Buffer | string, meta: ParseMeta = {}): ParseResult {
  const text = bodyText(body, meta.charset);
  const root = parseXmlTree(text);
  const reader = BY_ROOT[root.name];
  if (!reader && isAgencyXml(root)) return agencyXmlResult(root, meta);
  if (!reader) {
    const ns = rootNamespace(text);
    throw new WireFormatError(
      `XML with root element <${root.name}>${ns ? ` (namespace ${ns})` : ''} is not a format ingest reads; ` +
        'expected nitf, NewsML (1.x), newsMessage/newsItem/packageItem (NewsML-G2), rss, feed (Atom), RBNews ' +
        '(Ritzau), release (NTB Info) or Publish (CP)',
      '(body)',
      422,
    );
  }
  return reader(root, meta);
}
