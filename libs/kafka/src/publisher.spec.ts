import type { Kafka } from 'kafkajs';
import { KafkaPublisher, PublishUnavailableError } from './publisher';

/** A fake producer port: records each produce request and completes it when told to. */
function fakeKafka() {
  const requests: Array<{ topics: Record<string, number>; done: () => void; fail: (e: Error) => void }> = [];
  const producer = {
    events: { DISCONNECT: 'producer.disconnect' },
    on: () => undefined,
    connect: async () => undefined,
    disconnect: async () => undefined,
    sendBatch: ({ topicMessages }: { topicMessages: Array<{ topic: string; messages: unknown[] }> }) =>
      new Promise<void>((resolve, reject) => {
        requests.push({
          topics: Object.fromEntries(topicMessages.map((t) => [t.topic, t.messages.length])),
          done: resolve,
          fail: reject,
        });
      }),
  };
  return { kafka: { producer: () => producer } as unknown as Kafka, requests };
}

const msg = (k: string) => ({ key: k, value: 'v' });
const tick = () => new Promise((r) => setImmediate(r));

describe('KafkaPublisher group commit', () => {
  it('sends at once when idle, and combines what arrives meanwhile into the next request', async () => {
    const { kafka, requests } = fakeKafka();
    const p = new KafkaPublisher(kafka, { timeoutMs: 5_000 });
    const first = p.publish('a', [msg('1')]);
    await tick();
    expect(requests).toHaveLength(1);
    const second = p.publish('a', [msg('2'), msg('3')]);
    const third = p.publish('b', [msg('4')]);
    await tick();
    expect(requests).toHaveLength(1); // still one in flight
    expect(p.pending).toBe(4);
    requests[0].done();
    await first;
    await tick();
    expect(requests).toHaveLength(2);
    expect(requests[1].topics).toEqual({ a: 2, b: 1 });
    requests[1].done();
    await Promise.all([second, third]);
    expect(p.pending).toBe(0);
  });

  it('keeps each request under the byte limit, cutting a large publish into parts', async () => {
    const { kafka, requests } = fakeKafka();
    const p = new KafkaPublisher(kafka, { timeoutMs: 5_000, maxBatchBytes: 100 });
    const big = (k: string) => ({ key: k, value: 'x'.repeat(45) });
    const all = p.publish('t', [big('1'), big('2'), big('3'), big('4'), big('5')]);
    await tick();
    expect(requests).toHaveLength(1);
    expect(requests[0].topics).toEqual({ t: 2 });
    requests[0].done();
    await tick();
    expect(requests[1].topics).toEqual({ t: 2 });
    requests[1].done();
    await tick();
    expect(requests[2].topics).toEqual({ t: 1 });
    let settled = false;
    void all.then(() => (settled = true));
    await tick();
    expect(settled).toBe(false); // not until every part is acknowledged
    requests[2].done();
    await all;
  });

  it('rejects every caller of a failed request with PublishUnavailableError', async () => {
    const { kafka, requests } = fakeKafka();
    const p = new KafkaPublisher(kafka, { timeoutMs: 5_000 });
    const a = p.publish('t', [msg('1')]);
    await tick();
    requests[0].fail(new Error('broker gone'));
    await expect(a).rejects.toBeInstanceOf(PublishUnavailableError);
    expect(p.pending).toBe(0);
  });

  it('gives up at the deadline without reporting success', async () => {
    const { kafka } = fakeKafka();
    const p = new KafkaPublisher(kafka, { timeoutMs: 50 });
    await expect(p.publish('t', [msg('1')])).rejects.toThrow(/did not acknowledge within 50 ms/);
  });

  it('refuses new messages past the in-flight limit instead of queueing without bound', async () => {
    const { kafka } = fakeKafka();
    const p = new KafkaPublisher(kafka, { timeoutMs: 100, maxInFlight: 3 });
    const waiting = p.publish('t', [msg('1'), msg('2'), msg('3')]);
    await expect(p.publish('t', [msg('4')])).rejects.toThrow(/too many messages waiting/);
    await expect(waiting).rejects.toBeInstanceOf(PublishUnavailableError);
  });
});
