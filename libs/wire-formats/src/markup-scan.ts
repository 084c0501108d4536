/**
 * Markup removed in one pass over the text, whatever it holds: untrusted
 * bodies can carry thousands of unclosed `<a`, `<script` or `<!--`, on
 * which a regular expression with a lazy or open-ended run rescans the rest
 * of the text at each one (quadratic: seconds for half a megabyte). Every
 * character here is looked at a bounded number of times. A tag is one of
 * an element HTML defines (the cleaning library's rule), so `x<y and y>z`
 * and `<letters@example.com>` stay text.
 */
import { htmlTagAt } from '@news/cleaning';

/** Elements whose content is not text. */
const RAW = new Set(['script', 'style', 'head', 'title', 'template', 'noscript']);

/** Elements that end a line of text. */
const BLOCK = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'tr',
  'td',
  'th',
  'br',
  'hr',
  'blockquote',
  'pre',
  'dd',
  'dt',
  'table',
  'section',
  'article',
]);

/**
 * The text of HTML: tags removed (a block's tag becomes a line break when
 * `blocks`), comments and the content of scripts, styles and titles left
 * out. A `<` that starts no tag stays text. An unclosed comment or script
 * hides the rest, as a browser would.
 */
export function stripMarkup(html: string, blocks = false): string {
  const lower = html.toLowerCase();
  let out = '';
  let i = 0;
  // The next `>` at or after a position; positions only grow, so each search covers new ground.
  let nextGt = 0;
  const gtFrom = (pos: number): number => {
    if (nextGt !== -1 && nextGt < pos) nextGt = html.indexOf('>', pos);
    return nextGt;
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) return out + html.slice(i);
    out += html.slice(i, lt);
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      if (end < 0) return out;
      i = end + 3;
      continue;
    }
    const name = htmlTagAt(html, lt);
    const gt = gtFrom(lt + 1);
    if (gt < 0) return out + html.slice(lt);
    if (name === undefined && html[lt + 1] !== '!' && html[lt + 1] !== '?') {
      // No tag starts here: the `<` is text.
      out += '<';
      i = lt + 1;
      continue;
    }
    if (name !== undefined && RAW.has(name) && html[lt + 1] !== '/') {
      const close = lower.indexOf(`</${name}`, gt + 1);
      const closeEnd = close < 0 ? -1 : gtFrom(close);
      if (closeEnd < 0) return out;
      i = closeEnd + 1;
      continue;
    }
    if (blocks && name !== undefined && BLOCK.has(name)) out += '\n';
    i = gt + 1;
  }
  return out;
}
