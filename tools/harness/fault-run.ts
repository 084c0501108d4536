/**
 * One fault scenario's traffic: a feed pushing a known workload through ingest
 * while the fault happens, then the reconciliation of every reply against the
 * database and the topics (tools/harness/reconcile.ts).
 */
import type { Client } from 'pg';
import { FeedResult, Reply, runFeed } from './feed';
import { openWindows, reconcile, Reconciliation, replySummary } from './reconcile';
import { waitFor } from './wait';
import { makeWorkload } from './workload';

export interface FaultRunOptions {
  /** The database to reconcile against (a function: a test may reconnect after an outage). */
  db: Client | (() => Client);
  sourceId: string;
  /** Stories pushed (with a second version of every fifth and a kill of every twentieth). */
  articles: number;
  ingestUrl: () => string;
  ratePerSecond: number;
  /** Brokers to read the raw and dead-letter topics from (a private broker); KAFKA_BROKERS otherwise. */
  brokers?: string;
  settleMs?: number;
}

export interface FaultRun {
  replies: Reply[];
  /** Resolves once this many pushes were answered 2xx. */
  answered(n: number): Promise<void>;
  /** Waits for the feed to finish, then for the pipeline to settle, and reconciles. */
  finish(): Promise<{ reconciliation: Reconciliation; feed: FeedResult; summary: Record<string, number> }>;
}

export async function startFaultRun(o: FaultRunOptions): Promise<FaultRun> {
  const { waves, expected } = makeWorkload(o.sourceId, o.articles);
  const windows = await openWindows(o.brokers);
  const replies: Reply[] = [];
  const feeding = runFeed({
    ingestUrl: o.ingestUrl,
    sourceId: o.sourceId,
    waves,
    replies,
    ratePerSecond: o.ratePerSecond,
    concurrency: 8,
  });
  return {
    replies,
    answered: (n) =>
      waitFor(
        `${n} pushes answered 2xx`,
        async () => replies.filter((r) => r.status >= 200 && r.status < 300).length >= n,
        120_000,
      ).then(() => undefined),
    finish: async () => {
      const feed = await feeding;
      const db = typeof o.db === 'function' ? o.db() : o.db;
      const reconciliation = await reconcile({
        db,
        sourceId: o.sourceId,
        expected,
        replies,
        windows,
        undelivered: feed.undelivered,
        settleMs: o.settleMs,
      });
      return { reconciliation, feed, summary: replySummary(replies) };
    },
  };
}
