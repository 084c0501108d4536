import type { RateDecision } from '@news/database';
import { SharedRateLimiter } from './shared-rate-limiter';

describe('SharedRateLimiter', () => {
  it('asks the shared bucket: 0 when admitted, else the seconds until a token is back', async () => {
    const asked: Array<[string, number, number]> = [];
    let next: RateDecision = { admitted: true, tokens: 5 };
    const limiter = new SharedRateLimiter({ take: async (k, b, r) => (asked.push([k, b, r]), next) });
    expect(await limiter.take('src', 60)).toBe(0);
    next = { admitted: false, tokens: 0.25 };
    expect(await limiter.take('src', 60)).toBe(1);
    expect(await limiter.take('src', 6)).toBe(8); // 0.75 of a token at 0.1 a second
    expect(await limiter.take('src', 0)).toBe(0);
    expect(asked).toEqual([
      ['src', 60, 1],
      ['src', 60, 1],
      ['src', 6, 0.1],
    ]);
  });

  it('limits locally while the database fails, then asks it again', async () => {
    let now = 0;
    let failing = true;
    let calls = 0;
    const states: Array<string | undefined> = [];
    const limiter = new SharedRateLimiter(
      {
        take: async () => {
          calls++;
          if (failing) throw new Error('connection terminated');
          return { admitted: true, tokens: 1 };
        },
      },
      { now: () => now, retryAfterMs: 5_000, onStateChange: (e) => states.push(e?.message) },
    );
    // The local bucket: 2 a minute, so the third request waits.
    expect([await limiter.take('s', 2), await limiter.take('s', 2), await limiter.take('s', 2)]).toEqual([0, 0, 30]);
    expect(calls).toBe(1);
    failing = false;
    now += 5_000;
    expect(await limiter.take('s', 2)).toBe(0);
    expect(calls).toBe(2);
    expect(states).toEqual(['connection terminated', undefined]);
  });

  it('does not let a hung database hold the push', async () => {
    const limiter = new SharedRateLimiter(
      { take: () => new Promise<RateDecision>(() => undefined) },
      { timeoutMs: 20 },
    );
    expect(await limiter.take('s', 60)).toBe(0);
  });
});
