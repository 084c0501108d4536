import { Logger } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import {
  BoilerplateSnapshotEvent,
  BoilerplateSnapshotKey,
  decodeContract,
  encodeContract,
  TOPICS,
} from '@news/contracts';
import { KafkaPublisher, readTopicRange } from '@news/kafka';
import type { LearnedChrome, OwnSlice } from './learned-chrome';

export interface BoilerplateSyncOptions {
  replicaId: string;
  /** How often this replica publishes what it learned and merges what the others did. */
  intervalMs: number;
  /**
   * Slices published longer ago than this are not loaded (and dropped if held): a feed
   * that stopped, or a replica name that no longer exists, is forgotten instead of
   * being loaded by every start for ever. Unset: kept however old.
   */
  maxAgeMs?: number;
}

/** `replica|source` back to its parts (the replica id has no `|`: NORMALISER_REPLICA_ID is a slug). */
function parseKey(key: Buffer | null): { replicaId: string; sourceId: string } | null {
  const text = key?.toString('utf8') ?? '';
  const bar = text.indexOf('|');
  return bar > 0 ? { replicaId: text.slice(0, bar), sourceId: text.slice(bar + 1) } : null;
}

/**
 * Keeps the learned per-source chrome across restarts and replicas. Each
 * replica (each worker thread of a normaliser is one) learns into its own
 * slice of a BoilerplateModel and, every interval, publishes the slices of
 * the sources it learned from to the compacted topic `news.boilerplate.v1`
 * (key: replica|source). On start it
 * reads the whole topic (its own earlier slices included), and every interval
 * it reads what the others published since. Merging is idempotent and
 * order-independent, so re-reading is harmless.
 */
export class BoilerplateSync {
  private readonly logger = new Logger(BoilerplateSync.name);
  /** Slices whose publication failed: sent again with the next push. */
  private unsent: OwnSlice[] = [];
  private nextOffsets: Record<number, string> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly kafka: Kafka,
    private readonly publisher: KafkaPublisher,
    private readonly chrome: LearnedChrome,
    private readonly options: BoilerplateSyncOptions,
  ) {}

  /** Loads everything published so far, then syncs on an interval. */
  async start(): Promise<void> {
    await this.pull();
    this.timer = setInterval(() => {
      this.running = this.running
        .then(() => this.syncOnce())
        .catch((err: unknown) => this.logger.warn(`boilerplate sync failed: ${String(err)}`));
    }, this.options.intervalMs);
    this.timer.unref();
    this.logger.log(`boilerplate model loaded: ${JSON.stringify(this.chrome.stats())}`);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
    await this.push();
  }

  async syncOnce(): Promise<void> {
    await this.push();
    await this.pull();
  }

  /** Publishes this replica's slices of the sources it learned from since the last push. */
  async push(): Promise<void> {
    const slices = [...this.unsent, ...(await this.chrome.takeOwnSlices())];
    this.unsent = [];
    if (slices.length === 0) return;
    const takenAt = new Date();
    const messages = slices.map(({ replicaId, sourceId, snapshot }) => {
      const event: BoilerplateSnapshotEvent = {
        schemaVersion: 1,
        replicaId,
        sourceId,
        takenAt,
        snapshot: snapshot as unknown as Record<string, unknown>,
      };
      return { key: new BoilerplateSnapshotKey(replicaId, sourceId).encode(), value: encodeContract(event) };
    });
    try {
      await this.publisher.publish(TOPICS.boilerplate.name, messages);
    } catch (err) {
      this.unsent = slices; // sent again next time; a newer slice of the same key comes after it
      throw err;
    }
  }

  /** Merges what was published since the last pull (everything, the first time). */
  async pull(): Promise<void> {
    const result = await readTopicRange({
      kafka: this.kafka,
      topic: TOPICS.boilerplate.name,
      from: this.nextOffsets ? { offsets: this.nextOffsets } : 'earliest',
      onBatch: async (_partition, messages) => {
        for (const m of messages) {
          if (m.value === null) {
            // A tombstone: that replica's slice of that source was deleted (compaction removes the key later).
            const key = parseKey(m.key);
            if (key) this.chrome.forget(key.sourceId, key.replicaId);
            continue;
          }
          const decoded = decodeContract(BoilerplateSnapshotEvent, m.value);
          if (!decoded.ok) {
            this.logger.warn(`skipping an unreadable boilerplate snapshot at offset ${m.offset}`);
            continue;
          }
          const maxAge = this.options.maxAgeMs;
          if (maxAge !== undefined && Date.now() - decoded.value.takenAt.getTime() > maxAge) {
            this.chrome.forget(decoded.value.sourceId, decoded.value.replicaId);
            continue;
          }
          try {
            this.chrome.merge(decoded.value.snapshot);
          } catch (err) {
            this.logger.warn(
              `skipping a boilerplate snapshot of ${decoded.value.replicaId}: ${(err as Error).message}`,
            );
          }
        }
      },
    });
    this.nextOffsets = Object.fromEntries(Object.entries(result.ranges).map(([p, [, end]]) => [Number(p), end]));
  }
}

/**
 * Deletes every slice of the sources whose id starts with `sourcePrefix` from
 * `news.boilerplate.v1` (a tombstone per key): for runs that make up sources
 * (the benchmark, load tests) and must not leave them for every later start to
 * load. Returns how many keys it deleted.
 */
export async function deleteBoilerplateOf(
  kafka: Kafka,
  publisher: KafkaPublisher,
  sourcePrefix: string,
): Promise<number> {
  const keys = new Set<string>();
  await readTopicRange({
    kafka,
    topic: TOPICS.boilerplate.name,
    from: 'earliest',
    onBatch: async (_partition, messages) => {
      for (const m of messages) {
        const key = parseKey(m.key);
        if (!key || !key.sourceId.startsWith(sourcePrefix)) continue;
        const encoded = new BoilerplateSnapshotKey(key.replicaId, key.sourceId).encode();
        if (m.value === null) keys.delete(encoded);
        else keys.add(encoded);
      }
    },
  });
  await publisher.publishTombstones(TOPICS.boilerplate.name, [...keys]);
  return keys.size;
}
