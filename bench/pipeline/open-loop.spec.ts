import { openLoop } from './open-loop';

describe('openLoop', () => {
  it('starts tasks on schedule without waiting for earlier ones, and waits for all', async () => {
    const starts: number[] = [];
    const t0 = performance.now();
    let done = 0;
    await openLoop(100, 5, async (i, due) => {
      starts.push(performance.now() - t0);
      expect(due - t0).toBeCloseTo(i * 10, 0);
      await new Promise((r) => setTimeout(r, 50)); // slower than the schedule
      done++;
    });
    expect(done).toBe(5);
    // The fifth task started about 40 ms in, not after the first ones finished (4 × 50 ms).
    expect(starts[4]).toBeLessThan(150);
  });
});
