import type { Kafka } from 'kafkajs';
import { PublishNotSentError, PublishOutcomeUnknownError, PublishUnavailableError } from './publish-outcome';
import { KafkaPublisher } from './publisher';

/** A fake producer port: records each produce request and completes it when told to. */
function fakeKafka(o: { connect?: () => Promise<void> } = {}) {
  const requests: Array<{ topics: Record<string, number>; done: () => void; fail: (e: Error) => void }> = [];
  const producer = {
    events: { DISCONNECT: 'producer.disconnect' },
    on: () => undefined,
    connect: o.connect ?? (async () => undefined),
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

  it('refuses new messages past the in-flight limit instead of queueing without bound: not sent', async () => {
    const { kafka } = fakeKafka();
    const p = new KafkaPublisher(kafka, { timeoutMs: 100, maxQueuedMessages: 3 });
    const waiting = p.publish('t', [msg('1'), msg('2'), msg('3')]);
    await expect(p.publish('t', [msg('4')])).rejects.toBeInstanceOf(PublishNotSentError);
    await expect(waiting).rejects.toBeInstanceOf(PublishUnavailableError);
  });
});

describe('KafkaPublisher outcomes: not sent, unknown, or acknowledged late', () => {
  it('a request that fails after it went out leaves its callers\' outcome unknown', async () => {
    const { kafka, requests } = fakeKafka();
    const p = new KafkaPublisher(kafka, { timeoutMs: 5_000 });
    const a = p.publish('t', [msg('1')]);
    await tick();
    requests[0].fail(new Error('broker gone'));
    await expect(a).rejects.toBeInstanceOf(PublishOutcomeUnknownError);
    expect(p.pending).toBe(0);
  });

  it('withdraws a publish still waiting for its turn at timeoutMs: definitely not sent, and never sent later', async () => {
    const { kafka, requests } = fakeKafka();
    const p = new KafkaPublisher(kafka, { timeoutMs: 50, sentTimeoutMs: 5_000 });
    const stuck = p.publishTracked('t', [msg('1')]);
    await tick();
    const behind = p.publish('t', [msg('2')]);
    await expect(behind).rejects.toBeInstanceOf(PublishNotSentError);
    expect(p.pending).toBe(1); // only the one in the request
    requests[0].done();
    await stuck.answer;
    await tick();
    expect(requests).toHaveLength(1); // the withdrawn message never went out
    expect(p.pending).toBe(0);
  });

  it('keeps a sent publish open past timeoutMs and answers success when the acknowledgement comes within sentTimeoutMs', async () => {
    const { kafka, requests } = fakeKafka();
    const p = new KafkaPublisher(kafka, { timeoutMs: 30, sentTimeoutMs: 5_000 });
    const a = p.publish('t', [msg('1')]);
    await tick();
    await new Promise((r) => setTimeout(r, 60)); // past timeoutMs, still waiting
    requests[0].done();
    await expect(a).resolves.toBeUndefined();
  });

  it('answers "unknown" at sentTimeoutMs, and reports the late acknowledgement to a tracking caller', async () => {
    const { kafka, requests } = fakeKafka();
    const p = new KafkaPublisher(kafka, { timeoutMs: 20, sentTimeoutMs: 40 });
    const tracked = p.publishTracked('t', [msg('1')]);
    await tick();
    await expect(tracked.answer).rejects.toThrow(PublishOutcomeUnknownError);
    await expect(tracked.answer).rejects.toThrow(/did not acknowledge within 40 ms/);
    requests[0].done();
    await expect(tracked.delivered).resolves.toBeUndefined();
  });

  it('reports a withdrawn publish as never delivered', async () => {
    const { kafka } = fakeKafka();
    const p = new KafkaPublisher(kafka, { timeoutMs: 20, sentTimeoutMs: 1_000 });
    p.publishTracked('t', [msg('1')]).answer.catch(() => undefined); // occupies the producer (and times out later)
    await tick();
    const behind = p.publishTracked('t', [msg('2')]);
    await expect(behind.answer).rejects.toBeInstanceOf(PublishNotSentError);
    await expect(behind.delivered).rejects.toBeInstanceOf(PublishNotSentError);
  });

  it('a publish partly sent when the rest is withdrawn has an unknown outcome', async () => {
    const { kafka, requests } = fakeKafka();
    const p = new KafkaPublisher(kafka, { timeoutMs: 30, sentTimeoutMs: 1_000, maxBatchBytes: 10 });
    const two = p.publish('t', [{ key: 'a', value: 'x'.repeat(8) }, { key: 'b', value: 'x'.repeat(8) }]);
    await tick();
    expect(requests).toHaveLength(1); // the first part is out, the second waits
    await expect(two).rejects.toThrow(/partly sent/);
    await expect(two).rejects.toBeInstanceOf(PublishOutcomeUnknownError);
  });

  it('a publish that cannot even connect was not sent', async () => {
    const { kafka } = fakeKafka({ connect: () => Promise.reject(new Error('ECONNREFUSED')) });
    const p = new KafkaPublisher(kafka, { timeoutMs: 1_000 });
    await expect(p.publish('t', [msg('1')])).rejects.toBeInstanceOf(PublishNotSentError);
  });
});
