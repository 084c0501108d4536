import type { IHeaders, KafkaMessage } from 'kafkajs';

/** A consumed message whose value passed its contract's validation. */
export interface InboundMessage<T> {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: T;
  headers: Record<string, string>;
  /** Broker timestamp (ms since epoch, as a string, like kafkajs gives it). */
  timestamp: string;
}

/** What a batch handler receives: valid messages of one partition, in offset order. */
export interface InboundBatch<T> {
  topic: string;
  partition: number;
  messages: InboundMessage<T>[];
}

export function headersToStrings(headers: IHeaders | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers ?? {})) {
    if (v === undefined) continue;
    const first = Array.isArray(v) ? v[0] : v;
    if (first !== undefined) out[k] = first.toString();
  }
  return out;
}

export function keyToString(message: KafkaMessage): string | null {
  return message.key ? message.key.toString() : null;
}
