import { htmlTagAt } from './markup-evidence';

/** Elements that end a paragraph: their tags become paragraph breaks. */
const BLOCKS = new Set(
  (
    'address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li ' +
    'main nav ol p pre section table td th tr ul'
  ).split(' '),
);

/** Elements whose content is never text a reader sees. */
const INERT = new Set(['script', 'style', 'template', 'noscript', 'svg', 'iframe', 'object', 'textarea']);

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntity(name: string): string | undefined {
  if (name.startsWith('#x') || name.startsWith('#X')) return codePoint(parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return codePoint(Number(name.slice(1)));
  return ENTITIES[name.toLowerCase()];
}

function codePoint(cp: number): string | undefined {
  return Number.isInteger(cp) && cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff)
    ? String.fromCodePoint(cp)
    : undefined;
}

/**
 * The text of an HTML body in one pass, for bodies too hostile for a DOM
 * (unclosed tags by the hundred thousand, nesting past any limit): tags of
 * block elements become paragraph breaks, other tags go, the content of
 * scripts and styles goes, the common entities are decoded once. Every
 * character is looked at a bounded number of times, so the time is linear in
 * the body's length whatever its shape.
 */
export function linearHtmlText(html: string): string {
  const out: string[] = [];
  let i = 0;
  let textStart = 0;
  // Searches move forward only: the next '>' and each element's next closing tag are found once
  // and reused while they lie ahead, so a run of '<' without '>' is not scanned again per '<'.
  let nextGt = -1;
  const closings = new Map<string, { from: number; at: number }>();
  const closingOf = (name: string, from: number): number => {
    const known = closings.get(name);
    if (known && known.from <= from && (known.at < 0 || known.at >= from)) return known.at;
    const re = new RegExp(`</${name}`, 'ig');
    re.lastIndex = from;
    const at = re.exec(html)?.index ?? -1;
    closings.set(name, { from, at });
    return at;
  };
  const flush = (end: number) => {
    if (end > textStart) out.push(decodeText(html.slice(textStart, end)));
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (nextGt <= lt) nextGt = html.indexOf('>', lt + 1);
    const gt = nextGt;
    if (gt < 0) break; // no tag can close after this: the rest is text
    const name = htmlTagAt(html, lt);
    const isComment = html.startsWith('<!--', lt);
    if (name === undefined && !isComment && html[lt + 1] !== '!') {
      i = lt + 1;
      continue;
    }
    flush(lt);
    let next = gt + 1;
    if (isComment) {
      const end = html.indexOf('-->', lt + 4);
      next = end < 0 ? html.length : end + 3;
    } else if (name !== undefined && INERT.has(name) && html[lt + 1] !== '/') {
      const close = closingOf(name, gt + 1);
      next = close < 0 ? html.length : html.indexOf('>', close) + 1 || html.length;
    }
    if (name !== undefined && BLOCKS.has(name)) out.push('\n\n');
    else out.push(' ');
    i = next;
    textStart = next;
  }
  flush(html.length);
  return out.join('');
}

function decodeText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (m, name: string) => decodeEntity(name) ?? m);
}
