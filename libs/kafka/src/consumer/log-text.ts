import type { KafkaMessage } from 'kafkajs';
import { HEADERS } from '@news/contracts';
import { headersToStrings, keyToString } from '../inbound';

/** A message as logs name it: where it is, and the ids that find it in the other services' logs. */
export function describeMessage(topic: string, partition: number, m: KafkaMessage): string {
  const h = headersToStrings(m.headers);
  const ids = `event=${h[HEADERS.eventId] ?? '-'} correlation=${h[HEADERS.correlationId] ?? '-'}`;
  return `${topic}[${partition}]@${m.offset} key=${keyToString(m) ?? '-'} ${ids}`;
}

export function errorText(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  if (error && typeof error === 'object') return JSON.stringify(error);
  return String(error);
}
