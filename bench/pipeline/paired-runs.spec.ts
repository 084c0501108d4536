import { summarisePairs } from './paired-runs';

const pair = (ceilingPerSecond: number, perSecond: number) => ({
  ceilingPerSecond,
  run: { perSecond, id: `${perSecond}` },
});

describe('summarisePairs', () => {
  it('takes the pair with the median ratio, not the ratio of the medians', () => {
    // Ratios 0.75, 0.90, 0.80: the median pair is (440, 352); the medians of each side would give 352 / 440 too,
    // but here the fastest run came with the fastest ceiling, and pairing keeps that drift out of the ratio.
    const s = summarisePairs([pair(400, 300), pair(460, 414), pair(440, 352)]);
    expect(s.median.ratio).toBe(0.8);
    expect(s.median.run.id).toBe('352');
    expect(s.ratios).toEqual([0.75, 0.9, 0.8]);
    expect(s.perSecond).toEqual([300, 414, 352]);
    expect(s.ceilings).toEqual([400, 460, 440]);
  });

  it('differs from a ratio against one ceiling when the machine drifts', () => {
    // The machine slowed by 10 % after the first ceiling; each run kept 0.85 of the ceiling next to it.
    const s = summarisePairs([pair(450, 383), pair(405, 344), pair(405, 344)]);
    expect(s.median.ratio).toBe(0.85);
    expect(Math.round((344 / 450) * 100) / 100).toBe(0.76);
  });

  it('can differ from the ratio of the medians', () => {
    // Ratios 0.75, 0.90, 0.80: the median pair's is 0.80, while the median rate (300) over the median ceiling (400) is
    // 0.75.
    const s = summarisePairs([pair(400, 300), pair(460, 414), pair(300, 240)]);
    expect(s.median.ratio).toBe(0.8);
    expect(s.median.run.id).toBe('240');
  });

  it('takes the lower middle pair of an even count, and refuses none', () => {
    expect(summarisePairs([pair(400, 320), pair(400, 360)]).median.ratio).toBe(0.8);
    expect(() => summarisePairs([])).toThrow('no paired runs');
  });
});
