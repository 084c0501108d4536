import { XmlChild, XmlElement } from './xml';

/**
 * Turns the story part of an XML document (XHTML, NITF body.content) into
 * plain HTML: paragraphs, headings, lists, quotes and tables kept as such,
 * inline enrichment (NITF person, org, money…) reduced to its text, and
 * everything that is not story text (media, scripts, notes) left out.
 * Attributes are dropped except a link's href and a cell's spans.
 */

/** NITF and XHTML element → the HTML element it becomes. Elements not listed keep only their content. */
const ELEMENT_MAP: Record<string, string> = {
  p: 'p',
  hl1: 'h1',
  hl2: 'h2',
  h1: 'h1',
  h2: 'h2',
  h3: 'h3',
  h4: 'h4',
  h5: 'h5',
  h6: 'h6',
  bq: 'blockquote',
  blockquote: 'blockquote',
  block: 'div',
  div: 'div',
  section: 'div',
  article: 'div',
  tagline: 'p',
  credit: 'p',
  fn: 'p',
  pre: 'pre',
  ul: 'ul',
  ol: 'ol',
  li: 'li',
  dl: 'dl',
  dt: 'dt',
  dd: 'dd',
  table: 'table',
  caption: 'caption',
  thead: 'thead',
  tbody: 'tbody',
  tfoot: 'tfoot',
  tr: 'tr',
  td: 'td',
  th: 'th',
  br: 'br',
  hr: 'hr',
  em: 'em',
  i: 'i',
  strong: 'strong',
  b: 'b',
  u: 'u',
  q: 'q',
  sub: 'sub',
  sup: 'sup',
  a: 'a',
  span: 'span',
};

/** Elements whose content is not story text. */
const SKIPPED = new Set([
  'script',
  'style',
  'head',
  'title',
  'media',
  'img',
  'object',
  'iframe',
  'embed',
  'video',
  'audio',
  'figure',
  'picture',
  'svg',
  'math',
  'note',
  'noscript',
  'form',
  'button',
  'input',
  'meta',
  'link',
  // An XHTML body's header holds the item's metadata again (dpa: time, slugline, genre, headline).
  'header',
]);

const VOID = new Set(['br', 'hr']);
const KEPT_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan'],
};

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(s: string): string {
  return escapeHtml(s).replace(/"/g, '&quot;');
}

function openTag(tag: string, el: XmlElement): string {
  const kept = (KEPT_ATTRIBUTES[tag] ?? [])
    .map((name) => [name, el.attrs[name]] as const)
    .filter(([name, v]) => v !== undefined && (name !== 'href' || /^(https?:|mailto:)/i.test(v.trim())))
    .map(([name, v]) => ` ${name}="${escapeAttribute(v.trim())}"`)
    .join('');
  return `<${tag}${kept}>`;
}

/** NITF's `frac` (numerator and denominator) reads as `1/2`. */
function fraction(el: XmlElement): string {
  const part = (n: string) => el.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === n);
  const text = (e: XmlElement | undefined) =>
    e ? e.children.filter((c): c is string => typeof c === 'string').join('') : '';
  return escapeHtml(`${text(part('numer'))}/${text(part('denom'))}`.trim());
}

/**
 * A feed's own markup dialect: element (lower case) → the HTML element it
 * becomes, or null when it is metadata and not story text.
 */
export type MarkupDialect = Record<string, string | null>;

/** Serialises children (iterative over a stack: the tree may be deep). */
export function childrenToHtml(children: XmlChild[], dialect: MarkupDialect = {}): string {
  let out = '';
  type Frame = { child: XmlChild } | { close: string };
  const stack: Frame[] = children.map((child) => ({ child })).reverse();
  let preDepth = 0;
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if ('close' in frame) {
      if (frame.close === 'pre') preDepth--;
      out += `</${frame.close}>`;
      continue;
    }
    const c = frame.child;
    if (typeof c === 'string') {
      out += escapeHtml(preDepth > 0 ? c : c.replace(/\s+/g, ' '));
      continue;
    }
    const name = c.name.toLowerCase();
    const mapped = Object.prototype.hasOwnProperty.call(dialect, name) ? dialect[name] : undefined;
    if (mapped === null || (mapped === undefined && SKIPPED.has(name))) continue;
    if (name === 'frac') {
      out += fraction(c);
      continue;
    }
    const tag = mapped ?? ELEMENT_MAP[name];
    if (tag === undefined) {
      for (let i = c.children.length - 1; i >= 0; i--) stack.push({ child: c.children[i] });
      continue;
    }
    out += openTag(tag, c);
    if (VOID.has(tag)) continue;
    if (tag === 'pre') preDepth++;
    stack.push({ close: tag });
    for (let i = c.children.length - 1; i >= 0; i--) stack.push({ child: c.children[i] });
  }
  return tidyHtml(out);
}

const BLOCK = 'p|div|h[1-6]|blockquote|ul|ol|li|dl|dt|dd|table|caption|thead|tbody|tfoot|tr|td|th|hr|br';

/**
 * Whitespace around blocks carries nothing and empty paragraphs neither; each block starts a line, for people reading
 * the event.
 */
function tidyHtml(html: string): string {
  return (
    html
      // A run of whitespace is matched from its start only (the lookbehind), so a long run costs one scan.
      .replace(new RegExp(`(?<!\\s)\\s*(<\\/?(${BLOCK})\\b[^>]*>)\\s*`, 'g'), '$1')
      .replace(/<(p|div|span|h[1-6])>(\s|&nbsp;)*<\/\1>/g, '')
      .replace(/(?!^)(<(p|div|h[1-6]|blockquote|ul|ol|li|dl|table|tr|pre|hr)\b)/g, '\n$1')
      .trim()
  );
}
