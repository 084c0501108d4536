import { renderMarkdown } from './report';

const step = (perSecond: number, p99: number) => ({
  perSecond,
  seconds: 30,
  accepted: 10,
  stored: 10,
  latencyMs: { p50: 1, p95: 2, p99, max: p99 },
});

describe('renderMarkdown', () => {
  it('gives a row for every end-to-end step below the target rate, saying which stay under 1 s at p99', () => {
    const md = renderMarkdown({ machine: {}, endToEndSteps: [step(100, 573), step(150, 2_400)] });
    expect(md).toContain(
      '| end to end at 100/s for 30 s | p50 1 ms, p95 2 ms | p99 573 ms, max 573 ms; stored 10 of 10 accepted | ' +
        '(below the target rate: p99 under 1 s) |',
    );
    expect(md).toContain(
      '| end to end at 150/s for 30 s | p50 1 ms, p95 2 ms | p99 2,400 ms, max 2,400 ms; stored 10 of 10 ' +
        'accepted | (below the target rate: p99 over 1 s) |',
    );
  });

  it("reads an earlier run's single step", () => {
    expect(renderMarkdown({ machine: {}, endToEndSustained: step(100, 345) })).toContain(
      '| end to end at 100/s for 30 s |',
    );
  });

  it("puts the two replicas' scaling beside the CPU they got, and reads runs that did not record it", () => {
    const stages = (extra: object) => ({
      machine: {},
      stages: { normaliser2: { perSecond: 510, scaling: 1.49, ...extra } },
    });
    expect(renderMarkdown(stages({ cpuRatio: 1.5 }))).toContain(
      '| normaliser (2 replicas) | 510 articles/s | 1.49 × 1 replica on 1.5 × its CPU | ≥ 1.7 × (CPU permitting) |',
    );
    expect(renderMarkdown(stages({}))).toContain('| 1.49 × 1 replica | ≥ 1.7 × (CPU permitting) |');
  });

  it("gives the target run's p99 window by window, and nothing for runs without windows", () => {
    const windows = [
      { fromS: 0, count: 10, p50: 1, p99: 640, max: 700 },
      { fromS: 60, count: 10, p50: 1, p99: 1_234, max: 1_500 },
    ];
    const md = renderMarkdown({
      machine: {},
      endToEnd: { ...step(200, 1_234), seconds: 120, latencyWindowSeconds: 60, latencyByWindow: windows },
    });
    expect(md).toContain('End to end at 200/s, p99 by 60 s of push time: 0.64, 1.23 s.');
    const gap = [{ fromS: 0, count: 0, notFinished: 3 }, ...windows.slice(1)];
    expect(
      renderMarkdown({
        machine: {},
        endToEnd: { ...step(200, 1_234), seconds: 120, latencyWindowSeconds: 60, latencyByWindow: gap },
      }),
    ).toContain('p99 by 60 s of push time: —, 1.23 s (3 never stored).');
    expect(renderMarkdown({ machine: {}, endToEnd: step(200, 1_234) })).not.toContain('p99 by');
  });

  it("gives the normaliser's median ratio with every paired run, and reads runs with one", () => {
    const md = renderMarkdown({
      machine: {},
      ceilings: { coreArticlesPerSecond: 444 },
      stages: {
        normaliser: {
          perSecond: 352,
          ratioToCore: 0.82,
          pairs: { ratios: [0.8, 0.82, 0.85], perSecond: [340, 352, 370], corePerSecond: [425, 430, 1_435] },
        },
      },
    });
    expect(md).toContain(
      '| ceiling: clean + tag core (1 core) | 444 articles/s | before each normaliser run: 425, 430, 1,435 |  |',
    );
    expect(md).toContain(
      '| normaliser (1 replica) | 352 articles/s | 0.82 × the core measured just before it (median of 3 runs: ' +
        '0.8, 0.82, 0.85) | ≥ 0.8 × core |',
    );
    const old = renderMarkdown({
      machine: {},
      ceilings: { coreArticlesPerSecond: 444 },
      stages: { normaliser: { perSecond: 340, ratioToCore: 0.77 } },
    });
    expect(old).toContain('| ceiling: clean + tag core (1 core) | 444 articles/s |  |  |');
    expect(old).toContain('| normaliser (1 replica) | 340 articles/s | 0.77 × core | ≥ 0.8 × core |');
  });
  it("splits the target run's latency by stage, and leaves the row out for runs without the split", () => {
    const stageLatency = {
      articles: 118_176,
      ingestMs: { p50: 0, p95: 2, p99: 7, max: 60 },
      normaliserMs: { p50: 103, p95: 367, p99: 723, max: 2_564 },
      storeMs: { p50: 28, p95: 72, p99: 146, max: 422 },
      slowestPercent: { articles: 1_182, ingestMs: 0, normaliserMs: 1_175, storeMs: 86, totalMs: 1_261 },
    };
    expect(
      renderMarkdown({ machine: {}, endToEnd: { ...step(200, 780), acceptLatencyMs: { p99: 12 }, stageLatency } }),
    ).toContain(
      '| end to end at 200/s, by stage (118,176 articles) | p99: ingest 7 ms (202 after 12 ms), normaliser 723 ' +
        'ms, store 146 ms | slowest 1 % (1,182), mean: ingest 0, normaliser 1,175, store 86 of 1,261 ms |  |',
    );
    expect(renderMarkdown({ machine: {}, endToEnd: step(200, 780) })).not.toContain('by stage');
  });
});
