import { Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { chunkBySize } from '@news/kafka';
import { BATCH_MAX_BYTES, BatchDeps, BatchItem, publishBatch, Settled } from './publish-batch';
import type { FolderTransport } from './transport-config';
import { FolderEntry, isCandidate, StabilityTracker } from './stability';
import { stage } from './transport-status';

/** A connected drop folder: a local directory, or an FTP/SFTP session. */
export interface FolderClient {
  /** How many reads or moves may run at once (an FTP session does one thing at a time; SFTP pipelines requests). */
  readonly parallel: number;
  /** Creates the done and error folders when missing. */
  prepare(): Promise<void>;
  /** Regular files directly in the inbox. */
  list(): Promise<FolderEntry[]>;
  read(name: string, maxBytes: number): Promise<Buffer>;
  /** Writes `note` (when given) to `<to>/<name>.reason.json`, then moves the file to `to`, never over an existing file. */
  finish(name: string, to: string, note?: string): Promise<void>;
  close(): Promise<void>;
}

export interface DropFolderDeps extends BatchDeps {
  connect: () => Promise<FolderClient>;
  /** Files read, published and moved together (one publish call per batch; fewer when they are large). */
  batchFiles?: number;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** `fn` over `items`, at most `limit` at a time, results in order. */
async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}

/**
 * One drop folder: each poll lists the inbox, reads the files that are
 * complete (StabilityTracker), publishes their articles, records a receipt
 * once Kafka acknowledged them, and only then moves each file to the done
 * or error folder (with a `.reason.json` beside a refused one). A file
 * whose receipt exists (a crash came between the ack and the move) is moved
 * without being published again. A publish Kafka does not take stops the
 * poll and leaves the files for the next one.
 */
export class DropFolder {
  private readonly logger = new Logger(DropFolder.name);
  private readonly tracker: StabilityTracker;

  constructor(
    private readonly config: FolderTransport,
    private readonly deps: DropFolderDeps,
  ) {
    this.tracker = new StabilityTracker(config.settleSeconds * 1000);
  }

  async pollOnce(): Promise<void> {
    const client = await stage('connect', () => this.deps.connect());
    try {
      await stage('connect', () => client.prepare());
      const entries = (await stage('list', () => client.list())).filter((e) => isCandidate(e.name));
      const ready = this.tracker.observe(entries, Date.now());
      this.report();
      const batches = chunkBySize(ready, {
        sizeOf: (e) => Math.min(e.size, this.config.maxBytes),
        maxCount: this.deps.batchFiles ?? 50,
        maxBytes: BATCH_MAX_BYTES,
      });
      for (const batch of batches) {
        await this.handle(client, batch);
        this.report();
      }
    } finally {
      await client.close().catch(() => undefined);
    }
  }

  private report(): void {
    this.deps.status.waiting(this.tracker.size, this.tracker.oldestArrival());
  }

  private async handle(client: FolderClient, batch: FolderEntry[]): Promise<void> {
    const { items, refusedUnread } = await this.readAll(client, batch);
    const settled = await publishBatch(this.config, items, this.deps, {
      detailOf: (e) => ({ size: e.size, mtime: new Date(e.mtimeMs).toISOString() }),
      refusedUnread,
    });
    await mapLimit(settled, client.parallel, (s) => this.move(client, s));
  }

  /** Reads each file; one that is too large is refused unread, one that grew since the listing is left for later. */
  private async readAll(client: FolderClient, batch: FolderEntry[]) {
    const refusedUnread: Array<Settled<FolderEntry>> = batch
      .filter((entry) => entry.size > this.config.maxBytes)
      .map((entry) => {
        const reason = `the file is ${entry.size} bytes; at most ${this.config.maxBytes} are read`;
        return { ref: entry, receipt: { itemKey: `${entry.name}\n${entry.size}\n${entry.mtimeMs}`, outcome: 'error' as const, detail: { reason } }, alreadyDone: false };
      });
    const readable = batch.filter((entry) => entry.size <= this.config.maxBytes);
    const read = await mapLimit(readable, client.parallel, (entry) => this.readOne(client, entry));
    const items = read.filter((i): i is BatchItem<FolderEntry> => i !== undefined);
    return { items, refusedUnread };
  }

  /** One file as a batch item; undefined when it cannot be read now or grew since the listing (still being written). */
  private async readOne(client: FolderClient, entry: FolderEntry): Promise<BatchItem<FolderEntry> | undefined> {
    let bytes: Buffer;
    try {
      bytes = await client.read(entry.name, this.config.maxBytes);
    } catch (err) {
      this.deps.status.itemFailed('read');
      this.logger.warn(`${this.config.name}: cannot read ${entry.name}: ${this.deps.status.scrub(err)}`);
      return undefined;
    }
    if (bytes.length !== entry.size) {
      this.tracker.forget(entry.name);
      return undefined;
    }
    const hash = sha256(bytes);
    const hints = {
      sourceId: this.config.sourceId,
      fileName: entry.name,
      wireFormat: this.config.format,
      charset: this.config.charset,
      provenance: this.config.provenance,
      externalId: `${entry.name}#${hash.slice(0, 16)}`,
    };
    return { ref: entry, unit: { itemKey: `${entry.name}\n${hash}`, bytes, hints } };
  }

  private async move(client: FolderClient, s: Settled<FolderEntry>): Promise<void> {
    const name = s.ref.name;
    const error = s.receipt.outcome === 'error';
    const to = error ? this.config.errorDir : this.config.doneDir;
    const note = error ? JSON.stringify({ file: name, source: this.config.sourceId, transport: this.config.name, ...s.receipt.detail }, null, 2) : undefined;
    try {
      await client.finish(name, to, note);
      this.tracker.forget(name);
      this.deps.status.finished(s.alreadyDone ? 'already_done' : s.receipt.outcome);
      if (error && !s.alreadyDone) this.logger.warn(`${this.config.name}: ${name} refused: ${String(s.receipt.detail.reason)}`);
    } catch (err) {
      this.deps.status.itemFailed('finish');
      this.logger.warn(`${this.config.name}: cannot move ${name} to ${to}: ${this.deps.status.scrub(err)}`);
    }
  }
}
