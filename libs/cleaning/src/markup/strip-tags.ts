import { decodeHTMLStrict } from 'entities';
import { htmlTagAt, looksLikeHtml } from './markup-evidence';

/**
 * Markup that must never leave the pipeline as text: tags of elements HTML
 * defines, comments, declarations. Text that only looks like a tag to a human
 * (`x<y and y>z`, `<letters@example.com>`, `<custom-widget>`) is not markup
 * (see markup-evidence.ts) and stays as it is.
 */

/** Elements whose content is code or styling, never text: dropped with their content when closed. */
const CONTENT_DROPPED = new Set(['script', 'style', 'template', 'noscript']);
/** Phrasing elements: their tags sit inside words ("un<b>believ</b>able"), so they leave no space. */
const INLINE = new Set(
  (
    'a abbr b bdi bdo big cite code data del dfn em font i ins kbd mark nobr q s samp small span strike strong sub ' +
    'sup time tt u var wbr'
  ).split(' '),
);
const CLOSE_TAGS = new Map<string, RegExp>();
const closeTagPattern = (name: string): RegExp => {
  let re = CLOSE_TAGS.get(name);
  if (!re) CLOSE_TAGS.set(name, (re = new RegExp(`</${name}(?=[\\s/>])`, 'gi')));
  return re;
};
/** Passes of the strip loop before the final neutraliser (nested tricks such as `<scr<script>ipt>` need one each). */
const MAX_STRIP_PASSES = 8;

/**
 * One left-to-right pass removing tags of known elements, comments and
 * declarations. Linear: each `<` is looked at once, the next `>` is found once
 * per region, and a close tag that is missing is searched for once per element name.
 */
function stripOnce(text: string): string {
  let out = '';
  let pos = 0;
  let nextGt = -1;
  const unclosed = new Set<string>();
  let separator = '';
  for (let lt = text.indexOf('<'); lt >= 0; lt = text.indexOf('<', Math.max(lt + 1, pos))) {
    if (lt < pos) continue;
    if (nextGt < lt) nextGt = text.indexOf('>', lt);
    if (nextGt < 0) break;
    const next = text[lt + 1];
    let end = -1;
    if (next === '!' || next === '?') {
      const special = markupDeclarationEnd(text, lt, unclosed);
      if (special !== undefined) end = special;
    } else {
      const name = htmlTagAt(text, lt);
      if (name === undefined) continue;
      end = nextGt + 1;
      if (CONTENT_DROPPED.has(name) && text[lt + 1] !== '/' && !unclosed.has(name)) {
        const close = closeTagPattern(name);
        close.lastIndex = end;
        const found = close.exec(text);
        if (found === null) unclosed.add(name);
        else {
          const closeEnd = text.indexOf('>', found.index);
          end = closeEnd < 0 ? text.length : closeEnd + 1;
        }
      }
      if (!INLINE.has(name)) separator = ' ';
    }
    if (end < 0) continue;
    out += text.slice(pos, lt) + separator;
    separator = '';
    pos = end;
    if (nextGt < pos) nextGt = -1;
  }
  return pos === 0 ? text : out + text.slice(pos);
}

/**
 * `<!-- … -->`, `<!doctype …>`, `<![CDATA[ … ]]>`, `<?xml … ?>`: the index after it, or undefined when it is not one.
 */
function markupDeclarationEnd(text: string, lt: number, unclosed: Set<string>): number | undefined {
  if (text.startsWith('<!--', lt)) {
    if (unclosed.has('!--')) return undefined;
    const close = text.indexOf('-->', lt + 4);
    if (close < 0) {
      unclosed.add('!--');
      return undefined;
    }
    return close + 3;
  }
  const head = text.slice(lt, lt + 9).toLowerCase();
  if (head === '<![cdata[' || head.startsWith('<!doctype') || head.startsWith('<?xml')) {
    const close = text.indexOf('>', lt);
    return close < 0 ? undefined : close + 1;
  }
  return undefined;
}

/**
 * Removes every tag of a known element (and comments, declarations), with
 * the content of scripts, styles and templates, until none is left. A text
 * with no `<` is returned as it is.
 */
export function stripTags(text: string): string {
  if (!text.includes('<')) return text;
  let t = text;
  for (let pass = 0; pass < MAX_STRIP_PASSES; pass++) {
    const next = stripOnce(t);
    if (next === t) return t;
    t = next;
  }
  return looksLikeHtml(t) ? neutraliseTagStarts(t) : t;
}

/**
 * The last guard for adversarial nesting that survived every pass: the `<`
 * (and any `<` run just before it) of each remaining tag start is deleted, so
 * nothing in the text can be read as a tag any more.
 */
function neutraliseTagStarts(text: string): string {
  let out = '';
  let pos = 0;
  for (let lt = text.indexOf('<'); lt >= 0; lt = text.indexOf('<', lt + 1)) {
    if (htmlTagAt(text, lt) === undefined) continue;
    let from = lt;
    while (from > pos && text[from - 1] === '<') from--;
    out += text.slice(pos, from);
    pos = lt + 1;
  }
  return out + text.slice(pos);
}

const ENTITY_HINT = /&(?:#\d|#x[0-9a-f]|[a-z][a-z0-9]{1,31};)/i;

/**
 * Decodes character references (with their semicolon; `&notice` is text) and
 * removes any markup the decoding revealed, up to `passes` times for feeds
 * that escape twice. The result never holds a tag, whatever the input.
 */
export function decodeWithoutMarkup(text: string, passes: number): string {
  let t = stripTags(text);
  for (let pass = 0; pass < passes && ENTITY_HINT.test(t); pass++) {
    const decoded = decodeHTMLStrict(t);
    if (decoded === t) break;
    t = stripTags(decoded);
  }
  return t;
}
