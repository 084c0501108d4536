import { normaliseRawEvent } from './normalise-article';
import { warmUpNormaliser, warmUpSamples } from './warm-up';

describe('warmUpNormaliser', () => {
  it('runs the samples at least once and stops within its round limit', () => {
    expect(warmUpNormaliser(0, 40).rounds).toBe(1);
    expect(warmUpNormaliser(10_000, 3).rounds).toBe(3);
  });

  it('takes its samples through the HTML and plain-text paths of cleaning and through tagging', () => {
    const [page, wire] = warmUpSamples().map((s) => normaliseRawEvent(s, undefined, false).article);
    for (const a of [page, wire]) {
      expect(a.language).toBe('en');
      expect((a.people ?? []).map((p) => p.name)).toEqual(expect.arrayContaining(['Vladimir Putin', 'Barack Obama']));
      expect((a.places ?? []).map((p) => p.name)).toEqual(expect.arrayContaining(['Ukraine']));
      expect(a.subjects?.length).toBeGreaterThan(0);
    }
    // the page's chrome is cleaned away: the path real pages take
    expect(page.text).not.toMatch(/Share on Facebook|All rights reserved|Other story one/);
    expect(page.text).toContain('Dmitry Peskov');
  });
});
