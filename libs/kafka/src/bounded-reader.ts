import { randomUUID } from 'node:crypto';
import type { Kafka, KafkaMessage } from 'kafkajs';

export type StartPosition = { timestamp: number } | { offsets: Record<number, string> } | 'earliest';

export interface ReadRangeOptions {
  kafka: Kafka;
  topic: string;
  from: StartPosition;
  /** Called per fetched batch, in offset order per partition; awaited before reading on. */
  onBatch: (partition: number, messages: KafkaMessage[]) => Promise<void>;
  /** Give up when nothing arrives for this long although the end was not reached. */
  idleTimeoutMs?: number;
}

export interface ReadRangeResult {
  read: number;
  /** Per partition: [start, end) offsets that were read. */
  ranges: Record<number, [string, string]>;
}

type Offsets = Record<number, string>;

/** Where the read starts and ends on each partition: the end is the end offset when the read begins. */
async function rangeBounds(o: ReadRangeOptions): Promise<{ starts: Offsets; ends: Offsets }> {
  const admin = o.kafka.admin();
  await admin.connect();
  try {
    const endOffsets = await admin.fetchTopicOffsets(o.topic);
    const ends: Offsets = Object.fromEntries(endOffsets.map((p) => [p.partition, p.high]));
    if (o.from === 'earliest') return { starts: Object.fromEntries(endOffsets.map((p) => [p.partition, p.low])), ends };
    if ('timestamp' in o.from) {
      const byTime = await admin.fetchTopicOffsetsByTimestamp(o.topic, o.from.timestamp);
      // -1 means "no message at or after that time": start at the end (nothing to read).
      const starts = Object.fromEntries(byTime.map((p) => [p.partition, p.offset === '-1' ? ends[p.partition] : p.offset]));
      return { starts, ends };
    }
    const given = o.from.offsets;
    return { starts: Object.fromEntries(endOffsets.map((p) => [p.partition, given[p.partition] ?? p.high])), ends };
  } finally {
    await admin.disconnect();
  }
}

/**
 * Reads a topic from a start position up to the end offsets it had when the
 * read began, then stops: for replays and re-runs, which must not chase new
 * traffic for ever nor disturb the live consumer groups (it uses a throw-away
 * group and never commits).
 */
export async function readTopicRange(o: ReadRangeOptions): Promise<ReadRangeResult> {
  const { starts, ends } = await rangeBounds(o);
  const pending = new Set(Object.keys(ends).map(Number).filter((p) => BigInt(starts[p]) < BigInt(ends[p])));
  const result: ReadRangeResult = {
    read: 0,
    ranges: Object.fromEntries(Object.keys(ends).map((p) => [Number(p), [starts[Number(p)], ends[Number(p)]]])),
  };
  if (pending.size === 0) return result;

  const consumer = o.kafka.consumer({ groupId: `replay-${randomUUID()}`, allowAutoTopicCreation: false });
  await consumer.connect();
  let failure: unknown = null;
  let finish!: () => void;
  const finished = new Promise<void>((r) => (finish = r));
  let lastProgress = Date.now();
  try {
    await consumer.subscribe({ topic: o.topic, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      eachBatch: async ({ batch, resolveOffset, heartbeat }) => {
        const end = BigInt(ends[batch.partition]);
        const inRange = batch.messages.filter((m) => BigInt(m.offset) < end);
        if (inRange.length > 0 && failure === null) {
          try {
            await o.onBatch(batch.partition, inRange);
            result.read += inRange.length;
            lastProgress = Date.now();
          } catch (err) {
            failure = err;
            finish();
            return;
          }
          resolveOffset(inRange[inRange.length - 1].offset);
        }
        await heartbeat();
        const last = batch.messages[batch.messages.length - 1];
        if (last && BigInt(last.offset) + 1n >= end) {
          pending.delete(batch.partition);
          if (pending.size === 0) finish();
        }
      },
    });
    for (const p of Object.keys(starts).map(Number)) consumer.seek({ topic: o.topic, partition: p, offset: starts[p] });
    const idle = o.idleTimeoutMs ?? 60_000;
    await Promise.race([
      finished,
      (async () => {
        while (pending.size > 0 && failure === null) {
          await new Promise((r) => setTimeout(r, 500));
          if (Date.now() - lastProgress > idle) throw new Error(`no progress for ${idle} ms reading ${o.topic}`);
        }
      })(),
    ]);
  } finally {
    await consumer.disconnect();
  }
  if (failure !== null) throw failure instanceof Error ? failure : new Error(JSON.stringify(failure));
  return result;
}
