import { descendants, XmlElement } from './xml';
import { childrenToHtml, escapeHtml } from './xml-to-html';

/** HTML tags in text that was declared plain (agencies send `<p>` and `<b>` as text/plain): evidence it is markup. */
export const MARKUP_IN_TEXT = /<\/?(p|br|div|b|i|em|strong|span|h[1-6]|ul|ol|li|table|tr|td)(\s[^<>]{0,200})?\/?>/i;

/**
 * The body of an XHTML document (its head and title are not story text), or the element itself when it is a fragment.
 */
export function xhtmlToHtml(root: XmlElement): string {
  const body = root.name.toLowerCase() === 'html' ? descendants(root, 'body')[0] : undefined;
  return childrenToHtml(body ? body.children : [root]);
}

/** Plain text as HTML paragraphs (one per line), for joining it with parts that are markup. */
export function textToHtml(text: string): string {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((l) => `<p>${escapeHtml(l)}</p>`)
    .join('\n');
}
