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
