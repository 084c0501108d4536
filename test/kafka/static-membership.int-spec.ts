/**
 * Static group membership on the real broker (libs/kafka/src/kafkajs-static-membership.ts).
 * A member with the instance id of one already in the group takes its place and
 * all its partitions at once, although the first never left and still
 * heartbeats; that member is then fenced. A dynamic member in the same
 * situation shares the partitions with the live one instead: the control that
 * shows the test can tell the two apart.
 */
import { randomUUID } from 'node:crypto';
import type { Consumer } from 'kafkajs';
import { KafkaEnv, loadConfig } from '@news/config';
import { createKafkaClient, ensureTopics, useStaticMembership } from '@news/kafka';
import { waitFor } from '../support/pipeline';

const RUN = randomUUID().slice(0, 8);
const TOPIC = `test.static-membership.${RUN}`;
const PARTITIONS = 3;

interface Member {
  consumer: Consumer;
  /** Partitions of TOPIC in each assignment this member received, in order. */
  assignments: number[][];
  crashes: string[];
}

async function member(groupId: string, name: string): Promise<Member> {
  const { kafka } = loadConfig({ kafka: KafkaEnv });
  // A session far longer than the test waits: nobody is removed for silence here.
  const consumer = createKafkaClient(kafka, `test-static-${name}`).consumer({
    groupId,
    sessionTimeout: 60_000,
    rebalanceTimeout: 60_000,
    heartbeatInterval: 500,
    maxWaitTimeInMs: 500,
  });
  const m: Member = { consumer, assignments: [], crashes: [] };
  consumer.on(consumer.events.GROUP_JOIN, (e) => m.assignments.push(e.payload.memberAssignment[TOPIC] ?? []));
  consumer.on(consumer.events.CRASH, (e) => m.crashes.push(protocolErrorType(e.payload.error)));
  await consumer.connect();
  await consumer.subscribe({ topic: TOPIC });
  await consumer.run({ eachMessage: async () => undefined });
  return m;
}

/** kafkajs wraps the broker's error (KafkaJSNonRetriableError around a protocol error): its type, wherever it is. */
function protocolErrorType(error: unknown): string {
  for (let e = error as { type?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e)
    if (e.type) return e.type;
  return String(error);
}

const last = (m: Member) => m.assignments[m.assignments.length - 1] ?? [];

describe('static group membership (real Kafka)', () => {
  const started: Member[] = [];

  beforeAll(async () => {
    const { kafka } = loadConfig({ kafka: KafkaEnv });
    await ensureTopics(createKafkaClient(kafka, 'test'), [
      { name: TOPIC, partitions: PARTITIONS, description: 'test' },
    ]);
  });

  afterEach(async () => {
    for (const m of started.splice(0)) await m.consumer.disconnect().catch(() => undefined);
  });

  it('a member with the same instance id takes every partition of the one it replaces, which is fenced', async () => {
    const groupId = `test-static-${RUN}`;
    expect(useStaticMembership(groupId, 'replica-0')).toBe('installed');
    const first = await member(groupId, 'first');
    started.push(first);
    await waitFor('the first member to hold every partition', async () => last(first).length === PARTITIONS);

    // As a process restarted after a kill -9 would: same instance id, while the old member is still in the group.
    const second = await member(groupId, 'second');
    started.push(second);
    await waitFor('the second member to be assigned', async () => second.assignments.length > 0, 60_000);
    expect(second.assignments[0]).toHaveLength(PARTITIONS);
    // Its next heartbeat tells it another process holds its instance id: it stops rather than steal it back.
    await waitFor('the first member to be fenced', async () => first.crashes.includes('FENCED_INSTANCE_ID'), 30_000);
  });

  it('control: a dynamic member joining a live one shares the partitions with it', async () => {
    const groupId = `test-dynamic-${RUN}`;
    const first = await member(groupId, 'first');
    started.push(first);
    await waitFor('the first member to hold every partition', async () => last(first).length === PARTITIONS);
    const second = await member(groupId, 'second');
    started.push(second);
    await waitFor(
      'both members to be assigned',
      async () => second.assignments.length > 0 && last(first).length < PARTITIONS,
      60_000,
    );
    expect(last(first).length + last(second).length).toBe(PARTITIONS);
    expect(last(second).length).toBeLessThan(PARTITIONS);
  });
});
