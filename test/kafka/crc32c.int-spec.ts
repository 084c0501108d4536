/**
 * The faster record-batch checksum against the real broker. The broker
 * verifies the CRC-32C of every batch it is sent and refuses a wrong one
 * (CORRUPT_MESSAGE), so a produce that succeeds proves the checksum. Jest's
 * module system cannot swap kafkajs's module, so the producer runs as a plain
 * Node process on the built libs, as the services do.
 */
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { KafkaEnv, loadConfig } from '@news/config';
import { createKafkaClient, ensureTopics } from '@news/kafka';

const ROOT = join(__dirname, '..', '..');
const DIST_KAFKA = join(ROOT, 'dist', 'libs', 'kafka', 'src', 'index.js');
const DIST_CONFIG = join(ROOT, 'dist', 'libs', 'config', 'src', 'index.js');

/** Produces the given values (base64 on stdin) from a fresh Node process; prints whether kafkajs used our checksum. */
const PRODUCER = `
const { createKafkaClient, kafkajsUsesFastCrc32c } = require(process.env.DIST_KAFKA);
const { KafkaEnv, loadConfig } = require(process.env.DIST_CONFIG);
let input = '';
process.stdin.on('data', (d) => (input += d));
process.stdin.on('end', async () => {
  const values = JSON.parse(input).map((v) => Buffer.from(v, 'base64'));
  const producer = createKafkaClient(loadConfig({ kafka: KafkaEnv }).kafka, 'test-crc32c').producer();
  await producer.connect();
  await producer.send({ topic: process.env.TOPIC, acks: -1, messages: values.map((value, i) => ({ key: String(i), value })) });
  await producer.disconnect();
  // The encoder module that required the checksum: if a kafkajs upgrade moved it, this is false and the test says so.
  const encoderLoaded = Boolean(require.cache[require.resolve('kafkajs/src/protocol/recordBatch/v0/index.js')]);
  process.stdout.write("\\n" + JSON.stringify({ fast: kafkajsUsesFastCrc32c(), encoderLoaded }) + "\\n");
});
`;

function produceFromChild(
  topic: string,
  values: Buffer[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', PRODUCER], {
      env: {
        PATH: process.env.PATH ?? '',
        KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '',
        TOPIC: topic,
        DIST_KAFKA,
        DIST_CONFIG,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(JSON.stringify(values.map((v) => v.toString('base64'))));
  });
}

describe('record-batch CRC-32C (real Kafka)', () => {
  const { kafka } = loadConfig({ kafka: KafkaEnv });
  const client = createKafkaClient(kafka, 'test-crc32c');
  const topic = `test.crc32c.${randomUUID().slice(0, 8)}`;

  afterAll(async () => {
    const admin = client.admin();
    await admin.connect();
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin.disconnect();
  });

  it('is accepted by the broker for small and page-sized batches, and the bytes come back unchanged', async () => {
    for (const f of [DIST_KAFKA, DIST_CONFIG])
      if (!existsSync(f)) throw new Error(`${f} is missing: run \`npm run build\` first (npm test does)`);
    await ensureTopics(client, [{ name: topic, partitions: 1, description: 'test' }]);
    // Lengths on and off the checksum's 8-byte stride, up to a large HTML page.
    const values = [0, 1, 7, 8, 9, 1_023, 65_536, 178_503].map((n) => randomBytes(n));
    const run = await produceFromChild(topic, values);
    expect(run.stderr).not.toMatch(/CORRUPT|corrupt/);
    expect(run.code).toBe(0);
    // The child's kafkajs computed the checksums with ours: the broker's acceptance above is about this code.
    expect(JSON.parse(run.stdout.trim().split('\n').pop() ?? '')).toEqual({ fast: true, encoderLoaded: true });

    const consumer = client.consumer({ groupId: `test-crc32c-${randomUUID()}` });
    const received: Buffer[] = [];
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    let allReceived!: () => void;
    const all = new Promise<void>((resolve) => (allReceived = resolve));
    await consumer.run({
      eachMessage: async ({ message }) => {
        received[Number(message.key?.toString())] = message.value ?? Buffer.alloc(0);
        if (received.filter(Boolean).length === values.length) allReceived();
      },
    });
    await all;
    await consumer.disconnect();
    expect(received.map((b) => b.toString('hex'))).toEqual(values.map((b) => b.toString('hex')));
  });
});
