import { Logger } from '@nestjs/common';
import { failpoint } from '@news/config';
import { IntakeUnit, TransportIntake, TransportSource, UnitOutcome } from './transport-intake';
import type { TransportReceipt, TransportReceiptStore } from './transport-receipts';
import { stage, TransportStatus } from './transport-status';

export interface BatchDeps {
  intake: TransportIntake;
  receipts: TransportReceiptStore;
  status: TransportStatus;
}

/** A file or message of a batch: `ref` is the transport's handle on it (a folder entry, a UID). */
export interface BatchItem<T> {
  ref: T;
  unit: IntakeUnit;
}

/** What to do with an item now: its receipt, and whether it was finished before (only the move was missing). */
export interface Settled<T> {
  ref: T;
  receipt: TransportReceipt;
  alreadyDone: boolean;
}

const logger = new Logger('TransportBatch');

/** What one batch may hold in memory at once, whatever its count: a few files near INGEST_MAX_BODY_BYTES. */
export const BATCH_MAX_BYTES = 32 * 1024 * 1024;

function receiptOf(o: UnitOutcome, detail: Record<string, unknown>): TransportReceipt {
  const d: Record<string, unknown> = { ...detail, articleIds: o.articleIds };
  if (o.reason) d.reason = o.reason;
  if (o.refused.length > 0) d.refused = o.refused;
  return { itemKey: o.itemKey, outcome: o.outcome, detail: d };
}

/**
 * The part every transport shares: items whose receipt exists are settled as
 * they were (not published again); the others are published in one intake
 * call, and their receipts recorded once Kafka acknowledged them, before the
 * caller moves or flags anything. `refusedUnread` are items refused without
 * being read (too large): they get receipts too. Throws a StageError when the
 * publish fails, with nothing recorded.
 */
export async function publishBatch<T>(
  transport: { name: string } & TransportSource,
  items: Array<BatchItem<T>>,
  deps: BatchDeps,
  options: { detailOf: (ref: T) => Record<string, unknown>; refusedUnread?: Array<Settled<T>> },
): Promise<Array<Settled<T>>> {
  const known = await stage('publish', () => deps.receipts.find(transport.name, items.map((i) => i.unit.itemKey)));
  const fresh = items.filter((i) => !known.has(i.unit.itemKey));
  const outcomes = await stage('publish', () => deps.intake.intakeAll(transport, fresh.map((i) => i.unit)));
  failpoint('ingest.transport.after-publish');
  const settled: Array<Settled<T>> = outcomes.map((o, i) => ({ ref: fresh[i].ref, receipt: receiptOf(o, options.detailOf(fresh[i].ref)), alreadyDone: false }));
  const refusedUnread = options.refusedUnread ?? [];
  const toRecord = [...settled, ...refusedUnread].map((s) => s.receipt);
  try {
    await deps.receipts.record(transport.name, toRecord);
  } catch (err) {
    // Receipts make a crash before the move harmless; without them a crash there republishes the same article ids.
    deps.status.itemFailed('publish');
    logger.warn(`${transport.name}: could not record ${toRecord.length} receipts: ${deps.status.scrub(err)}`);
  }
  failpoint('ingest.transport.after-receipt');
  const before = items.filter((i) => known.has(i.unit.itemKey)).map((i) => ({ ref: i.ref, receipt: known.get(i.unit.itemKey)!, alreadyDone: true }));
  return [...before, ...refusedUnread, ...settled];
}
