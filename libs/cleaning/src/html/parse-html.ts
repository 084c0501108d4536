import { parseHTML } from 'linkedom';

/**
 * A real DOM for a whole page or an article fragment. A fragment is wrapped in
 * a document so every later step can rely on `document.body`.
 */
export function parseHtmlDocument(html: string): Document {
  const looksLikePage = /<(?:html|body|head)[\s>]/i.test(html.slice(0, 4096)) || /^\s*<!doctype/i.test(html);
  const source = looksLikePage ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(source);
  if (!document.body && document.documentElement) {
    document.documentElement.appendChild(document.createElement('body'));
  }
  return document as unknown as Document;
}
