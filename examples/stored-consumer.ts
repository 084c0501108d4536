/**
 * A downstream consumer of `news.articles.stored.v1` that uses only what the
 * project publishes (docs/consumers.md): the topic's JSON Schemas under
 * schemas/, kafkajs and Ajv. Nothing here imports the project's code: copy the
 * file and the three schema files and it runs in your repository.
 *
 *   KAFKA_BROKERS=127.0.0.1:19092 npx tsx examples/stored-consumer.ts my-group [--from-beginning]
 *
 * Each message's key, headers and value are validated against the schemas;
 * redeliveries are dropped (the rule of docs/consumers.md); each change is
 * handed to `apply` once, in order per article. Offsets are committed by
 * kafkajs only after `apply` resolves, so a crash replays events rather than
 * losing them, and the deduper makes the replay harmless (keep its state next
 * to your own data to survive restarts). Prints one JSON line per change.
 */
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';

export const TOPIC = 'news.articles.stored.v1';

/** The parts of a stored event this consumer reads (the schema has them all). */
export interface StoredEvent {
  envelope: { eventId: string; sourceId: string; correlationId: string; causationId?: string };
  articleId: string;
  version: number;
  change: 'created' | 'updated' | 'killed';
  storedAt: string;
  article?: { title: string; text: string; language?: string; [field: string]: unknown };
}

export interface StoredChange {
  articleId: string;
  version: number;
  change: StoredEvent['change'];
  /** The normalised event that made this change: the same for every redelivery of it. */
  causationId: string;
  event: StoredEvent;
  headers: Record<string, string>;
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

/** Validators of the topic's key, headers and value, from the published schema files. */
export function topicValidators(
  schemasDir: string,
  topic = TOPIC,
): Record<'key' | 'headers' | 'value', ValidateFunction> {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const load = (part: string) =>
    ajv.compile(JSON.parse(readFileSync(join(schemasDir, topic, `${part}.schema.json`), 'utf8')) as object);
  return { key: load('key'), headers: load('headers'), value: load('value') };
}

const problems = (v: ValidateFunction) =>
  (v.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? ''}`).join('; ');

export interface StoredConsumerOptions {
  brokers: string[];
  groupId: string;
  apply: (change: StoredChange) => Promise<void>;
  /** Where the published schemas are (a folder with `<topic>/{key,headers,value}.schema.json`). */
  schemasDir?: string;
  /** Called for a message that does not match the schemas (log it, alert; it is skipped). */
  onInvalid?: (reason: string, offset: string) => void;
  fromBeginning?: boolean;
}

export interface RunningStoredConsumer {
  /** Resolves once the consumer has joined its group (so it will see what is published next). */
  joined: Promise<void>;
  stop(): Promise<void>;
}

export async function startStoredConsumer(o: StoredConsumerOptions): Promise<RunningStoredConsumer> {
  const validate = topicValidators(o.schemasDir ?? resolve(__dirname, '..', 'schemas'));
  const kafka = new Kafka({ clientId: `stored-consumer-${o.groupId}`, brokers: o.brokers, logLevel: logLevel.WARN });
  const consumer = kafka.consumer({ groupId: o.groupId });
  const deduper = new StoredEventDeduper();
  const joined = new Promise<void>((ok) => consumer.on(consumer.events.GROUP_JOIN, () => ok()));
  await consumer.connect();
  await consumer.subscribe({ topic: TOPIC, fromBeginning: o.fromBeginning ?? false });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const key = message.key?.toString() ?? null;
      const headers = Object.fromEntries(
        Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(Array.isArray(v) ? v[0] : v)]),
      );
      let value: unknown;
      try {
        value = JSON.parse(message.value?.toString() ?? 'null');
      } catch {
        return o.onInvalid?.('value is not JSON', message.offset);
      }
      for (const [part, data] of [
        ['key', key],
        ['headers', headers],
        ['value', value],
      ] as const) {
        if (!validate[part](data)) return o.onInvalid?.(`${part}: ${problems(validate[part])}`, message.offset);
      }
      const event = value as StoredEvent;
      const change: StoredChange = {
        articleId: event.articleId,
        version: event.version,
        change: event.change,
        causationId: event.envelope.causationId ?? event.envelope.eventId,
        event,
        headers,
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
    fromBeginning: process.argv.includes('--from-beginning'),
    schemasDir: process.env.SCHEMAS_DIR,
    apply: async (c) => {
      const line = {
        change: c.change,
        articleId: c.articleId,
        version: c.version,
        title: c.event.article?.title ?? null,
        traceparent: c.headers.traceparent ?? null,
      };
      process.stdout.write(`${JSON.stringify(line)}\n`);
    },
    onInvalid: (reason, offset) => process.stdout.write(`${JSON.stringify({ invalid: reason, offset })}\n`),
  });
  await running.joined;
  process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
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
