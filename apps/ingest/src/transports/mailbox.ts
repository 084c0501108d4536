import { Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { ImapFlow, ImapFlowOptions } from 'imapflow';
import { chunkBySize } from '@news/kafka';
import { BATCH_MAX_BYTES, BatchDeps, BatchItem, publishBatch, Settled } from './publish-batch';
import type { ImapTransport } from './transport-config';
import { stage } from './transport-status';

/** The keyword a refused message is flagged with (beside \Seen), so a mail client can show which ones. */
export const REFUSED_KEYWORD = '$NewsRefused';

const TIMEOUT_MS = 30_000;

interface Message {
  uid: number;
  size: number;
}

export function imapOptions(config: ImapTransport): ImapFlowOptions {
  return {
    host: config.host,
    port: config.port,
    secure: config.secure,
    // Without implicit TLS, STARTTLS is required: never log in over a plain connection.
    // doSTARTTLS is an imapflow option its type declarations leave out.
    ...(config.secure ? {} : { doSTARTTLS: true }),
    auth: { user: config.user, pass: config.password.reveal() },
    tls: config.ca ? { ca: config.ca } : undefined,
    logger: false,
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: 5 * TIMEOUT_MS,
    disableAutoIdle: true,
  };
}

/**
 * One IMAP mailbox: each poll fetches the unseen messages (without marking
 * them: BODY.PEEK), publishes each as an e-mail, records its receipt once
 * Kafka acknowledged its articles, and only then flags it \Seen (or moves it
 * to `moveTo`). A refused message is flagged \Seen and $NewsRefused (and
 * moved to `errorMailbox` when set), its reason in its receipt and the log.
 * A message whose receipt exists (a crash came between the ack and the flag)
 * is flagged without being published again.
 */
export class Mailbox {
  private readonly logger = new Logger(Mailbox.name);

  constructor(
    private readonly config: ImapTransport,
    private readonly deps: BatchDeps & { batchMessages?: number; connect?: () => ImapFlow },
  ) {}

  async pollOnce(): Promise<void> {
    const client = this.deps.connect?.() ?? new ImapFlow(imapOptions(this.config));
    // A dropped connection is reported by the command it breaks; without a listener it would be an uncaught 'error'.
    client.on('error', () => undefined);
    await stage('connect', () => client.connect());
    try {
      await stage('connect', () => this.prepare(client));
      const lock = await stage('connect', () => client.getMailboxLock(this.config.mailbox));
      try {
        const uids = (await stage('list', () => client.search({ seen: false }, { uid: true }))) || [];
        const sized = uids.length > 0 ? await stage('list', () => client.fetchAll(uids, { size: true }, { uid: true })) : [];
        const messages: Message[] = sized.map((m) => ({ uid: m.uid, size: m.size ?? 0 })).sort((a, b) => a.uid - b.uid);
        await this.report(client, messages);
        // Batches bounded in count and bytes: a hundred messages near maxBytes would not fit in memory at once.
        const batches = chunkBySize(messages, {
          sizeOf: (m) => Math.min(m.size, this.config.maxBytes),
          maxCount: this.deps.batchMessages ?? 100,
          maxBytes: BATCH_MAX_BYTES,
        });
        let left = messages.length;
        for (const batch of batches) {
          await this.handle(client, batch);
          left -= batch.length;
          await this.report(client, messages.slice(messages.length - left));
        }
      } finally {
        lock.release();
      }
    } finally {
      await client.logout().catch(() => client.close());
    }
  }

  private async prepare(client: ImapFlow): Promise<void> {
    for (const path of [this.config.moveTo, this.config.errorMailbox]) if (path) await client.mailboxCreate(path);
  }

  /** Lag: the arrival (INTERNALDATE) of the oldest unseen message; UIDs grow with arrival. */
  private async report(client: ImapFlow, waiting: Message[]): Promise<void> {
    let oldest: number | undefined;
    if (waiting.length > 0) {
      const first = await stage('list', () => client.fetchOne(String(waiting[0].uid), { internalDate: true }, { uid: true }));
      if (first && first.internalDate) oldest = new Date(first.internalDate).getTime();
    }
    this.deps.status.waiting(waiting.length, oldest);
  }

  private async handle(client: ImapFlow, messages: Message[]): Promise<void> {
    const small = messages.filter((m) => m.size <= this.config.maxBytes);
    const refusedUnread: Array<Settled<Message>> = messages
      .filter((m) => m.size > this.config.maxBytes)
      .map((m) => ({ ref: m, receipt: { itemKey: `uid:${m.uid}:${m.size}`, outcome: 'error', detail: { reason: `the message is ${m.size} bytes; at most ${this.config.maxBytes} are read` } }, alreadyDone: false }));
    const fetched = small.length > 0 ? await stage('read', () => client.fetchAll(small.map((m) => m.uid), { source: true }, { uid: true })) : [];
    const items = fetched.map((f) => this.itemOf(f.uid, f.source ?? Buffer.alloc(0)));
    const settled = await publishBatch(this.config, items, this.deps, { detailOf: (m) => ({ uid: m.uid, size: m.size }), refusedUnread });
    await this.finish(client, settled);
  }

  private itemOf(uid: number, bytes: Buffer): BatchItem<Message> {
    const hash = createHash('sha256').update(bytes).digest('hex');
    const hints = {
      sourceId: this.config.sourceId,
      contentType: 'message/rfc822',
      wireFormat: this.config.format,
      charset: this.config.charset,
      provenance: this.config.provenance,
      externalId: `sha256:${hash.slice(0, 32)}`,
    };
    return { ref: { uid, size: bytes.length }, unit: { itemKey: hash, bytes, hints } };
  }

  private async finish(client: ImapFlow, settled: Array<Settled<Message>>): Promise<void> {
    const done = settled.filter((s) => s.receipt.outcome === 'done');
    const refused = settled.filter((s) => s.receipt.outcome === 'error');
    const uidsOf = (list: Array<Settled<Message>>) => list.map((s) => s.ref.uid);
    try {
      if (done.length > 0) {
        if (this.config.moveTo) await client.messageMove(uidsOf(done), this.config.moveTo, { uid: true });
        else await client.messageFlagsAdd(uidsOf(done), ['\\Seen'], { uid: true });
      }
      if (refused.length > 0) {
        await client.messageFlagsAdd(uidsOf(refused), ['\\Seen', REFUSED_KEYWORD], { uid: true });
        if (this.config.errorMailbox) await client.messageMove(uidsOf(refused), this.config.errorMailbox, { uid: true });
      }
    } catch (err) {
      // Receipts are recorded: the next poll flags these without publishing them again.
      this.deps.status.itemFailed('finish');
      this.logger.warn(`${this.config.name}: cannot flag or move ${settled.length} messages: ${this.deps.status.scrub(err)}`);
      return;
    }
    for (const s of settled) {
      this.deps.status.finished(s.alreadyDone ? 'already_done' : s.receipt.outcome);
      if (s.receipt.outcome === 'error' && !s.alreadyDone) this.logger.warn(`${this.config.name}: message uid ${s.ref.uid} refused: ${String(s.receipt.detail.reason)}`);
    }
  }
}
