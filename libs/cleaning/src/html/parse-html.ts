import { parseHTML } from 'linkedom';
import { installLinearParserStacks } from './htmlparser2-stack';
import { installLinkedomFastPaths } from './linkedom-fast-paths';

installLinkedomFastPaths();
installLinearParserStacks();

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
 * The start of a comment or of an inert element ("<script" must end at a tag-name boundary: "<scripts" is another tag).
 */
const INERT_OPEN = new RegExp(`<(?:!--|(${INERT.join('|')})(?=[\\x00-\\x20/>]))`, 'gi');
const INERT_CLOSE = new Map(INERT.map((tag) => [tag, new RegExp(`</${tag}>`, 'gi')]));

/**
 * Scripts, styles, comments, inline SVG and form widgets are a large share of
 * a page's bytes and never text: cutting them before parsing saves much of the
 * parse time (docs/cleaning-performance.md). One left-to-right scan with sticky-free global
 * regexes (no lower-cased copy of the page, no lazy quantifiers), so unclosed
 * tags in hostile input cannot make it quadratic: an opening whose end is
 * missing is left to the parser, and later openings of that kind are skipped
 * (none of them can be closed either).
 */
export function stripInertMarkup(html: string): string {
  const open = INERT_OPEN;
  open.lastIndex = 0;
  let parts: string[] | null = null;
  let pos = 0;
  let unclosed: Set<string> | null = null;
  for (let m = open.exec(html); m !== null; m = open.exec(html)) {
    const start = m.index;
    const tag = m[1]?.toLowerCase() ?? '!--';
    if (unclosed?.has(tag)) continue;
    let end: number;
    if (tag === '!--') {
      const close = html.indexOf('-->', start + 4);
      end = close < 0 ? -1 : close + 3;
    } else {
      const close = INERT_CLOSE.get(tag)!;
      close.lastIndex = start + m[0].length;
      const found = close.exec(html);
      end = found === null ? -1 : found.index + found[0].length;
    }
    if (end < 0) {
      (unclosed ??= new Set()).add(tag);
      continue;
    }
    open.lastIndex = end;
    if (tag === 'script') {
      const startTagEnd = html.indexOf('>', start);
      if (
        html
          .slice(start, startTagEnd + 1)
          .toLowerCase()
          .includes('ld+json')
      )
        continue;
    }
    (parts ??= []).push(html.slice(pos, start));
    pos = end;
  }
  if (parts === null) return html;
  parts.push(html.slice(pos));
  return parts.join('');
}
