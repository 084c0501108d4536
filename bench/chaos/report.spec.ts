import type { Reply } from '../../tools/harness/feed';
import type { FaultRecord } from './faults';
import { acceptedRate, faultRows, percentile, postgresOutageRates, summarise } from './report';

const reply = (at: number, status: number, extra: Partial<Reply> = {}): Reply => ({
  externalId: 'x',
  version: 1,
  attempt: 0,
  status,
  at,
  ms: 5,
  ...extra,
});
const fault = (
  kind: FaultRecord['kind'],
  startedAt: number,
  endedAt: number,
  extra: Partial<FaultRecord> = {},
): FaultRecord => ({ kind, startedAt, endedAt, resumes: [], ...extra });

describe('chaos report', () => {
  it('percentiles by nearest rank', () => {
    expect(percentile([], 95)).toBeNull();
    expect(percentile([5], 95)).toBe(5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50)).toBe(5);
    expect(percentile([10, 1, 7], 100)).toBe(10);
  });

  it('counts first attempts answered 2xx per second, not retries', () => {
    const replies = [
      reply(0, 202),
      reply(500, 200),
      reply(900, 202, { attempt: 1 }),
      reply(999, 503),
      reply(1_000, 202),
    ];
    expect(acceptedRate(replies, 0, 1_000)).toBe(2);
  });

  it('sorts the replies during each fault by answer', () => {
    const replies = [
      reply(1_000, 202),
      reply(2_000, 503, { outcome: 'not-accepted' }),
      reply(3_000, 503, { outcome: 'unknown' }),
      reply(4_000, 0),
      reply(5_000, 500),
      reply(60_000, 202), // long after
    ];
    expect(faultRows([fault('broker-kill', 1_000, 2_000)], replies)).toEqual([
      { kind: 'broker-kill', times: 1, accepted: 1, notAccepted: 1, unknown: 1, connectionErrors: 1, otherErrors: 1 },
    ]);
    // A fault starting 3.5 s in takes the replies from then on.
    const rows = faultRows([fault('broker-kill', 1_000, 2_000), fault('ingest-kill', 3_500, 4_500)], replies);
    expect(
      rows.map((r) => [r.kind, r.accepted + r.notAccepted + r.unknown + r.connectionErrors + r.otherErrors]),
    ).toEqual([
      ['broker-kill', 3],
      ['ingest-kill', 2],
    ]);
  });

  it("compares ingest's 2xx rate during a PostgreSQL outage with the 10 s before", () => {
    const before = Array.from({ length: 100 }, (_, i) => reply(i * 100, 202)); // 10/s over 10 s
    const during = Array.from({ length: 45 }, (_, i) => reply(10_000 + i * 111, 202)); // about 9/s over 5 s
    const [r] = postgresOutageRates([fault('postmaster-kill', 10_000, 15_000)], [...before, ...during]);
    expect(r.before).toBe(10);
    expect(r.during).toBe(9);
    expect(r.ratio).toBeCloseTo(0.9);
  });

  it('summarises resume and handover times, counting the ones that never came', () => {
    const s = summarise(
      [
        fault('consumer-kill', 0, 1, {
          resumes: [{ role: 'store-0', bootMs: 2_500, readyMs: 3_000, processingMs: 4_000 }],
        }),
        fault('store-double-kill', 0, 1, {
          resumes: [
            { role: 'store-1', bootMs: 2_000, readyMs: 3_500, processingMs: 5_000 },
            { role: 'store-1', bootMs: null, readyMs: 3_000, processingMs: null },
          ],
        }),
        fault('consumer-sigstop', 0, 1, { handoverMs: 11_000 }),
        fault('consumer-sigstop', 0, 1, { handoverMs: null }),
      ],
      [],
    );
    expect(s.resumeMs).toEqual({ n: 2, p50: 4_000, p95: 5_000, max: 5_000, missing: 1 });
    expect(s.resumeAfterBootMs).toEqual({ n: 2, p50: 1_500, p95: 3_000, max: 3_000 });
    expect(s.handoverMs).toEqual({ n: 1, p95: 11_000, max: 11_000, missing: 1 });
  });
});
