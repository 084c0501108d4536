import { chunkBySize } from '../chunk-by-size';
import type { InboundMessage } from '../inbound';
import type { HandlerSlice } from './batch-consumer.options';
import type { RetryLoop } from './retry-loop';

/** A message that failed alone, every attempt: it goes to the dead-letter topic. */
export interface Culprit {
  message: InboundMessage<unknown>;
  error: unknown;
  attempts: number;
}

export interface SliceRun {
  slices: InboundMessage<unknown>[][];
  /** One handler call, resolved once its output is safe. */
  invoke: (messages: InboundMessage<unknown>[]) => Promise<void>;
  retries: RetryLoop;
  stillRunning: () => boolean;
  /** `topic[partition]`, for logs. */
  where: string;
  /** Names one message in logs. */
  describe: (m: InboundMessage<unknown>) => string;
  /** A handler call succeeded with this many messages. */
  onHandled: (count: number) => void;
}

/** The handler calls of a fetched batch: the whole batch at once, or slices of it (BatchConsumerOptions.handlerSlice). */
export function slicesOf(
  valid: InboundMessage<unknown>[],
  bytesOf: (m: InboundMessage<unknown>) => number,
  limits: HandlerSlice | undefined,
): InboundMessage<unknown>[][] {
  const maxBytes = limits?.maxBytes ?? Number.POSITIVE_INFINITY;
  return chunkBySize(valid, { sizeOf: bytesOf, maxBytes, maxCount: limits?.maxMessages });
}

/**
 * Hands the slices to the handler in order, with retries; a slice that keeps failing is retried message by
 * message to find its culprits. Returns the culprits, or null when the batch was abandoned (closing,
 * rebalancing): its offset is then left unresolved and the next owner redoes it.
 *
 * Each slice's first attempt starts one turn of the event loop after the previous slice's, once that one has
 * handed its output to the producer, so its CPU work overlaps the produce round trip before it. Outcomes are
 * taken in order and at most two slices are under way. A slice that has failed by the time the next would
 * start (a poison message fails before anything is published) holds the next back until its own retries are
 * done, so its good messages are published in order. One that fails later, at its produce, has let the next
 * start, and its retries publish after the next's output (the store keeps the newest version current
 * whatever the order).
 */
export async function runSlices(run: SliceRun): Promise<Culprit[] | null> {
  const { slices } = run;
  const culprits: Culprit[] = [];
  let ahead: Promise<Attempt | null> = Promise.resolve(null);
  try {
    for (let i = 0; i < slices.length; i++) {
      const slice = slices[i];
      const current = (await ahead) ?? (run.stillRunning() ? startAttempt(() => run.invoke(slice)) : null);
      const next = slices[i + 1];
      ahead = next ? startBehind(current, () => run.invoke(next), run.stillRunning) : Promise.resolve(null);
      const what = `${run.where} batch of ${slice.length}`;
      const whole = await run.retries.run(() => run.invoke(slice), { what, firstAttempt: current?.done });
      if ('abandoned' in whole) return null;
      if (whole.ok) run.onHandled(slice.length);
      else if (!(await findCulprits(slice, run, culprits))) return null;
    }
  } finally {
    // Also when the loop throws: nothing of this batch runs on after its call returns.
    await settle(ahead);
  }
  return culprits;
}

/** Retries a failed slice one message at a time; those that still fail join `culprits`. False when abandoned. */
async function findCulprits(slice: InboundMessage<unknown>[], run: SliceRun, culprits: Culprit[]): Promise<boolean> {
  for (const m of slice) {
    const single = await run.retries.run(() => run.invoke([m]), { what: run.describe(m) });
    if ('abandoned' in single) return false;
    if (single.ok) run.onHandled(1);
    else culprits.push({ message: m, error: single.error, attempts: single.attempts });
  }
  return true;
}

/** A handler call under way; `failed` turns true once it has rejected (a microtask after). */
interface Attempt {
  done: Promise<void>;
  failed: boolean;
}

function startAttempt(run: () => Promise<void>): Attempt {
  const attempt: Attempt = { done: run(), failed: false };
  // Marks the rejection handled: it is awaited later, by the retry loop.
  attempt.done.catch(() => (attempt.failed = true));
  return attempt;
}

/**
 * Starts `run` a turn of the event loop from now (the check phase: after the microtasks that carry
 * `previous`'s produce request to the socket), unless by then `previous` has failed or the consumer
 * stopped; null if not started.
 */
function startBehind(
  previous: Attempt | null,
  run: () => Promise<void>,
  stillRunning: () => boolean,
): Promise<Attempt | null> {
  const start = () => (previous && !previous.failed && stillRunning() ? startAttempt(run) : null);
  return new Promise((resolve) => setImmediate(() => resolve(start())));
}

/** Waits for a slice started ahead to finish, whatever its outcome. */
async function settle(ahead: Promise<Attempt | null>): Promise<void> {
  await (await ahead)?.done.catch(() => undefined);
}
