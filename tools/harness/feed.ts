/**
 * A feed as docs/ingest.md asks feeds to behave: every push is retried with the
 * same article after a 503, a 429 or a connection error, until a 2xx or a 4xx.
 * Every reply is recorded, so a fault test can reconcile each one against the
 * database afterwards (tools/harness/reconcile.ts).
 */
import type { PushItem } from './workload';

export interface Reply {
  externalId: string;
  version: number;
  /** 0 for the first push of this version, then 1, 2… for the feed's retries. */
  attempt: number;
  /** 0 for a connection error (refused, reset, no answer): an unknown outcome to the feed. */
  status: number;
  /** A 503's `outcome` (`not-accepted`, `unknown`, `partial`). */
  outcome?: string;
  retryAfter?: string | null;
  message?: string;
  /** When the reply came, ms since epoch, and how long the request took. */
  at: number;
  ms: number;
}

export interface FeedOptions {
  /** Where ingest is now: a restarted ingest listens on another port. */
  ingestUrl: () => string;
  sourceId: string;
  waves: PushItem[][];
  /** Every reply, appended as it comes. */
  replies: Reply[];
  concurrency?: number;
  /** New pushes per second across all workers (retries come on top); unlimited when unset. */
  ratePerSecond?: number;
  /** The longest wait before a retry: tests do not wait out a full Retry-After. */
  maxRetryDelayMs?: number;
  /** Gives up on a push after this long (its last reply stays recorded). */
  giveUpAfterMs?: number;
}

export interface FeedResult {
  /** Items answered 2xx in the end. */
  delivered: number;
  /** Items that never got a 2xx (a 4xx, a 500, or gave up). */
  undelivered: PushItem[];
}

async function pushOnce(o: Pick<FeedOptions, 'ingestUrl' | 'sourceId'>, item: PushItem, attempt: number): Promise<Reply> {
  const started = Date.now();
  const base: Pick<Reply, 'externalId' | 'version' | 'attempt'> = { externalId: item.externalId, version: item.version, attempt };
  try {
    const res = await fetch(`${o.ingestUrl()}/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sourceId: o.sourceId, ...item }),
      signal: AbortSignal.timeout(60_000),
    });
    const body = (await res.json().catch(() => ({}))) as { outcome?: string; message?: string };
    return { ...base, status: res.status, outcome: body.outcome, message: body.message, retryAfter: res.headers.get('retry-after'), at: Date.now(), ms: Date.now() - started };
  } catch {
    return { ...base, status: 0, at: Date.now(), ms: Date.now() - started };
  }
}

// 408: the server timed the request out before reading it, so nothing was accepted (RFC 9110 lets the client repeat it).
const retriable = (status: number) => status === 0 || status === 503 || status === 429 || status === 408;

/** Pushes one item until it is answered 2xx or a final 4xx (or the feed gives up); true on a 2xx. */
export async function deliver(o: Pick<FeedOptions, 'ingestUrl' | 'sourceId' | 'replies' | 'maxRetryDelayMs' | 'giveUpAfterMs'>, item: PushItem): Promise<boolean> {
  const deadline = Date.now() + (o.giveUpAfterMs ?? 180_000);
  for (let attempt = 0; ; attempt++) {
    const reply = await pushOnce(o, item, attempt);
    o.replies.push(reply);
    if (reply.status >= 200 && reply.status < 300) return true;
    if (!retriable(reply.status) || Date.now() > deadline) return false;
    const asked = Number(reply.retryAfter ?? 1) * 1_000;
    await new Promise((r) => setTimeout(r, Math.min(asked, o.maxRetryDelayMs ?? 1_000)));
  }
}

/**
 * Pushes the waves one after another (a story's versions in order), the items
 * of a wave by `concurrency` workers, started at most `ratePerSecond` a second.
 */
export async function runFeed(o: FeedOptions): Promise<FeedResult> {
  const result: FeedResult = { delivered: 0, undelivered: [] };
  const interval = o.ratePerSecond ? 1_000 / o.ratePerSecond : 0;
  let nextStart = Date.now();
  for (const wave of o.waves) {
    let next = 0;
    const worker = async () => {
      while (next < wave.length) {
        const item = wave[next++];
        if (interval > 0) {
          const wait = nextStart - Date.now();
          nextStart = Math.max(nextStart, Date.now()) + interval;
          if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        }
        if (await deliver(o, item)) result.delivered++;
        else result.undelivered.push(item);
      }
    };
    await Promise.all(Array.from({ length: o.concurrency ?? 8 }, worker));
  }
  return result;
}
