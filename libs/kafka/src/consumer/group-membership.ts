import type { Logger } from '@nestjs/common';
import type { Consumer } from 'kafkajs';
import type { OffsetCommitter } from '../offset-committer';
import type { BatchConsumerOptions, ConsumerState } from './batch-consumer.options';
import { heartbeatIntervalMs } from './heartbeat-pacemaker';

/** The kafkajs consumer of a batch server: manual commits, no topic creation, retries without end. */
export function createConsumer(o: BatchConsumerOptions): Consumer {
  const beat = heartbeatIntervalMs(o.sessionTimeoutMs);
  return o.kafka.consumer({
    groupId: o.groupId,
    sessionTimeout: o.sessionTimeoutMs,
    heartbeatInterval: beat,
    // kafkajs heartbeats between fetches: an idle member's fetch may not wait longer than a heartbeat
    // interval, or it learns of a rebalance (a dead member's partitions to take over) only seconds later.
    maxWaitTimeInMs: beat,
    maxBytesPerPartition: o.maxBytesPerPartition ?? 4 * 1024 * 1024,
    allowAutoTopicCreation: false,
    retry: { retries: Number.MAX_SAFE_INTEGER, initialRetryTime: 300, maxRetryTime: 10_000 },
  });
}

/** What the consumer's group events say about this member, for health checks and for batches under way. */
export class GroupMembership {
  private state: ConsumerState = 'starting';
  /** Last time the group coordinator accepted a heartbeat (or the group was joined). */
  private lastHeartbeatAt = 0;
  /**
   * Set when a heartbeat says the group is rebalancing: batches stop retrying (their offsets unresolved, so
   * the next owner redoes them) and return, so this member rejoins at once instead of holding the whole
   * group's rebalance up for as long as an outage makes it retry.
   */
  rebalanceSeen = false;

  constructor(private readonly sessionTimeoutMs: number) {}

  /**
   * 'joined' only while heartbeats go through: with no accepted heartbeat for a session timeout, the
   * coordinator has evicted this member (or cannot be reached), whatever kafkajs last said.
   */
  get current(): ConsumerState {
    const silent = Date.now() - this.lastHeartbeatAt > this.sessionTimeoutMs;
    return this.state === 'joined' && silent ? 'unreachable' : this.state;
  }

  set current(state: ConsumerState) {
    this.state = state;
  }

  /** Follows the consumer's events; a new assignment tells the committer which partitions are still ours. */
  follow(consumer: Consumer, committer: OffsetCommitter, logger: Logger): void {
    consumer.on(consumer.events.GROUP_JOIN, (e) => {
      this.state = 'joined';
      this.lastHeartbeatAt = Date.now();
      this.rebalanceSeen = false;
      // Offsets of partitions handed to another member are theirs to commit now.
      const assignment = Object.entries(e.payload.memberAssignment);
      committer.retainOnly(assignment.flatMap(([topic, partitions]) => partitions.map((partition) => ({ topic, partition }))));
    });
    consumer.on(consumer.events.HEARTBEAT, () => {
      this.lastHeartbeatAt = Date.now();
      this.rebalanceSeen = false;
    });
    consumer.on(consumer.events.REBALANCING, () => (this.state = 'rebalancing'));
    consumer.on(consumer.events.STOP, () => (this.state = 'stopped'));
    consumer.on(consumer.events.CRASH, (e) => {
      this.state = 'crashed';
      logger.error(`consumer crashed: ${String(e.payload.error)} (restart: ${e.payload.restart})`);
      if (e.payload.restart) this.state = 'rebalancing';
    });
  }
}
