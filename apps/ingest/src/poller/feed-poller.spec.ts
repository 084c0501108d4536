import { backoffSeconds, parsePolledFeeds } from './feed-poller';

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
});
