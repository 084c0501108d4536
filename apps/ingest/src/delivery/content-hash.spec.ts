import { createHash } from 'node:crypto';
import { contentHashOf } from './content-hash';

/** The string form of a content hash: stored receipts hold hashes of it, so the streamed hash must equal it. */
function canonicalString(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalString).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalString(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

describe('contentHashOf', () => {
  const cases: Record<string, object> = {
    'a plain article': {
      sourceId: 'reuters',
      externalId: 'x1',
      title: 'Talks resume',
      body: 'Ministers met on Monday.',
      version: 2,
    },
    'dates, arrays, nesting and unicode': {
      title: 'Émeute à Paris — “quotes” \u2028 line sep 😀',
      publishedAt: new Date('2026-01-02T03:04:05.000Z'),
      authors: ['A. Writer', 'B. Writer'],
      nested: { z: 1, a: [{ y: null, b: true }], m: [] },
      skipped: undefined,
      holes: [1, undefined, 3],
    },
    'a large body': { body: '<p>"quoted" \\ back\\slash\n</p>'.repeat(20_000) },
  };
  for (const [name, value] of Object.entries(cases)) {
    it(`gives the same hash as the original string form: ${name}`, () => {
      expect(contentHashOf(value)).toBe(sha(canonicalString(value)));
    });
  }

  it('does not depend on key order', () => {
    expect(contentHashOf({ a: 1, b: { c: 2, d: 3 } })).toBe(contentHashOf({ b: { d: 3, c: 2 }, a: 1 }));
  });

  it('changes when the content changes', () => {
    expect(contentHashOf({ body: 'a' })).not.toBe(contentHashOf({ body: 'b' }));
  });
});
