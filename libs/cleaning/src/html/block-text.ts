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

/** The state of one walk: the blocks so far, the text of the open block, and what to undo on leaving elements. */
class BlockCollector {
  readonly blocks: TextBlock[] = [];
  words = 0;
  private readonly skip: BlockTextOptions['skip'];
  private readonly maxBlocks: number;
  private readonly countingWords: boolean;
  private collecting: boolean;
  private text = '';
  private linkChars = 0;
  private linkDepth = 0;
  private readonly tagStack: string[] = [];
  // What to undo when leaving each entered element (LEAVE_* bits), innermost last.
  private readonly leaving: number[] = [];

  constructor(options: BlockTextOptions) {
    this.skip = options.skip;
    this.maxBlocks = options.maxBlocks ?? Infinity;
    this.collecting = this.maxBlocks > 0;
    this.countingWords = options.stats?.words !== undefined;
  }

  flush(): void {
    if (this.text.length === 0) return;
    const t = normaliseInline(this.text);
    const tag = this.tagStack[this.tagStack.length - 1] ?? 'DIV';
    if (t) this.blocks.push({ text: t, linkChars: Math.min(this.linkChars, t.length), tag });
    this.text = '';
    this.linkChars = 0;
    if (this.blocks.length >= this.maxBlocks) this.collecting = false;
  }

  /** Leaves the innermost entered element. */
  leave(): void {
    const bits = this.leaving.pop()!;
    if (bits & LEAVE_LINK) this.linkDepth--;
    if (bits & LEAVE_BLOCK) {
      this.flush();
      this.tagStack.pop();
    }
  }

  /** Handles a node on the way in; true when its children are to be walked (its LEAVE_* bits pushed). */
  enter(node: Node): boolean {
    const type = node.nodeType;
    if (type === 3) {
      this.addText(node.nodeValue ?? '');
      return false;
    }
    if (type !== 1 && type !== 9 && type !== 11) return false;
    const el = node as Element;
    const tag = type === 1 ? upperTag(el.localName ?? '') : 'DIV';
    if (NON_TEXT_TAGS.has(tag)) return false;
    if (type === 1 && el.hasAttribute('hidden')) return false;
    if (type === 1 && this.skip?.(el)) {
      if (this.countingWords) this.words += subtreeWords(el);
      return false;
    }
    if (tag === 'BR') {
      this.flush();
      return false;
    }
    const block = BLOCK_TAGS.has(tag);
    const link = tag === 'A';
    if (block) {
      this.flush();
      this.tagStack.push(tag);
    } else if (this.collecting && (tag === 'IMG' || tag === 'TD' || tag === 'TH')) {
      this.text += ' ';
    }
    if (link) this.linkDepth++;
    this.leaving.push((block ? LEAVE_BLOCK : 0) | (link ? LEAVE_LINK : 0));
    return true;
  }

  private addText(value: string): void {
    if (this.countingWords) this.words += countWords(value);
    if (!this.collecting) return;
    this.text += value;
    if (this.linkDepth > 0) this.linkChars += value.trim().length;
  }
}

/**
 * Walks the tree under root in document order, entering and leaving each element; returns the deepest
 * nesting seen. Iterative (no recursion) so deeply nested markup cannot overflow the stack; it follows
 * firstChild / nextSibling / parentNode, so no child list or stack entry is allocated per node.
 */
function walk(root: Node, c: BlockCollector): number {
  let maxDepth = 0;
  if (!c.enter(root)) return maxDepth;
  let node: Node | null = root.firstChild;
  let depth = 1;
  if (node === null) c.leave();
  while (node !== null) {
    if (depth > maxDepth) maxDepth = depth;
    if (c.enter(node)) {
      const child: Node | null = node.firstChild;
      if (child !== null) {
        node = child;
        depth++;
        continue;
      }
      c.leave();
    }
    // Next sibling, or up to the first ancestor that has one (leaving each ancestor on the way).
    let next: Node | null = node.nextSibling;
    while (next === null) {
      const parent: Node | null = node.parentNode;
      c.leave();
      depth--;
      if (parent === null || parent === root) break;
      node = parent;
      next = node.nextSibling;
    }
    node = next;
  }
  return maxDepth;
}

/** Rendered-text blocks of an element, in document order, like innerText split on block boundaries. */
export function blockTexts(root: Node, options: BlockTextOptions = {}): TextBlock[] {
  const c = new BlockCollector(options);
  const maxDepth = walk(root, c);
  c.flush();
  if (options.stats) {
    options.stats.maxDepth = maxDepth;
    if (options.stats.words !== undefined) options.stats.words = c.words;
  }
  return c.blocks;
}

/** Words of the text nodes under an element (text that skipped chrome held), without building its text. */
function subtreeWords(root: Node): number {
  let words = 0;
  forEachTextNode(root, (text) => (words += countWords(text)), (el) => !NON_TEXT_TAGS.has(upperTag(el.localName ?? '')));
  return words;
}
