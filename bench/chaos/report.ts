/**
 * The chaos run's figures from what it recorded: per fault, the replies the
 * feed got while it lasted; consumer resume and SIGSTOP handover times with
 * their percentiles; ingest's 2xx rate during each PostgreSQL outage against
 * the rate just before it. Pure functions (chaos.ts runs, this counts).
 */
import type { Reply } from '../../tools/harness/feed';
import type { FaultKind, FaultRecord } from './faults';

/** The p-th percentile (0-100) by nearest rank; null for no values. */
export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** First attempts answered 2xx per second within [from, to). */
export function acceptedRate(replies: Reply[], from: number, to: number): number {
  if (to <= from) return 0;
  const n = replies.filter(
    (r) => r.attempt === 0 && r.status >= 200 && r.status < 300 && r.at >= from && r.at < to,
  ).length;
  return n / ((to - from) / 1_000);
}

export interface FaultRow {
  kind: FaultKind;
  times: number;
  /**
   * Replies received while a fault of this kind lasted (from its start to 10 s after its end, or the next fault), by
   * kind of answer.
   */
  accepted: number;
  notAccepted: number;
  unknown: number;
  connectionErrors: number;
  otherErrors: number;
}

const BEFORE_MS = 10_000;
const AFTER_MS = 10_000;

export function faultRows(faults: FaultRecord[], replies: Reply[]): FaultRow[] {
  const rows = new Map<FaultKind, FaultRow>();
  const ordered = [...faults].sort((a, b) => a.startedAt - b.startedAt);
  ordered.forEach((f, i) => {
    const row = rows.get(f.kind) ?? {
      kind: f.kind,
      times: 0,
      accepted: 0,
      notAccepted: 0,
      unknown: 0,
      connectionErrors: 0,
      otherErrors: 0,
    };
    row.times++;
    // Until 10 s after it ended (retries still answered), or the next fault's start.
    const until = Math.min(f.endedAt + AFTER_MS, ordered[i + 1]?.startedAt ?? Number.POSITIVE_INFINITY);
    for (const r of replies.filter((x) => x.at >= f.startedAt && x.at < until)) {
      if (r.status >= 200 && r.status < 300) row.accepted++;
      else if (r.status === 503 && r.outcome === 'not-accepted') row.notAccepted++;
      else if (r.status === 503) row.unknown++;
      else if (r.status === 0) row.connectionErrors++;
      else row.otherErrors++;
    }
    rows.set(f.kind, row);
  });
  return [...rows.values()];
}

/** Ingest's 2xx rate while PostgreSQL was away (Kafka healthy), against the 10 s before. */
export function postgresOutageRates(
  faults: FaultRecord[],
  replies: Reply[],
): Array<{ kind: FaultKind; before: number; during: number; ratio: number }> {
  return faults
    .filter((f) => f.kind === 'postmaster-kill' || f.kind === 'postmaster-flap')
    .map((f) => {
      const before = acceptedRate(replies, f.startedAt - BEFORE_MS, f.startedAt);
      const during = acceptedRate(replies, f.startedAt, f.endedAt);
      return { kind: f.kind, before, during, ratio: before > 0 ? during / before : 0 };
    });
}

export interface ChaosSummary {
  /** Spawn to first processed message. */
  resumeMs: { n: number; p50: number | null; p95: number | null; max: number | null; missing: number };
  /** The same from the end of the process's boot (its modules loaded): the pipeline's part of it. */
  resumeAfterBootMs: { n: number; p50: number | null; p95: number | null; max: number | null };
  bootMs: { p50: number | null; p95: number | null; max: number | null };
  readyMs: { p50: number | null; p95: number | null };
  handoverMs: { n: number; p95: number | null; max: number | null; missing: number };
  postgresOutages: ReturnType<typeof postgresOutageRates>;
  rows: FaultRow[];
}

export function summarise(faults: FaultRecord[], replies: Reply[]): ChaosSummary {
  const resumes = faults.flatMap((f) => f.resumes);
  const processing = resumes.map((r) => r.processingMs).filter((v): v is number => v !== null);
  const boots = resumes.map((r) => r.bootMs).filter((v): v is number => v !== null);
  const afterBoot = resumes.flatMap((r) =>
    r.processingMs !== null && r.bootMs !== null ? [r.processingMs - r.bootMs] : [],
  );
  const handovers = faults.filter((f) => f.kind === 'consumer-sigstop').map((f) => f.handoverMs ?? null);
  const handed = handovers.filter((v): v is number => v !== null);
  return {
    resumeMs: {
      n: processing.length,
      p50: percentile(processing, 50),
      p95: percentile(processing, 95),
      max: percentile(processing, 100),
      missing: resumes.length - processing.length,
    },
    resumeAfterBootMs: {
      n: afterBoot.length,
      p50: percentile(afterBoot, 50),
      p95: percentile(afterBoot, 95),
      max: percentile(afterBoot, 100),
    },
    bootMs: { p50: percentile(boots, 50), p95: percentile(boots, 95), max: percentile(boots, 100) },
    readyMs: {
      p50: percentile(
        resumes.map((r) => r.readyMs),
        50,
      ),
      p95: percentile(
        resumes.map((r) => r.readyMs),
        95,
      ),
    },
    handoverMs: {
      n: handed.length,
      p95: percentile(handed, 95),
      max: percentile(handed, 100),
      missing: handovers.length - handed.length,
    },
    postgresOutages: postgresOutageRates(faults, replies),
    rows: faultRows(faults, replies),
  };
}

/** The per-fault table of docs/reliability.md. */
export function faultTable(rows: FaultRow[]): string {
  const head =
    '| fault | times | 2xx | 503 not-accepted | 503 unknown | connection errors | other 4xx/5xx ' +
    '|\n|---|---|---|---|---|---|---|';
  return [
    head,
    ...rows.map(
      (r) =>
        `| ${r.kind} | ${r.times} | ${r.accepted} | ${r.notAccepted} | ${r.unknown} | ${r.connectionErrors} | ` +
        `${r.otherErrors} |`,
    ),
  ].join('\n');
}
