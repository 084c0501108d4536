/**
 * The descendants of `root` whose tag is one of `tagNames`, in document order: the same
 * elements as `root.querySelectorAll(tagNames.join(","))` (which does not look inside
 * <template>), found by a plain walk instead of a compiled CSS selector.
 */
export function elementsByTagNames(root: ParentNode, tagNames: readonly string[]): Element[] {
  const out: Element[] = [];
  const one = tagNames.length === 1 ? tagNames[0].toLowerCase() : null;
  const many = one === null ? new Set(tagNames.map((t) => t.toLowerCase())) : null;
  let el: Element | null = root.firstElementChild;
  while (el) {
    const name = el.localName;
    const lower = name.toLowerCase();
    if (one !== null ? lower === one : many!.has(lower)) out.push(el);
    let next: Element | null = lower === 'template' ? null : el.firstElementChild;
    if (!next) {
      let cur: Element | null = el;
      while (cur && (next = cur.nextElementSibling) === null) {
        const parent: ParentNode | null = cur.parentNode;
        cur = parent === root || parent === null || (parent as Node).nodeType !== 1 ? null : (parent as Element);
      }
    }
    el = next;
  }
  return out;
}

/**
 * Calls `visit` with the value of every text and CDATA node below `root`, in
 * document order (as textContent concatenates them), without recursion or a
 * child list per node. `enter` may refuse an element's subtree.
 */
export function forEachTextNode(root: Node, visit: (text: string) => void, enter?: (el: Element) => boolean): void {
  let cur: Node | null = root.firstChild;
  while (cur !== null) {
    const t = cur.nodeType;
    if (t === 3 || t === 4) visit(cur.nodeValue ?? '');
    let next: Node | null = t === 1 && (!enter || enter(cur as Element)) ? cur.firstChild : null;
    if (next === null) {
      let up: Node | null = cur;
      while (up !== null && up !== root && (next = up.nextSibling) === null) up = up.parentNode;
      if (up === root) next = null;
    }
    cur = next;
  }
}
