import type { ClassConstructor } from 'class-transformer';
import type { Batch, KafkaMessage } from 'kafkajs';
import { decodeContract } from '@news/contracts';
import type { DeadLetter } from '../dead-letter';
import { headersToStrings, InboundMessage, keyToString } from '../inbound';

export interface DecodedBatch {
  /** The messages whose value passed the contract, in offset order. */
  valid: InboundMessage<unknown>[];
  /** Invalid payloads, dead-lettered without reaching the handler. */
  rejected: DeadLetter[];
  /** Every fetched message by offset: dead letters carry the original bytes. */
  byOffset: Map<string, KafkaMessage>;
}

/** Validates each message of a fetched batch against its topic's contract; `onReject` hears each failure. */
export function decodeBatch(
  batch: Batch,
  contract: ClassConstructor<object>,
  onReject: (m: KafkaMessage, reason: string) => void,
): DecodedBatch {
  const { topic, partition } = batch;
  const decoded: DecodedBatch = { valid: [], rejected: [], byOffset: new Map() };
  for (const m of batch.messages) {
    decoded.byOffset.set(m.offset, m);
    const result = decodeContract(contract, m.value);
    if (result.ok) {
      decoded.valid.push({
        topic,
        partition,
        offset: m.offset,
        key: keyToString(m),
        value: result.value,
        headers: headersToStrings(m.headers),
        timestamp: m.timestamp,
      });
    } else {
      const fields = result.errors.map((e) => `${e.field}: ${e.messages.join('; ')}`).join(', ');
      const reason = `invalid payload: ${fields}`;
      onReject(m, reason);
      decoded.rejected.push({ topic, partition, message: m, reason, kind: 'invalid_payload', attempts: 1 });
    }
  }
  return decoded;
}
