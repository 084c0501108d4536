import { normaliseInline } from '../text-normalise';

/** Elements whose text is never part of the story. */
export const NON_TEXT_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'CANVAS', 'OBJECT', 'EMBED', 'HEAD', 'TITLE', 'META', 'LINK',
  'BUTTON', 'SELECT', 'OPTION', 'TEXTAREA', 'INPUT', 'MATH',
]);

/** Elements that start a new line in rendered text. */
export const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH', 'CAPTION', 'DL', 'DT',
  'DD', 'BR', 'HR', 'FIGURE', 'FIGCAPTION', 'ADDRESS', 'FORM', 'FIELDSET', 'LEGEND', 'DETAILS', 'SUMMARY', 'CENTER',
  'BODY', 'HTML', 'PICTURE', 'VIDEO', 'AUDIO',
]);

export interface TextBlock {
  text: string;
  /** Characters of this block that sit inside links. */
  linkChars: number;
  /** Tag of the nearest block ancestor (e.g. H2, LI, P). */
  tag: string;
}

export interface BlockTextOptions {
  /** Extra element test: true drops the element and its subtree. */
  skip?: (el: Element) => boolean;
  /** Filled in by the walk: the deepest element nesting seen. */
  stats?: { maxDepth: number };
}

/**
 * Rendered-text blocks of an element, in document order, like innerText split on
 * block boundaries. Iterative (no recursion) so deeply nested markup cannot
 * overflow the stack.
 */
export function blockTexts(root: Node, options: BlockTextOptions = {}): TextBlock[] {
  const blocks: TextBlock[] = [];
  let text = '';
  let linkChars = 0;
  const tagStack: string[] = [];
  const flush = () => {
    const t = normaliseInline(text);
    if (t) blocks.push({ text: t, linkChars: Math.min(linkChars, t.length), tag: tagStack[tagStack.length - 1] ?? 'DIV' });
    text = '';
    linkChars = 0;
  };
  // Stack entries: a node to enter, or a marker to leave a block/link element.
  type Entry = { node: Node; depth: number; leave?: 'block' | 'link' | 'both' };
  const stack: Entry[] = [{ node: root, depth: 0 }];
  let maxDepth = 0;
  let linkDepth = 0;
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const node = entry.node;
    if (entry.depth > maxDepth) maxDepth = entry.depth;
    if (entry.leave) {
      if (entry.leave === 'link' || entry.leave === 'both') linkDepth--;
      if (entry.leave === 'block' || entry.leave === 'both') {
        flush();
        tagStack.pop();
      }
      continue;
    }
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      text += value;
      if (linkDepth > 0) linkChars += value.trim().length;
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const el = node as Element;
    const tag = node.nodeType === 1 ? (el.tagName ?? '').toUpperCase() : 'DIV';
    if (NON_TEXT_TAGS.has(tag)) continue;
    if (node.nodeType === 1 && (el.hasAttribute('hidden') || options.skip?.(el))) continue;
    if (tag === 'BR') {
      flush();
      continue;
    }
    const block = BLOCK_TAGS.has(tag);
    const link = tag === 'A';
    if (block) {
      flush();
      tagStack.push(tag);
    } else if (tag === 'IMG' || tag === 'TD' || tag === 'TH') {
      text += ' ';
    }
    if (link) linkDepth++;
    if (block || link) stack.push({ node, depth: entry.depth, leave: block && link ? 'both' : block ? 'block' : 'link' });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], depth: entry.depth + 1 });
  }
  flush();
  if (options.stats) options.stats.maxDepth = maxDepth;
  return blocks;
}
