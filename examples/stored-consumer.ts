/**
 * A minimal downstream consumer of `news.articles.stored.v1` (see
 * docs/consumers.md). It validates each event against the published
 * contract, drops redeliveries, and hands each change to `apply` exactly
 * once per (articleId, version, causationId), in order per article.
 *
 *   KAFKA_BROKERS=127.0.0.1:19092 npx tsx examples/stored-consumer.ts my-group
 *
 * Offsets are committed by kafkajs only after `apply` resolves, so a crash
 * replays events rather than losing them; the deduper makes the replay harmless
 * (keep its state next to your own data to survive restarts).
 */
import { Kafka, logLevel } from 'kafkajs';
import { decodeContract, StoredArticleEvent, TOPICS } from '@news/contracts';

export interface StoredChange {
  articleId: string;
  version: number;
  change: StoredArticleEvent['change'];
  /** The normalised event that made this change: the same for every redelivery of it. */
  causationId: string;
  event: StoredArticleEvent;
}

/**
 * Remembers, per article, the last version applied and the changes seen at
 * that version. Events of one article arrive in order (one key, one
 * partition), so anything older than the last applied version, or already
 * seen, is a redelivery.
 */
export class StoredEventDeduper {
  private readonly last = new Map<string, { version: number; causations: Set<string> }>();

  /** True the first time a change is offered; false for every redelivery of it. */
  offer(c: Pick<StoredChange, 'articleId' | 'version' | 'causationId'>): boolean {
    const seen = this.last.get(c.articleId);
    if (seen && c.version < seen.version) return false;
    if (seen && c.version === seen.version) {
      if (seen.causations.has(c.causationId)) return false;
      seen.causations.add(c.causationId); // same version, new change (a correction or a kill)
      return true;
    }
    this.last.set(c.articleId, { version: c.version, causations: new Set([c.causationId]) });
    return true;
  }
}

export interface StoredConsumerOptions {
  brokers: string[];
  groupId: string;
  apply: (change: StoredChange) => Promise<void>;
  /** Called for a message that does not match the contract (log it, alert; it is skipped). */
  onInvalid?: (reason: string, offset: string) => void;
  fromBeginning?: boolean;
}

export interface RunningStoredConsumer {
  /** Resolves once the consumer has joined its group (so it will see what is published next). */
  joined: Promise<void>;
  stop(): Promise<void>;
}

export async function startStoredConsumer(o: StoredConsumerOptions): Promise<RunningStoredConsumer> {
  const kafka = new Kafka({ clientId: `stored-consumer-${o.groupId}`, brokers: o.brokers, logLevel: logLevel.WARN });
  const consumer = kafka.consumer({ groupId: o.groupId });
  const deduper = new StoredEventDeduper();
  const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
  await consumer.connect();
  await consumer.subscribe({ topic: TOPICS.articlesStored.name, fromBeginning: o.fromBeginning ?? false });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const decoded = decodeContract(StoredArticleEvent, message.value);
      if (!decoded.ok) {
        o.onInvalid?.(decoded.errors.map((e) => `${e.field}: ${e.messages.join('; ')}`).join(', '), message.offset);
        return;
      }
      const event = decoded.value;
      const change: StoredChange = {
        articleId: event.articleId,
        version: event.version,
        change: event.change,
        causationId: event.envelope.causationId ?? event.envelope.eventId,
        event,
      };
      if (deduper.offer(change)) await o.apply(change);
    },
  });
  return { joined, stop: () => consumer.disconnect() };
}

async function main(): Promise<void> {
  const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:19092').split(',');
  const running = await startStoredConsumer({
    brokers,
    groupId: process.argv[2] ?? 'stored-consumer-example',
    apply: async (c) => {
      process.stdout.write(`${c.change} ${c.articleId} v${c.version}${c.event.article ? `: ${c.event.article.title}` : ''}\n`);
    },
    onInvalid: (reason, offset) => process.stderr.write(`skipped invalid event at offset ${offset}: ${reason}\n`),
  });
  const stop = () => void running.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`${String(err)}\n`);
    process.exit(1);
  });
}
