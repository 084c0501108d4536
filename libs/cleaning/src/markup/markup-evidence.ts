/**
 * Whether a text carries HTML markup, judged on evidence: a tag of an element
 * HTML defines. A lone `<` (`x<y and y>z`, `<letters@example.com>`) is text.
 */

/** The elements of the HTML Living Standard, plus the obsolete ones feeds still send. */
export const HTML_ELEMENTS: ReadonlySet<string> = new Set(
  (
    'a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption cite code col ' +
    'colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main map mark ' +
    'menu meta meter nav noscript object ol optgroup option output p param picture pre progress q rp rt ruby s ' +
    'samp script search section select slot small source span strong style sub summary sup svg table tbody td ' +
    'template textarea tfoot th thead time title tr track u ul var video wbr ' +
    'acronym applet basefont big blink center dir font frame frameset marquee nobr noembed noframes strike tt xmp'
  ).split(' '),
);

const LONGEST_NAME = 10;

/** The element name of a tag starting at `lt` (`<p`, `</div`), when it is one HTML defines. */
export function htmlTagAt(text: string, lt: number): string | undefined {
  let i = lt + 1;
  if (text.charCodeAt(i) === 47 /* / */) i++;
  const start = i;
  while (i < text.length && i - start <= LONGEST_NAME && /[A-Za-z0-9]/.test(text[i])) i++;
  if (i === start || i - start > LONGEST_NAME) return undefined;
  const next = text[i];
  if (next !== undefined && next !== '>' && next !== '/' && !/\s/.test(next)) return undefined;
  const name = text.slice(start, i).toLowerCase();
  return HTML_ELEMENTS.has(name) ? name : undefined;
}

/**
 * True when the text holds at least one tag of a known element with a `>`
 * after it. One pass: each `<` is looked at once, and the last `>` is found
 * once instead of searching forward from every `<`.
 */
export function looksLikeHtml(text: string): boolean {
  const lastGt = text.lastIndexOf('>');
  if (lastGt < 0) return false;
  for (let lt = text.indexOf('<'); lt >= 0 && lt < lastGt; lt = text.indexOf('<', lt + 1)) {
    if (htmlTagAt(text, lt) !== undefined) return true;
  }
  return false;
}

/**
 * Elements that break text into blocks: their tags say the newlines of a body are source formatting, not paragraphs.
 */
const BLOCK_ELEMENTS: ReadonlySet<string> = new Set(
  (
    'address article aside blockquote body br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr html ' +
    'li main nav ol p pre section table tbody td th thead tr ul center'
  ).split(' '),
);

/**
 * True when the text holds a tag of a block element (`<p>`, `<br>`, `<div>`,
 * `<li>`, `<tr>`…) with a `>` after it: a body labelled text/plain that is
 * really HTML. Inline tags alone (`<b>`, `<a>`, `<img>`) are markup inside
 * plain text, whose line breaks still mean what they say.
 */
export function hasBlockMarkup(text: string): boolean {
  const lastGt = text.lastIndexOf('>');
  if (lastGt < 0) return false;
  for (let lt = text.indexOf('<'); lt >= 0 && lt < lastGt; lt = text.indexOf('<', lt + 1)) {
    const name = htmlTagAt(text, lt);
    if (name !== undefined && BLOCK_ELEMENTS.has(name)) return true;
  }
  return false;
}
