/*
 * Re-publishes dead letters to their original topic.
 *   node dist/libs/kafka/src/cli/replay-dead-letters.js --topic news.articles.raw.v1.dlq \
 *     [--stage normaliser] [--error 'regex'] [--since 2026-01-01T00:00:00Z] [--until …] [--dry-run]
 * Prints a JSON report. Needs KAFKA_BROKERS (and the other KAFKA_* variables as for the services).
 */
import { parseArgs } from 'node:util';
import { KafkaEnv, loadConfigOrExit } from '@news/config';
import { replayDeadLetters } from '../dead-letter-replay';
import { createKafkaClient } from '../kafka-factory';
import { KafkaPublisher } from '../publisher';

function date(value: string | undefined, name: string): Date | undefined {
  if (value === undefined) return undefined;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) throw new Error(`--${name} must be an ISO 8601 date-time`);
  return d;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      topic: { type: 'string' },
      stage: { type: 'string' },
      error: { type: 'string' },
      since: { type: 'string' },
      until: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
    },
  });
  if (!values.topic?.endsWith('.dlq')) throw new Error('--topic <name>.dlq is required');
  const { kafka: env } = loadConfigOrExit({ kafka: KafkaEnv });
  const kafka = createKafkaClient(env, 'dlq-replay');
  const publisher = new KafkaPublisher(kafka, { timeoutMs: env.KAFKA_PRODUCE_TIMEOUT_MS });
  try {
    const report = await replayDeadLetters({
      kafka,
      publisher,
      dlqTopic: values.topic,
      filter: {
        stage: values.stage,
        errorPattern: values.error ? new RegExp(values.error) : undefined,
        since: date(values.since, 'since'),
        until: date(values.until, 'until'),
      },
      dryRun: values['dry-run'],
    });
    process.stdout.write(`${JSON.stringify({ topic: values.topic, dryRun: values['dry-run'], ...report })}\n`);
  } finally {
    await publisher.disconnect();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`replay-dead-letters: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
