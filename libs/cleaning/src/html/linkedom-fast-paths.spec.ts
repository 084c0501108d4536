import { execFileSync } from 'node:child_process';
import { Event as LinkedomEvent, parseHTML } from 'linkedom';
import {
  installLazyClassNames,
  installLazyEventTargets,
  installLinkedomFastPaths,
  normaliseClassValue,
} from './linkedom-fast-paths';

/** linkedom's Event class, typed as the DOM's for addEventListener / dispatchEvent. */
const newEvent = (type: string, init?: { bubbles?: boolean; cancelable?: boolean }): Event =>
  new LinkedomEvent(type, init) as unknown as Event;

describe('linkedom fast paths', () => {
  it('install (idempotently) on the linkedom version in use', () => {
    expect(installLinkedomFastPaths()).toBe(true);
    expect(installLazyEventTargets()).toBe(true);
    expect(installLazyClassNames()).toBe(true);
  });

  it('runs on a V8 that still has the flag the listener patch turns off (else: a warning, constructor churn)', () => {
    const options = execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8' });
    expect(options).toMatch(/^\s*--omit-default-ctors\b/m);
  });

  describe('lazy listener tables: events still work', () => {
    beforeAll(() => installLinkedomFastPaths());

    it('delivers to target and bubbling ancestors, honours once, remove and stopImmediatePropagation', () => {
      const { document } = parseHTML('<html><body><div id="outer"><p id="inner">x</p></div></body></html>');
      const inner = document.getElementById('inner')!;
      const outer = document.getElementById('outer')!;
      const seen: string[] = [];
      const onInner = (e: Event) => seen.push(`inner:${e.eventPhase}`);
      inner.addEventListener('ping', onInner);
      inner.addEventListener('ping', () => seen.push('inner-once'), { once: true });
      outer.addEventListener('ping', (e: Event) => seen.push(`outer:${e.eventPhase}:${(e.target as Element).id}`));
      inner.dispatchEvent(newEvent('ping', { bubbles: true }));
      inner.dispatchEvent(newEvent('ping', { bubbles: false }));
      expect(seen).toEqual(['inner:2', 'inner-once', 'outer:3:inner', 'inner:2']);
      inner.removeEventListener('ping', onInner);
      seen.length = 0;
      inner.dispatchEvent(newEvent('ping', { bubbles: true }));
      expect(seen).toEqual(['outer:3:inner']);
      const first = (e: Event) => {
        seen.push('first');
        e.stopImmediatePropagation();
      };
      outer.addEventListener('stop', first);
      outer.addEventListener('stop', () => seen.push('second'));
      seen.length = 0;
      outer.dispatchEvent(newEvent('stop'));
      expect(seen).toEqual(['first']);
    });

    it('reports preventDefault and keeps per-node listeners apart', () => {
      const { document } = parseHTML('<html><body><a id="a"></a><a id="b"></a></body></html>');
      const a = document.getElementById('a')!;
      const b = document.getElementById('b')!;
      let calls = 0;
      a.addEventListener('go', (e: Event) => {
        calls++;
        e.preventDefault();
      });
      expect(a.dispatchEvent(newEvent('go', { cancelable: true }))).toBe(false);
      expect(b.dispatchEvent(newEvent('go', { cancelable: true }))).toBe(true);
      expect(calls).toBe(1);
    });
  });

  describe('lazy class names: same values as linkedom class lists', () => {
    beforeAll(() => installLinkedomFastPaths());

    it('reads class attributes as unique tokens one space apart', () => {
      const { document } = parseHTML(
        '<html><body><p id="p" class="  a\tb  a c "></p><p id="q" class="x"></p><p id="r"></p></body></html>',
      );
      const p = document.getElementById('p')!;
      expect(p.className).toBe('a b c');
      expect(p.getAttribute('class')).toBe('a b c');
      expect(document.getElementById('q')!.className).toBe('x');
      expect(document.getElementById('r')!.className).toBe('');
      // linkedom answers getAttribute('class') from className: '' (not null) without the attribute.
      expect(document.getElementById('r')!.getAttribute('class')).toBe('');
    });

    it('keeps className, getAttribute and classList in step through writes', () => {
      const { document } = parseHTML('<html><body><div id="d" class="one two"></div><div id="e"></div></body></html>');
      const d = document.getElementById('d')!;
      d.className = 'three  four three';
      expect(d.getAttribute('class')).toBe('three four');
      expect(Array.from(d.classList)).toEqual(['three', 'four']);
      d.classList.add('five');
      expect(d.className).toBe('three four five');
      d.setAttribute('class', 'six');
      expect(d.className).toBe('six');
      const e = document.getElementById('e')!;
      e.className = 'new';
      expect(e.getAttribute('class')).toBe('new');
      expect(e.outerHTML).toMatch(/^<div (?:id="e" class="new"|class="new" id="e")><\/div>$/);
    });
  });

  it('normaliseClassValue matches split/dedupe/join', () => {
    const reference = (raw: string) => Array.from(new Set(raw.split(/\s+/).filter(Boolean))).join(' ');
    for (const raw of [
      '',
      ' ',
      'a',
      'a b',
      'a  b',
      ' a',
      'a ',
      'a\nb',
      'a b a',
      'x\u00a0y',
      'b a b c',
      'hero hero',
      'a\u3000b c',
    ]) {
      expect(normaliseClassValue(raw)).toBe(reference(raw));
    }
  });
});
