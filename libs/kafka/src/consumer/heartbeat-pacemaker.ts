/** How often a long handler call offers a heartbeat (kafkajs throttles to heartbeatInterval). */
const HEARTBEAT_TICK_MS = 1_000;

/**
 * How often a member heartbeats: a tenth of the session timeout, at least every 3 s and at most every
 * 0.5 s, so a few lost heartbeats never cost the membership, while a stopped process is noticed within the
 * session timeout.
 */
export function heartbeatIntervalMs(sessionTimeoutMs: number): number {
  return Math.min(3_000, Math.max(500, Math.floor(sessionTimeoutMs / 10)));
}

/** kafkajs's own test for "the group is rebalancing, rejoin" (errors.js isRebalancing), plus an unknown member. */
export function isRebalancing(error: unknown): boolean {
  const type = (error as { type?: unknown } | null)?.type;
  return (
    type === 'REBALANCE_IN_PROGRESS' ||
    type === 'NOT_COORDINATOR_FOR_GROUP' ||
    type === 'ILLEGAL_GENERATION' ||
    type === 'UNKNOWN_MEMBER_ID'
  );
}

/**
 * Keeps the group membership alive while one batch is processed, however long: without heartbeats a call
 * longer than the session timeout gets the member evicted and its partitions handed to another member
 * mid-batch. kafkajs sends at most one heartbeat per heartbeatInterval, so offering one often costs nothing.
 */
export class HeartbeatPacemaker {
  constructor(
    /** The batch's `payload.heartbeat`. */
    private readonly send: () => Promise<void>,
    /** Told when a heartbeat says the group is rebalancing: the batch should stop retrying and return. */
    private readonly onRebalance: () => void,
  ) {}

  /** One heartbeat; a failed one only matters when it reports a rebalance. */
  beat(): Promise<void> {
    return this.send().catch((error: unknown) => {
      if (isRebalancing(error)) this.onRebalance();
    });
  }

  /** Heartbeats in the background until `work` settles; its outcome is passed on. */
  async during(work: Promise<void>): Promise<void> {
    const timer = setInterval(() => void this.beat(), HEARTBEAT_TICK_MS);
    try {
      await work;
    } finally {
      clearInterval(timer);
    }
  }

  /** Waits `ms` (a retry's backoff), heartbeating, and stops early once `stillRunning` turns false. */
  async sleep(ms: number, stillRunning: () => boolean): Promise<void> {
    const until = Date.now() + ms;
    while (Date.now() < until && stillRunning()) {
      await new Promise((r) => setTimeout(r, Math.min(HEARTBEAT_TICK_MS, until - Date.now())));
      await this.beat();
    }
  }
}
