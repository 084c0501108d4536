import { setFlagsFromString } from 'node:v8';
import { EventTarget as LinkedomEventTarget, parseHTML, Text as LinkedomText } from 'linkedom';

/*
 * Two linkedom costs that the cleaning core pays on every page and never uses:
 *
 * 1. Listener tables. linkedom (0.18.x) gives every node (elements, text, each attribute) an
 * event-listener table at construction: `WeakMap.set(node, new Map())` in the
 * EventTarget constructor: a WeakMap entry per node, a large share of the
 * cleaning time plus GC pressure (ephemeron tables), for listeners nobody ever
 * adds (figures: docs/benchmark-history.md).
 *
 * installLazyEventTargets() makes that table lazy: linkedom's Node class gets
 * an empty base constructor, and Node.prototype gets add/remove/dispatch
 * methods that keep listeners in a table of our own, created on the first
 * addEventListener. Event semantics (capture flag on the event, bubbling
 * along _getParent(), `once`, stopImmediatePropagation, cancelBubble) follow
 * linkedom's own implementation. Nothing else in linkedom is changed.
 *
 * 2. Class lists. The parser assigns `element.className = value` for every
 *    class attribute, and `className` / `getAttribute('class')` read
 *    `classList.value`: each builds a DOMTokenList (a Set) and joins it again,
 *    many times per page (Readability reads className on every node).
 *    installLazyClassNames() keeps the normalised class string on the
 *    attribute itself and builds the DOMTokenList only when `classList` is
 *    actually used; the values read are the same (unique tokens, one space).
 *
 * Both are process-wide and idempotent; each checks linkedom's class shape
 * first and does nothing (returns false) if its internals differ from what it
 * expects. installLinkedomFastPaths() installs both.
 */

type Listener = ((event: unknown) => void) | { handleEvent(event: unknown): void };
type ListenerOptions = { once?: boolean } | boolean | undefined;
interface LinkedomEvent {
  type: string;
  bubbles: boolean;
  cancelBubble: boolean;
  defaultPrevented: boolean;
  eventPhase: number;
  currentTarget?: unknown;
  target?: unknown;
  _path: { currentTarget: EventTargetLike; target: EventTargetLike }[];
  _stopImmediatePropagationFlag: boolean;
  NONE: number;
  CAPTURING_PHASE: number;
  AT_TARGET: number;
  BUBBLING_PHASE: number;
}
interface EventTargetLike {
  dispatchEvent?: (event: LinkedomEvent) => boolean;
  _getParent?: () => EventTargetLike | null;
}

const listeners = new WeakMap<object, Map<string, Map<Listener, ListenerOptions>>>();
let state: 'unknown' | 'installed' | 'unsupported' = 'unknown';

function addEventListener(this: object, type: string, listener: Listener, options?: ListenerOptions): void {
  let map = listeners.get(this);
  if (!map) listeners.set(this, (map = new Map()));
  let byListener = map.get(type);
  if (!byListener) map.set(type, (byListener = new Map()));
  byListener.set(listener, options);
}

function removeEventListener(this: object, type: string, listener: Listener): void {
  const map = listeners.get(this);
  const byListener = map?.get(type);
  if (byListener && byListener.delete(listener) && byListener.size === 0) map!.delete(type);
}

function invoke(event: LinkedomEvent, currentTarget: EventTargetLike, target: EventTargetLike): boolean {
  const byListener = listeners.get(currentTarget)?.get(event.type);
  if (!byListener) return false;
  event.eventPhase = currentTarget === target ? event.AT_TARGET : event.BUBBLING_PHASE;
  event.currentTarget = currentTarget;
  event.target = target;
  for (const [listener, options] of byListener) {
    if (options && typeof options === 'object' && options.once) byListener.delete(listener);
    if (typeof listener === 'function') listener.call(event.target, event);
    else listener.handleEvent(event);
    if (event._stopImmediatePropagationFlag) break;
  }
  delete event.currentTarget;
  delete event.target;
  return event.cancelBubble;
}

/** The target, then (when the event bubbles) each ancestor along _getParent(), as linkedom builds it. */
function eventPath(
  target: EventTargetLike,
  bubbles: boolean,
): { currentTarget: EventTargetLike; target: EventTargetLike }[] {
  const path: { currentTarget: EventTargetLike; target: EventTargetLike }[] = [];
  let node: EventTargetLike | null | undefined | false = target;
  while (node) {
    if (node.dispatchEvent) path.push({ currentTarget: node, target });
    node = bubbles && node._getParent && node._getParent();
  }
  return path;
}

function dispatchEvent(this: EventTargetLike, event: LinkedomEvent): boolean {
  event.eventPhase = event.CAPTURING_PHASE;
  const path = eventPath(this, event.bubbles);
  event._path = path;
  for (const { currentTarget, target } of path) {
    if (listeners.has(currentTarget)) {
      if (invoke(event, currentTarget, target)) break;
    } else if (!isPatchedNode(currentTarget)) {
      // A plain linkedom EventTarget up the path (a document's window) keeps its own listeners.
      event._path = [];
      currentTarget.dispatchEvent?.(event);
      if (event.cancelBubble) break;
    }
  }
  event._path = [];
  event.eventPhase = event.NONE;
  return !event.defaultPrevented;
}

let patchedNodePrototype: object | null = null;
const isPatchedNode = (value: object): boolean =>
  patchedNodePrototype !== null && Object.prototype.isPrototypeOf.call(patchedNodePrototype, value);

/** Makes linkedom's per-node listener tables lazy (see above). True when active. */
export function installLazyEventTargets(): boolean {
  if (state !== 'unknown') return state === 'installed';
  state = 'unsupported';
  const eventTargetPrototype = (LinkedomEventTarget as unknown as { prototype: object }).prototype;
  // linkedom's Node class is not exported: it is the prototype just below EventTarget's on any node,
  // found from the exported Text class's prototype without constructing a node (see the flag below).
  let proto: object | null = (LinkedomText as unknown as { prototype: object }).prototype;
  while (proto && Object.getPrototypeOf(proto) !== eventTargetPrototype) proto = Object.getPrototypeOf(proto);
  const NodeClass = (proto as { constructor?: unknown } | null)?.constructor;
  if (!proto || typeof NodeClass !== 'function' || Object.getPrototypeOf(NodeClass) !== LinkedomEventTarget)
    return false;
  // V8's default-constructor omission never keeps a `super()` optimised once its class chain's [[Prototype]] is
  // replaced (below), and without it V8 calls empty constructors as the language says, so nothing observable
  // changes. Set before any node is constructed, here rather than on the command line, so every user of the core
  // runs the same code (docs/cleaning-performance.md; a spec checks this Node still has the flag).
  setFlagsFromString('--no-omit-default-ctors');
  // Node's constructor calls super(): an empty base makes it skip the listener table.
  // The instances' prototype chain (Node.prototype → EventTarget.prototype) is unchanged.
  Object.setPrototypeOf(NodeClass, class LazyEventTarget {});
  Object.defineProperties(proto, {
    addEventListener: { value: addEventListener, writable: true, configurable: true },
    removeEventListener: { value: removeEventListener, writable: true, configurable: true },
    dispatchEvent: { value: dispatchEvent, writable: true, configurable: true },
  });
  patchedNodePrototype = proto;
  state = 'installed';
  return true;
}

/**
 * The class string linkedom's DOMTokenList gives back for a class attribute: unique non-empty tokens, one space apart.
 */
export function normaliseClassValue(raw: string): string {
  // Fast path: already normalised (tokens one space apart, no other whitespace, no repeats).
  let spaces = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === raw.length - 1 || raw.charCodeAt(i - 1) === 32) return normaliseSlow(raw);
      spaces++;
    } else if (
      c < 32 ||
      c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 &&
        (c <= 0x200a || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff))
    ) {
      return normaliseSlow(raw);
    }
  }
  if (spaces === 0) return raw;
  const tokens = raw.split(' ');
  for (let i = 1; i < tokens.length; i++)
    for (let j = 0; j < i; j++) if (tokens[i] === tokens[j]) return normaliseSlow(raw);
  return raw;
}

function normaliseSlow(raw: string): string {
  const seen = new Set<string>();
  for (const token of raw.split(/\s+/)) if (token) seen.add(token);
  return Array.from(seen).join(' ');
}

const RAW = Symbol('classRaw');
const NORMALISED = Symbol('classNormalised');
type ClassAttr = { value: string; [RAW]?: string; [NORMALISED]?: string };
let classNamesState: 'unknown' | 'installed' | 'unsupported' = 'unknown';

/** Class strings without a DOMTokenList per element (see above). True when active. */
export function installLazyClassNames(): boolean {
  if (classNamesState !== 'unknown') return classNamesState === 'installed';
  classNamesState = 'unsupported';
  const probe = parseHTML('<html><body><p class="a"></p></body></html>').document.querySelector('p');
  if (!probe) return false;
  const classListKey = Object.getOwnPropertySymbols(probe).find((sym) => sym.description === 'classList');
  let proto: object | null = Object.getPrototypeOf(probe);
  while (proto && !Object.prototype.hasOwnProperty.call(proto, 'className')) proto = Object.getPrototypeOf(proto);
  const original = proto ? Object.getOwnPropertyDescriptor(proto, 'className') : undefined;
  if (!classListKey || !proto || !original?.get || !original.set) return false;
  const originalGet = original.get;
  const originalSet = original.set;
  type El = Element & { [key: symbol]: unknown };
  Object.defineProperty(proto, 'className', {
    configurable: true,
    enumerable: original.enumerable,
    get(this: El): string {
      if (this[classListKey]) return originalGet.call(this) as string;
      const attr = this.getAttributeNode('class') as unknown as ClassAttr | null;
      if (!attr) return '';
      const raw = attr.value;
      if (attr[RAW] !== raw) {
        attr[RAW] = raw;
        attr[NORMALISED] = normaliseClassValue(raw);
      }
      return attr[NORMALISED]!;
    },
    set(this: El, value: unknown): void {
      const attr = this[classListKey] ? null : (this.getAttributeNode('class') as unknown as ClassAttr | null);
      // Without a class list, linkedom's setter would build one and write its value back to the attribute.
      if (attr) attr.value = normaliseClassValue(String(value));
      else originalSet.call(this, value);
    },
  });
  classNamesState = 'installed';
  return true;
}

/** Both fast paths; true when both are active. */
export function installLinkedomFastPaths(): boolean {
  const events = installLazyEventTargets();
  const classes = installLazyClassNames();
  return events && classes;
}
