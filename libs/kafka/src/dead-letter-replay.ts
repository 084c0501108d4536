import type { IHeaders, Kafka, KafkaMessage } from 'kafkajs';
import { readTopicRange, StartPosition } from './bounded-reader';
import { DLQ_HEADERS } from './dead-letter';
import { headersToStrings } from './inbound';
import { KafkaPublisher } from './publisher';
import { pushTo } from './push-to';

export interface DeadLetterFilter {
  /** Only dead letters whose reason matches. */
  errorPattern?: RegExp;
  /** Only those written by this stage (`normaliser`, `store`). */
  stage?: string;
  /** Only those that failed in [since, until). */
  since?: Date;
  until?: Date;
}

export interface ReplayReport {
  scanned: number;
  replayed: number;
  skipped: number;
  byTopic: Record<string, number>;
}

export const REPLAY_HEADERS = { replayedAt: 'replayed-at', replayedFrom: 'replayed-from' } as const;

export function matchesDeadLetter(headers: Record<string, string>, f: DeadLetterFilter): boolean {
  if (f.stage && headers[DLQ_HEADERS.stage] !== f.stage) return false;
  if (f.errorPattern && !f.errorPattern.test(headers[DLQ_HEADERS.error] ?? '')) return false;
  const failedAt = Date.parse(headers[DLQ_HEADERS.failedAt] ?? '');
  if (f.since && !(failedAt >= f.since.getTime())) return false;
  if (f.until && !(failedAt < f.until.getTime())) return false;
  return true;
}

/** The message to put back on its original topic: original key, value and headers, minus the dlq-* ones. */
export function toReplayMessage(dlqTopic: string, partition: number, m: KafkaMessage, now: Date) {
  const headers: IHeaders = {};
  for (const [k, v] of Object.entries(m.headers ?? {})) {
    if (!k.startsWith('dlq-') && v !== undefined) headers[k] = v;
  }
  headers[REPLAY_HEADERS.replayedAt] = now.toISOString();
  headers[REPLAY_HEADERS.replayedFrom] = `${dlqTopic}[${partition}]@${m.offset}`;
  return { key: m.key ? m.key.toString() : '', value: m.value ?? Buffer.alloc(0), headers };
}

export interface ReplayRequest {
  kafka: Kafka;
  publisher: KafkaPublisher;
  dlqTopic: string;
  filter: DeadLetterFilter;
  /** Count what would be replayed, publish nothing. */
  dryRun?: boolean;
  from?: StartPosition;
}

/**
 * Re-publishes dead letters to the topic they came from, once their cause is
 * fixed. Consumers are idempotent, so replaying a letter twice is harmless.
 */
export async function replayDeadLetters(r: ReplayRequest): Promise<ReplayReport> {
  const report: ReplayReport = { scanned: 0, replayed: 0, skipped: 0, byTopic: {} };
  const now = new Date();
  await readTopicRange({
    kafka: r.kafka,
    topic: r.dlqTopic,
    from: r.from ?? 'earliest',
    onBatch: async (partition, messages) => {
      const out = new Map<string, ReturnType<typeof toReplayMessage>[]>();
      for (const m of messages) {
        report.scanned++;
        const headers = headersToStrings(m.headers);
        const original = headers[DLQ_HEADERS.originalTopic];
        if (!original || !matchesDeadLetter(headers, r.filter)) {
          report.skipped++;
          continue;
        }
        pushTo(out, original, [toReplayMessage(r.dlqTopic, partition, m, now)]);
      }
      for (const [topic, msgs] of out) {
        if (!r.dryRun) await r.publisher.publish(topic, msgs);
        report.replayed += msgs.length;
        report.byTopic[topic] = (report.byTopic[topic] ?? 0) + msgs.length;
      }
    },
  });
  return report;
}
