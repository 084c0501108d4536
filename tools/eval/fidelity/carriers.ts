import { Block, Doc } from './shapes';

/**
 * How a document reaches ingest: the project's JSON (plain or HTML body),
 * plain text, NDJSON, ninjs (plain or HTML body), NewsML-G2 (inlineData,
 * inlineXML) and Atom (content type="text"). Every carrier holds the same
 * words as the plain rendering, which is the case's reference text.
 */

export const CARRIERS = [
  'json-text',
  'json-html',
  'text-plain',
  'ndjson',
  'ninjs-text',
  'ninjs-html',
  'newsml-inlinedata',
  'newsml-inlinexml',
  'atom-text',
] as const;
export type Carrier = (typeof CARRIERS)[number];

export interface Push {
  contentType: string;
  body: string;
  headers?: Record<string, string>;
}

/** Plain text and HTML pushes carry text of unknown making; every structured format carries edited copy. */
export const provenanceOfCarrier = (c: Carrier): 'edited' | 'unknown' => (c === 'text-plain' ? 'unknown' : 'edited');

/** Cells padded to their column's width plus two spaces: how wires align results and market tables. */
function aligned(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, Array.from(c).length)));
  return rows.map((row) =>
    row
      .map((c, i) => (i < row.length - 1 ? c + ' '.repeat(widths[i] - Array.from(c).length + 2) : c))
      .join('')
      .trimEnd(),
  );
}

function plainBlock(b: Block): string {
  switch (b.kind) {
    case 'paragraph':
      return b.text;
    case 'list':
      return b.items.map((i) => `- ${i}`).join('\n');
    case 'table':
      return aligned(b.rows).join('\n');
    case 'agate':
      return aligned(b.lines).join('\n');
  }
}

export const plainText = (doc: Doc): string => doc.blocks.map(plainBlock).join('\n\n');

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function htmlBlock(b: Block): string {
  switch (b.kind) {
    case 'paragraph':
      return `<p>${escape(b.text)}</p>`;
    case 'list':
      return `<ul>${b.items.map((i) => `<li>${escape(i)}</li>`).join('')}</ul>`;
    case 'table':
      return `<table>${b.rows.map((r, i) => `<tr>${r.map((c) => cell(c, i === 0)).join('')}</tr>`).join('')}</table>`;
    case 'agate':
      return `<pre>${escape(aligned(b.lines).join('\n'))}</pre>`;
  }
}

/** XHTML-compatible (well-formed XML), so the same markup serves NewsML-G2 inlineXML. */
export const htmlText = (doc: Doc): string => doc.blocks.map(htmlBlock).join('\n');

const VERSION_CREATED = '2026-01-05T08:00:00Z';

function newsml(id: string, title: string, content: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:fidelity:${id}" version="1" standard="NewsML-G2" standardversion="2.29">
  <catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml"/>
  <itemMeta><itemClass qcode="ninat:text"/><provider qcode="nprov:fidelity"/><versionCreated>${VERSION_CREATED}</versionCreated><pubStatus qcode="stat:usable"/></itemMeta>
  <contentMeta><headline>${escape(title)}</headline></contentMeta>
  <contentSet>${content}</contentSet>
</newsItem>`;
}

function atom(id: string, title: string, text: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Fidelity</title><id>urn:fidelity:feed</id><updated>${VERSION_CREATED}</updated>
<entry><id>urn:fidelity:${id}</id><title>${escape(title)}</title><updated>${VERSION_CREATED}</updated><content type="text">${escape(text)}</content></entry>
</feed>`;
}

const ninjs = (id: string, title: string, contenttype: string, value: string): string =>
  JSON.stringify({
    uri: `urn:fidelity:${id}`,
    type: 'text',
    versioncreated: VERSION_CREATED,
    headlines: [{ role: 'main', value: title }],
    bodies: [{ role: 'main', contenttype, value }],
  });

/** The push of one document through one carrier. */
export function pushOf(carrier: Carrier, id: string, doc: Doc): Push {
  const plain = plainText(doc);
  const html = htmlText(doc);
  switch (carrier) {
    case 'json-text':
      return {
        contentType: 'application/json',
        body: JSON.stringify({ externalId: id, title: doc.title, body: plain }),
      };
    case 'json-html':
      return {
        contentType: 'application/json',
        body: JSON.stringify({ externalId: id, title: doc.title, body: html, contentType: 'text/html' }),
      };
    case 'text-plain':
      return {
        contentType: 'text/plain; charset=utf-8',
        body: plain,
        headers: { 'x-article-title': encodeURIComponent(doc.title), 'x-external-id': id },
      };
    case 'ndjson':
      return {
        contentType: 'application/x-ndjson',
        body: `${JSON.stringify({ externalId: id, title: doc.title, body: plain })}\n`,
      };
    case 'ninjs-text':
      return { contentType: 'application/ninjs+json', body: ninjs(id, doc.title, 'text/plain', plain) };
    case 'ninjs-html':
      return { contentType: 'application/ninjs+json', body: ninjs(id, doc.title, 'text/html', html) };
    case 'newsml-inlinedata':
      return {
        contentType: 'application/vnd.iptc.g2.newsitem+xml',
        body: newsml(id, doc.title, `<inlineData contenttype="text/plain">${escape(plain)}</inlineData>`),
      };
    case 'newsml-inlinexml':
      return {
        contentType: 'application/vnd.iptc.g2.newsitem+xml',
        body: newsml(
          id,
          doc.title,
          `<inlineXML contenttype="application/xhtml+xml"><html ` +
            `xmlns="http://www.w3.org/1999/xhtml"><body>${html}</body></html></inlineXML>`,
        ),
      };
    case 'atom-text':
      return { contentType: 'application/atom+xml', body: atom(id, doc.title, plain) };
  }
}

/** A table cell: a header cell on the first row. */
function cell(text: string, header: boolean): string {
  return header ? `<th>${escape(text)}</th>` : `<td>${escape(text)}</td>`;
}
