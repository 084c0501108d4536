import { Parser } from 'htmlparser2';

/*
 * htmlparser2's Parser (which linkedom parses with) keeps its open elements in an
 * array whose FRONT is the innermost element: every start tag is an
 * `unshift`, every end tag a `shift`, and an end tag is matched with
 * `indexOf` over the whole array. Each of those is O(depth), so a body of
 * unclosed tags (`<i>` 170,000 times) costs O(n²): the cause of the
 * super-linear cleaning times on pathological HTML.
 *
 * installLinearParserStacks() gives every Parser whose stack grows deep a stack
 * object with the same array-like interface the Parser uses (`unshift`,
 * `shift`, `indexOf`, `length`, `[i]` with 0 = innermost) but stored top-last,
 * with a count per element name, so each operation is O(1) amortised: `indexOf` of a name that
 * is not open answers at once, and one that is open is found at the distance
 * the Parser then pops anyway. The Parser's own code, tables and behaviour are
 * unchanged; the patch checks the Parser's shape first and verifies its output
 * on a sample, and does nothing (returns false) if either differs.
 */

class TopFirstStack<T> {
  /** Bottom first: the innermost element is the last one. */
  readonly items: T[] = [];
  private readonly counts = new Map<T, number>();

  constructor(initial: readonly T[]) {
    for (let i = initial.length - 1; i >= 0; i--) this.unshift(initial[i]);
  }

  get length(): number {
    return this.items.length;
  }

  set length(n: number) {
    while (this.items.length > n) this.shift();
  }

  at(i: number): T | undefined {
    return this.items[this.items.length - 1 - i];
  }

  unshift(x: T): number {
    this.items.push(x);
    this.counts.set(x, (this.counts.get(x) ?? 0) + 1);
    return this.items.length;
  }

  shift(): T | undefined {
    const x = this.items.pop();
    if (x !== undefined) {
      const n = this.counts.get(x)! - 1;
      if (n === 0) this.counts.delete(x);
      else this.counts.set(x, n);
    }
    return x;
  }

  indexOf(x: T): number {
    if (!this.counts.has(x)) return -1;
    return this.items.length - 1 - this.items.lastIndexOf(x);
  }
}

const INDEX = /^(?:0|[1-9]\d*)$/;

/** A proxy so `stack[0]` and `stack[i]` read the innermost-first view of a TopFirstStack. */
function arrayLike<T>(initial: readonly T[]): T[] {
  const stack = new TopFirstStack(initial);
  // Bound once: the Parser calls these on every tag, and a bind per call would allocate per tag.
  const methods: Record<string, unknown> = {
    unshift: stack.unshift.bind(stack),
    shift: stack.shift.bind(stack),
    indexOf: stack.indexOf.bind(stack),
  };
  return new Proxy(stack, {
    get(target, prop, receiver) {
      if (prop === 'length') return target.length;
      if (prop === '0') return target.at(0);
      if (typeof prop === 'string') {
        if (prop in methods) return methods[prop];
        if (INDEX.test(prop)) return target.at(Number(prop));
      }
      const value: unknown = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
    set(target, prop, value) {
      if (prop === 'length') {
        target.length = Number(value);
        return true;
      }
      return false;
    },
  }) as unknown as T[];
}

/**
 * Below this depth the Parser keeps its own array: its front operations cost at most this much, and a plain array
 * is several times faster per tag than the proxy. A stack that grows past it (only unclosed-tag floods do) moves
 * to the linear stack once, for the rest of the parse.
 */
export const LINEAR_STACK_DEPTH = 256;

let state: 'unknown' | 'installed' | 'unsupported' = 'unknown';

/** Close tags in the order the Parser reports them, for the self-check. */
function closeOrder(html: string): string {
  const out: string[] = [];
  const parser = new Parser({ onclosetag: (name, implied) => out.push(`${name}${implied ? '~' : ''}`) });
  parser.write(html);
  parser.end();
  return out.join(',');
}

const SAMPLE =
  '<div><p>a<p>b</div><ul><li>x<li>y</ul><table><tr><td>1<td>2<tr><td>3</table><i><b>c</i></b><svg><g/></svg><br>' +
  '</br></p>' +
  // Deep enough to move to the linear stack: the check covers both kinds.
  `<div>${'<i><b>'.repeat(LINEAR_STACK_DEPTH)}d</i>${'</b>'.repeat(8)}<p>e<ul><li>f`;

export function installLinearParserStacks(): boolean {
  if (state !== 'unknown') return state === 'installed';
  const proto = Parser.prototype as unknown as Record<string, unknown>;
  const probe = new Parser({}) as unknown as { stack: unknown; foreignContext: unknown };
  const expected = closeOrder(SAMPLE);
  if (
    !Array.isArray(probe.stack) ||
    !Array.isArray(probe.foreignContext) ||
    'stack' in proto ||
    'foreignContext' in proto
  ) {
    state = 'unsupported';
    return false;
  }
  for (const field of ['stack', 'foreignContext']) {
    const key = Symbol(field);
    Object.defineProperty(proto, field, {
      configurable: true,
      get(this: Record<symbol, unknown[]>) {
        const stack = this[key];
        if (stack.length > LINEAR_STACK_DEPTH && Array.isArray(stack)) this[key] = arrayLike(stack);
        return this[key];
      },
      set(this: Record<symbol, unknown[]>, value: unknown[]) {
        this[key] = value;
      },
    });
  }
  if (closeOrder(SAMPLE) !== expected) {
    delete proto.stack;
    delete proto.foreignContext;
    state = 'unsupported';
    return false;
  }
  state = 'installed';
  return true;
}
