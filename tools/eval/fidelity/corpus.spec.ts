import { join, resolve } from 'node:path';
import { parserFor } from '@news/wire-formats';
import { sharedDir } from '../extraction/load-pages';
import { CARRIERS } from './carriers';
import { carrierOf, fidelityCorpus } from './corpus';
import { SHAPES } from './shapes';

const shared = sharedDir(resolve(__dirname, '..', '..', '..'));

describe('fidelityCorpus', () => {
  const dev = fidelityCorpus({ sharedDir: shared, split: 'dev' });
  const heldout = fidelityCorpus({ sharedDir: shared, split: 'heldout' });

  it('covers at least 20 languages, every shape and every carrier, with unique ids', () => {
    expect(new Set(dev.map((c) => c.language)).size).toBeGreaterThanOrEqual(20);
    for (const shape of SHAPES) expect(dev.some((c) => c.shape === shape)).toBe(true);
    for (const carrier of CARRIERS) expect(dev.some((c) => carrierOf(c) === carrier)).toBe(true);
    expect(dev.some((c) => c.language === 'ja')).toBe(true);
    expect(new Set(dev.map((c) => c.id)).size).toBe(dev.length);
    expect(dev.some((c) => c.shape === 'iptc')).toBe(true);
  });

  it('builds dev and held-out cases from different sentences', () => {
    const devTexts = new Set(dev.filter((c) => c.shape === 'flash').map((c) => c.referenceText));
    expect(heldout.filter((c) => c.shape === 'flash').some((c) => devTexts.has(c.referenceText))).toBe(false);
  });

  it('gives pushes every reader of libs/wire-formats takes as one article with a body', async () => {
    for (const c of dev.filter((x) => x.shape !== 'iptc' && x.language === 'de')) {
      const parsed = await parserFor(c.push.contentType)!(c.push.body, { title: c.title });
      expect(parsed.items).toHaveLength(1);
      expect(parsed.items[0].body?.length).toBeGreaterThan(0);
    }
  });

  it('reads the shared data from NEWS_SHARED_DIR or ../shared', () => {
    expect(shared).toBe(process.env.NEWS_SHARED_DIR || join(resolve(__dirname, '..', '..', '..'), '..', 'shared'));
  });
});
