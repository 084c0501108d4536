/**
 * SIGTERM: readiness goes false first, the process keeps serving through the
 * drain delay, then leaves its consumer group and exits 0 within its timeout.
 */
import { randomUUID } from 'node:crypto';
import { KafkaEnv, loadConfig } from '@news/config';
import { createKafkaClient } from '@news/kafka';
import { startService } from '../../tools/harness/processes';
import { waitFor } from '../support/pipeline';

describe('graceful shutdown (normaliser as a process)', () => {
  it('flips readiness, drains, leaves the group and exits 0', async () => {
    const groupId = `test-shutdown-${randomUUID().slice(0, 8)}`;
    const svc = await startService('normaliser', {
      KAFKA_GROUP_ID: groupId,
      KAFKA_START_FROM: 'latest',
      SHUTDOWN_DRAIN_DELAY_MS: '1500',
      SHUTDOWN_TIMEOUT_MS: '20000',
    });
    const started = Date.now();
    svc.child.kill('SIGTERM');
    await waitFor('readiness to go false', async () => (await fetch(`${svc.url}/health/ready`)).status === 503, 5_000);
    // Still alive and serving during the drain delay.
    expect((await fetch(`${svc.url}/health/live`)).status).toBe(200);
    const { code } = await svc.exited;
    // Exit 0 and the closing line mean the drain finished inside SHUTDOWN_TIMEOUT_MS (past it the process exits 1
    // with 'shutdown timed out'); the lower bound is the drain delay being honoured, not a speed.
    expect(code).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_500);
    expect(svc.output()).toContain('shut down cleanly');
    expect(svc.output()).not.toContain('shutdown timed out');

    const { kafka } = loadConfig({ kafka: KafkaEnv });
    const admin = createKafkaClient(kafka, 'test').admin();
    await admin.connect();
    try {
      const { groups } = await admin.describeGroups([groupId]);
      expect(groups[0].members).toEqual([]);
    } finally {
      await admin.disconnect();
    }
  });
});
