import { backoffSeconds, jitteredBackoffMs, parsePolledFeeds } from './feed-poller';

describe('feed poller configuration and backoff', () => {
  it('reads INGEST_POLL_FEEDS with a default interval and names bad entries', () => {
    expect(parsePolledFeeds('[{"sourceId":"a","url":"https://x.example/feed"}]')).toEqual([
      { sourceId: 'a', url: 'https://x.example/feed', intervalSeconds: 300 },
    ]);
    expect(() => parsePolledFeeds('[{"sourceId":"A B","url":"https://x"}]')).toThrow(/\[0\]\.sourceId/);
    expect(() => parsePolledFeeds('[{"sourceId":"a","url":"ftp://x"}]')).toThrow(/\[0\]\.url/);
    expect(() => parsePolledFeeds('{}')).toThrow(/JSON array/);
  });

  it('doubles the wait per failure, at most 32× or an hour', () => {
    expect([0, 1, 2, 3, 10].map((f) => backoffSeconds(60, f))).toEqual([60, 120, 240, 480, 1920]);
    expect(backoffSeconds(300, 10)).toBe(3600);
    expect(backoffSeconds(7200, 3)).toBe(7200);
  });

  it("jitters a failed poll's wait between the interval and that ceiling, never before the interval", () => {
    expect(jitteredBackoffMs(60, 0, () => 0.9)).toBe(60_000);
    expect(jitteredBackoffMs(60, 2, () => 0)).toBe(60_000);
    expect(jitteredBackoffMs(60, 2, () => 0.5)).toBe(150_000);
    expect(jitteredBackoffMs(60, 2, () => 0.999_999)).toBe(240_000);
    expect(jitteredBackoffMs(7200, 3, () => 0.5)).toBe(7_200_000);
  });
});
