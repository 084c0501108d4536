import { validateSync } from 'class-validator';
import isLength from 'validator/lib/isLength';
import { isTextLength, MaxTextLength, TextLength } from './text-length';

const PAIR = '\uD83D\uDE00'; // one emoji: two UTF-16 units, one character
const VS16 = '\uFE0F'; // variation selector: not counted after a character

/** Strings built from the pieces that make UTF-16 length and validator's count differ. */
function samples(): string[] {
  const pieces = ['a', ' ', PAIR, VS16, '\uFE0E', '\uD83D', '\uDE00', 'é', '\u0301'];
  const out = ['', 'a', PAIR, VS16, `${VS16}${VS16}`, `${PAIR}${VS16}`, `\uDE00${PAIR}`, `a${VS16}`];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
  for (let i = 0; i < 3_000; i++) {
    const n = 1 + Math.floor(next() * 12);
    out.push(Array.from({ length: n }, () => pieces[Math.floor(next() * pieces.length)]).join(''));
  }
  return out;
}

describe('isTextLength', () => {
  it("gives validator's isLength answer on every bound, for strings of pairs, lone surrogates and selectors", () => {
    for (const s of samples()) {
      for (const [min, max] of [
        [0, 0],
        [0, 1],
        [1, 1],
        [1, 3],
        [2, 5],
        [0, 6],
        [1, 12],
        [3, 30],
      ]) {
        expect([s, min, max, isTextLength(s, min, max)]).toEqual([s, min, max, isLength(s, { min, max })]);
      }
    }
  });

  it('answers a long text under the limit without counting, and counts one over it in UTF-16 units', () => {
    const page = 'x'.repeat(200_000);
    expect(isTextLength(page, 1, 200_000)).toBe(true);
    expect(isTextLength(`${page}y`, 1, 200_000)).toBe(false);
    // 100,001 emoji are 200,002 units but 100,001 characters: within a 100,001-character limit.
    expect(isTextLength(PAIR.repeat(100_001), 1, 100_001)).toBe(true);
  });

  it('refuses what is not a string', () => {
    expect(isTextLength(42, 0, 10)).toBe(false);
    expect(isTextLength(undefined, 0, 10)).toBe(false);
  });
});

describe('TextLength and MaxTextLength', () => {
  class Doc {
    @TextLength(1, 5, { message: 'body must be a non-empty string' })
    body!: unknown;

    @MaxTextLength(3)
    note!: unknown;
  }
  const errorsOf = (body: unknown, note: unknown) =>
    validateSync(Object.assign(new Doc(), { body, note })).map((e) => ({
      field: e.property,
      constraints: e.constraints,
    }));

  it('pass values in range', () => {
    expect(errorsOf('hello', PAIR.repeat(3))).toEqual([]);
  });

  it("refuse values out of range with class-validator's constraint names and messages", () => {
    expect(errorsOf('', 'abcd')).toEqual([
      { field: 'body', constraints: { isLength: 'body must be a non-empty string' } },
      { field: 'note', constraints: { maxLength: 'note must be shorter than or equal to 3 characters' } },
    ]);
  });
});
