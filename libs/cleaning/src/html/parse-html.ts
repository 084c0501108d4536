import { parseHTML } from 'linkedom';

/** A whole page (doctype, <html>, <head> or <body> near the start) rather than an article fragment. */
export function isWholePage(html: string): boolean {
  const head = html.slice(0, 4096);
  return /<(?:html|body|head)[\s>]/i.test(head) || /^\s*<!doctype/i.test(head);
}

/**
 * A real DOM for a whole page or an article fragment. A fragment is wrapped in
 * a document so every later step can rely on `document.body`.
 */
export function parseHtmlDocument(html: string): Document {
  html = stripInertMarkup(html);
  const source = isWholePage(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(source);
  if (!document.body && document.documentElement) {
    document.documentElement.appendChild(document.createElement('body'));
  }
  return document;
}

/** Elements whose content is never article text (JSON-LD scripts are kept for metadata). */
const INERT = ['script', 'style', 'svg', 'noscript', 'iframe', 'select', 'button', 'textarea'];

/**
 * Scripts, styles, comments, inline SVG and form widgets are a large share of
 * a page's bytes and never text: cutting them before parsing saves a fifth to
 * a quarter of the parse time. A linear scan with indexOf (not a lazy regex),
 * so unclosed tags in hostile input cannot make it quadratic.
 */
export function stripInertMarkup(html: string): string {
  const lower = html.toLowerCase();
  // Rare characters change length when lower-cased; offsets would not line up, so skip the shortcut.
  if (lower.length !== html.length) return html;
  const cuts: [number, number][] = [];
  const cutAll = (open: string, close: string, keep?: (startTag: string) => boolean) => {
    let from = 0;
    for (;;) {
      const start = lower.indexOf(open, from);
      if (start < 0) return;
      const next = lower.charCodeAt(start + open.length);
      // "<script" must be followed by a tag-name boundary ("<scripts" is another tag).
      if (open.startsWith('<') && open !== '<!--' && !(next === 62 || next === 47 || next <= 32)) {
        from = start + open.length;
        continue;
      }
      const end = lower.indexOf(close, start + open.length);
      if (end < 0) return; // Unclosed: leave the rest to the parser.
      const startTagEnd = lower.indexOf('>', start);
      if (!keep || !keep(lower.slice(start, startTagEnd + 1))) cuts.push([start, end + close.length]);
      from = end + close.length;
    }
  };
  cutAll('<!--', '-->');
  for (const tag of INERT) cutAll(`<${tag}`, `</${tag}>`, tag === 'script' ? (t) => t.includes('ld+json') : undefined);
  if (cuts.length === 0) return html;
  cuts.sort((a, b) => a[0] - b[0]);
  let out = '';
  let pos = 0;
  for (const [start, end] of cuts) {
    // Starts inside an earlier cut (an "<iframe" written by a script, a script in a comment): that
    // text is gone already, and its own end tag may lie far beyond, so it is ignored.
    if (start < pos) continue;
    out += html.slice(pos, start);
    pos = end;
  }
  return out + html.slice(pos);
}
