import { ActivitySummary } from './activity-summary';

function setUp(intervalMs = 60_000) {
  const lines: string[] = [];
  let t = 0;
  const summary = new ActivitySummary(
    { log: (m) => lines.push(m) },
    { what: 'articles stored', intervalMs, now: () => t },
  );
  return { lines, summary, advance: (ms: number) => (t += ms) };
}

describe('ActivitySummary', () => {
  it('writes one line per interval with the counts added in it', () => {
    const { lines, summary, advance } = setUp();
    for (let i = 0; i < 500; i++) {
      summary.add({ created: 1, updated: i % 5 === 0 ? 1 : 0 });
      advance(100);
    }
    // 50 s of work: nothing yet.
    expect(lines).toEqual([]);
    advance(10_000);
    summary.add({ created: 1 });
    expect(lines).toEqual(['articles stored in the last 60 s: created=501 updated=100']);
  });

  it('starts counting afresh after a line, and stays silent when idle', () => {
    const { lines, summary, advance } = setUp(1_000);
    summary.add({ created: 2 });
    advance(1_000);
    summary.add({ created: 1 });
    advance(5_000);
    summary.add({ created: 0 });
    summary.flush();
    expect(lines).toEqual(['articles stored in the last 1 s: created=3']);
  });

  it('flush writes what is pending, e.g. at shutdown', () => {
    const { lines, summary, advance } = setUp();
    summary.add({ accepted: 7 });
    advance(2_400);
    summary.flush();
    expect(lines).toEqual(['articles stored in the last 2 s: accepted=7']);
  });
});
