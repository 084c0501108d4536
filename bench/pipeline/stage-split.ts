/**
 * Where an end-to-end latency went, stage by stage, from times the pipeline
 * already records: ingest's receipt (the envelope's receivedAt), the Kafka
 * timestamp of the raw event (set by ingest's producer as it sends the
 * request), that of the normalised event (the normaliser's producer), and the
 * store's commit (the stored event's storedAt). The raw and normalised topics
 * are read back after the run, keys and timestamps only, so the observation
 * costs the services under test nothing while they are measured.
 */
import type { Kafka } from 'kafkajs';
import { TOPICS } from '@news/contracts';
import { readTopicRange } from '@news/kafka';
import { percentiles } from '../../tools/harness/latency';

/** One stored article's four times (ms since epoch). */
export interface StageTimes {
  receivedAt: number;
  rawAt: number;
  normalisedAt: number;
  storedAt: number;
}

export interface StageSplit {
  /** Articles whose four times were all found. */
  articles: number;
  /** Receipt → raw event sent: ingest's parsing, validation and producer batching. */
  ingestMs: Record<string, number>;
  /** Raw event sent → normalised event sent: the broker, the normaliser's fetch, its queue and its cleaning. */
  normaliserMs: Record<string, number>;
  /** Normalised event sent → committed: the broker, the store's fetch and its transaction. */
  storeMs: Record<string, number>;
  /** The mean of each stage over the slowest 1 % end to end: which stage the tail comes from. */
  slowestPercent: { articles: number; ingestMs: number; normaliserMs: number; storeMs: number; totalMs: number };
}

export function splitStages(times: StageTimes[]): StageSplit | undefined {
  if (times.length === 0) return undefined;
  const ingest = times.map((t) => t.rawAt - t.receivedAt);
  const normaliser = times.map((t) => t.normalisedAt - t.rawAt);
  const store = times.map((t) => t.storedAt - t.normalisedAt);
  const byTotal = times.map((t, i) => ({ i, total: t.storedAt - t.receivedAt })).sort((a, b) => b.total - a.total);
  const slowest = byTotal.slice(0, Math.max(1, Math.ceil(times.length / 100)));
  const mean = (values: number[]) => Math.round(slowest.reduce((sum, s) => sum + values[s.i], 0) / slowest.length);
  return {
    articles: times.length,
    ingestMs: percentiles(ingest),
    normaliserMs: percentiles(normaliser),
    storeMs: percentiles(store),
    slowestPercent: {
      articles: slowest.length,
      ingestMs: mean(ingest),
      normaliserMs: mean(normaliser),
      storeMs: mean(store),
      totalMs: Math.round(slowest.reduce((sum, s) => sum + s.total, 0) / slowest.length),
    },
  };
}

/**
 * The Kafka timestamps of `keys` on the raw and normalised topics, from
 * `sinceMs` (a little before the run's first push) to the topics' current ends.
 * An article published twice (a retried produce) keeps its first time.
 */
export async function pipelineTimestamps(
  kafka: Kafka,
  keys: Set<string>,
  sinceMs: number,
): Promise<{ raw: Map<string, number>; normalised: Map<string, number> }> {
  const read = async (topic: string) => {
    const found = new Map<string, number>();
    await readTopicRange({
      kafka,
      topic,
      from: { timestamp: sinceMs },
      idleTimeoutMs: 30_000,
      onBatch: async (_partition, messages) => {
        for (const m of messages) {
          const key = m.key?.toString('utf8');
          if (key !== undefined && keys.has(key) && !found.has(key)) found.set(key, Number(m.timestamp));
        }
      },
    });
    return found;
  };
  return { raw: await read(TOPICS.articlesRaw.name), normalised: await read(TOPICS.articlesNormalised.name) };
}
