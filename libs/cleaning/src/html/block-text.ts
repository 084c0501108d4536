import { countWords, normaliseInline } from '../text-normalise';
import { forEachTextNode } from './dom-walk';

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
  /**
   * Filled in by the walk: the deepest element nesting seen, and (when `words`
   * is present) the words of every text node, skipped subtrees included.
   */
  stats?: { maxDepth: number; words?: number };
  /**
   * Stop collecting text after this many blocks; the walk still visits the whole
   * tree (calling `skip` and filling `stats`), it only stops building text.
   */
  maxBlocks?: number;
}

/** Upper-case tag names by local name: one Map lookup per element instead of a toUpperCase. */
const UPPER_TAG = new Map<string, string>();
function upperTag(localName: string): string {
  let upper = UPPER_TAG.get(localName);
  if (upper === undefined) {
    upper = localName.toUpperCase();
    if (UPPER_TAG.size < 2000) UPPER_TAG.set(localName, upper);
  }
  return upper;
}

const LEAVE_BLOCK = 1;
const LEAVE_LINK = 2;

/**
 * Rendered-text blocks of an element, in document order, like innerText split on
 * block boundaries. Iterative (no recursion) so deeply nested markup cannot
 * overflow the stack; it follows firstChild / nextSibling / parentNode, so no
 * child list or stack entry is allocated per node.
 */
export function blockTexts(root: Node, options: BlockTextOptions = {}): TextBlock[] {
  const blocks: TextBlock[] = [];
  const skip = options.skip;
  const maxBlocks = options.maxBlocks ?? Infinity;
  let collecting = maxBlocks > 0;
  let text = '';
  let linkChars = 0;
  const tagStack: string[] = [];
  const flush = () => {
    if (text.length === 0) return;
    const t = normaliseInline(text);
    if (t) blocks.push({ text: t, linkChars: Math.min(linkChars, t.length), tag: tagStack[tagStack.length - 1] ?? 'DIV' });
    text = '';
    linkChars = 0;
    if (blocks.length >= maxBlocks) collecting = false;
  };
  // What to undo when leaving each entered element (LEAVE_* bits), innermost last.
  const leaving: number[] = [];
  let maxDepth = 0;
  let linkDepth = 0;
  const countingWords = options.stats?.words !== undefined;
  let words = 0;
  const leave = (bits: number) => {
    if (bits & LEAVE_LINK) linkDepth--;
    if (bits & LEAVE_BLOCK) {
      flush();
      tagStack.pop();
    }
  };
  /** Handles a node on the way in; true when its children are to be walked (its LEAVE_* bits pushed). */
  const enter = (node: Node): boolean => {
    const type = node.nodeType;
    if (type === 3) {
      if (countingWords) words += countWords(node.nodeValue ?? '');
      if (collecting) {
        const value = node.nodeValue ?? '';
        text += value;
        if (linkDepth > 0) linkChars += value.trim().length;
      }
      return false;
    }
    if (type !== 1 && type !== 9 && type !== 11) return false;
    const el = node as Element;
    const tag = type === 1 ? upperTag(el.localName ?? '') : 'DIV';
    if (NON_TEXT_TAGS.has(tag)) return false;
    if (type === 1 && el.hasAttribute('hidden')) return false;
    if (type === 1 && skip?.(el)) {
      if (countingWords) words += subtreeWords(el);
      return false;
    }
    if (tag === 'BR') {
      flush();
      return false;
    }
    const block = BLOCK_TAGS.has(tag);
    const link = tag === 'A';
    if (block) {
      flush();
      tagStack.push(tag);
    } else if (collecting && (tag === 'IMG' || tag === 'TD' || tag === 'TH')) {
      text += ' ';
    }
    if (link) linkDepth++;
    leaving.push((block ? LEAVE_BLOCK : 0) | (link ? LEAVE_LINK : 0));
    return true;
  };
  if (enter(root)) {
    let node: Node | null = root.firstChild;
    let depth = 1;
    if (node === null) leave(leaving.pop()!);
    while (node !== null) {
      if (depth > maxDepth) maxDepth = depth;
      if (enter(node)) {
        const child: Node | null = node.firstChild;
        if (child !== null) {
          node = child;
          depth++;
          continue;
        }
        leave(leaving.pop()!);
      }
      // Next sibling, or up to the first ancestor that has one (leaving each ancestor on the way).
      let next: Node | null = node.nextSibling;
      while (next === null) {
        const parent: Node | null = node.parentNode;
        leave(leaving.pop()!);
        depth--;
        if (parent === null || parent === root) break;
        node = parent;
        next = node.nextSibling;
      }
      node = next;
    }
  }
  flush();
  if (options.stats) {
    options.stats.maxDepth = maxDepth;
    if (countingWords) options.stats.words = words;
  }
  return blocks;
}

/** Words of the text nodes under an element (text that skipped chrome held), without building its text. */
function subtreeWords(root: Node): number {
  let words = 0;
  forEachTextNode(root, (text) => (words += countWords(text)), (el) => !NON_TEXT_TAGS.has(upperTag(el.localName ?? '')));
  return words;
}
