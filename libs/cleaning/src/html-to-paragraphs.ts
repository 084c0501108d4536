import { parseHTML } from 'linkedom';
import { normaliseInline } from './text-normalise';

const DROP = 'script,style,noscript,template,iframe,svg,canvas,form,button,select,nav,header,footer,aside,figure figcaption';
const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'BLOCKQUOTE',
  'PRE', 'TABLE', 'TR', 'TD', 'TH', 'DL', 'DT', 'DD', 'BR', 'HR', 'FIGURE', 'ADDRESS',
]);

/** Text of an HTML document or fragment, one entry per block element. */
export function htmlToParagraphs(html: string): { paragraphs: string[]; title: string | null } {
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`);
  const title = document.querySelector('title')?.textContent ?? null;
  for (const el of Array.from(document.querySelectorAll(DROP))) el.remove();
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const p = normaliseInline(current);
    if (p) paragraphs.push(p);
    current = '';
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) current += child.textContent ?? '';
      else if (child.nodeType === 1) {
        const block = BLOCK.has((child as Element).tagName);
        if (block) flush();
        walk(child);
        if (block) flush();
      }
    }
  };
  if (document.body) walk(document.body);
  flush();
  return { paragraphs, title: title ? normaliseInline(title) : null };
}
