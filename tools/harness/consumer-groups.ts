import { KafkaEnv, loadConfig } from '@news/config';
import { createKafkaClient } from '@news/kafka';

/**
 * Commits a new consumer group's offsets at the topic's current end, so the
 * group starts "now" but, unlike KAFKA_START_FROM=latest, a member that dies
 * before its first commit does not make its successor skip to the end (which
 * would lose what arrived in between). Fault tests start their groups this way.
 */
export async function startGroupAtEnd(groupId: string, topic: string, brokers?: string): Promise<void> {
  const { kafka } = loadConfig({ kafka: KafkaEnv }, brokers ? { KAFKA_BROKERS: brokers } : process.env);
  const admin = createKafkaClient(kafka, 'test-groups').admin();
  await admin.connect();
  try {
    const ends = await admin.fetchTopicOffsets(topic);
    await admin.setOffsets({
      groupId,
      topic,
      partitions: ends.map((e) => ({ partition: e.partition, offset: e.high })),
    });
  } finally {
    await admin.disconnect();
  }
}

/**
 * Waits until `groupId` is Stable with exactly `members` members, each holding
 * partitions: after that no rebalance is pending, so work given to the group is
 * split over all its members from the first message.
 */
export async function waitForGroupMembers(groupId: string, members: number, timeoutMs = 60_000): Promise<void> {
  const { kafka } = loadConfig({ kafka: KafkaEnv }, process.env);
  const admin = createKafkaClient(kafka, 'test-groups').admin();
  await admin.connect();
  try {
    const until = Date.now() + timeoutMs;
    let last = '';
    while (Date.now() < until) {
      const { groups } = await admin.describeGroups([groupId]);
      const g = groups[0];
      const assigned = g?.members.filter((m) => m.memberAssignment.length > 0).length ?? 0;
      last = `state ${g?.state ?? 'none'}, ${g?.members.length ?? 0} members, ${assigned} with partitions`;
      if (g?.state === 'Stable' && g.members.length === members && assigned === members) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(
      `consumer group ${groupId} did not settle with ${members} members within ${timeoutMs} ms (${last})`,
    );
  } finally {
    await admin.disconnect();
  }
}

/** The member ids of `groupId` now (none: nobody consumes in it). */
export async function groupMembers(groupId: string): Promise<string[]> {
  const { kafka } = loadConfig({ kafka: KafkaEnv }, process.env);
  const admin = createKafkaClient(kafka, 'test-groups').admin();
  await admin.connect();
  try {
    const { groups } = await admin.describeGroups([groupId]);
    return (groups[0]?.members ?? []).map((m) => m.memberId);
  } finally {
    await admin.disconnect();
  }
}
