/*
 * Re-runs the normaliser over the raw topic from a time or from offsets, e.g.
 * after a better cleaner ships, without touching the live consumer group:
 *   node dist/apps/normaliser/src/replay/rerun-normaliser.js --from 2026-01-01T00:00:00Z
 *   node dist/apps/normaliser/src/replay/rerun-normaliser.js --from-offsets 0:120,1:98,2:143
 * It reads up to the end the topic had when it started, publishes the results
 * to the normalised topic, and exits. The store takes them as versions of the
 * same articles: a changed text supersedes an equal version, an older version
 * goes to history only.
 */
import { parseArgs } from 'node:util';
import type { Kafka } from 'kafkajs';
import { decodeContract, RawArticleEvent, TOPICS } from '@news/contracts';
import { KafkaEnv, loadConfigOrExit } from '@news/config';
import {
  createKafkaClient,
  headersToStrings,
  InboundMessage,
  KafkaPublisher,
  readTopicRange,
  StartPosition,
} from '@news/kafka';
import { BoilerplateSync } from '../boilerplate/boilerplate-sync';
import { InlineEngine } from '../normalise/engine';
import { NormaliserService } from '../normalise/normaliser.service';
import { NormaliserEnv } from '../normaliser.config';

export function parseStart(from?: string, fromOffsets?: string): StartPosition {
  if (from && fromOffsets) throw new Error('give --from or --from-offsets, not both');
  if (from) {
    const t = Date.parse(from);
    if (Number.isNaN(t)) throw new Error('--from must be an ISO 8601 date-time');
    return { timestamp: t };
  }
  if (fromOffsets) {
    const offsets: Record<number, string> = {};
    for (const part of fromOffsets.split(',')) {
      const m = /^(\d+):(\d+)$/.exec(part.trim());
      if (!m) throw new Error(`--from-offsets takes partition:offset pairs, got "${part}"`);
      offsets[Number(m[1])] = m[2];
    }
    return { offsets };
  }
  throw new Error('--from <ISO time> or --from-offsets <p:o,…> is required');
}

export interface RerunReport {
  read: number;
  skippedInvalid: number;
  ranges: Record<number, [string, string]>;
}

/** Normalises the raw topic's messages from `start` to the end it has now, publishing the results. */
export async function rerunNormaliser(
  kafka: Kafka,
  publisher: KafkaPublisher,
  start: StartPosition,
  limits: NormaliserEnv = new NormaliserEnv(),
): Promise<RerunReport> {
  // The chrome the live normalisers learned, read-only: a re-run must clean as they do.
  const engine = new InlineEngine('rerun', false);
  const boilerplate = new BoilerplateSync(kafka, publisher, engine.chrome, {
    replicaId: 'rerun',
    intervalMs: 3_600_000,
  });
  await boilerplate.pull();
  const normaliser = new NormaliserService(publisher, limits, engine);
  let invalid = 0;
  const result = await readTopicRange({
    kafka,
    topic: TOPICS.articlesRaw.name,
    from: start,
    onBatch: async (partition, messages) => {
      const valid: InboundMessage<RawArticleEvent>[] = [];
      for (const m of messages) {
        const decoded = decodeContract(RawArticleEvent, m.value);
        if (!decoded.ok) {
          invalid++;
          continue;
        }
        valid.push({
          topic: TOPICS.articlesRaw.name,
          partition,
          offset: m.offset,
          key: m.key?.toString() ?? null,
          value: decoded.value,
          headers: headersToStrings(m.headers),
          timestamp: m.timestamp,
        });
      }
      await normaliser.normaliseBatch(valid);
    },
  });
  return { read: result.read, skippedInvalid: invalid, ranges: result.ranges };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { from: { type: 'string' }, 'from-offsets': { type: 'string' } } });
  const start = parseStart(values.from, values['from-offsets']);
  const { kafka: env, normaliser: limits } = loadConfigOrExit({ kafka: KafkaEnv, normaliser: NormaliserEnv });
  const kafka = createKafkaClient(env, 'normaliser-rerun');
  const publisher = new KafkaPublisher(kafka, { timeoutMs: env.KAFKA_PRODUCE_TIMEOUT_MS });
  try {
    process.stdout.write(`${JSON.stringify(await rerunNormaliser(kafka, publisher, start, limits))}\n`);
  } finally {
    await publisher.disconnect();
  }
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`rerun-normaliser: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
