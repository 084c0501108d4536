import type { ArticleSubmission } from '@news/contracts';
import {
  KafkaPublisher,
  OutboundMessage,
  PublishDelivery,
  PublishNotSentError,
  PublishOutcomeUnknownError,
} from '@news/kafka';
import type { SourceRegistry } from '../auth/source-registry';
import { MemoryReceiptStore } from '../delivery/receipt-store';
import { ArticleIntakeService } from './article-intake.service';

/** A publisher whose deliveries the test settles: each publish's answer and its final outcome apart. */
function fakePublisher() {
  const sends: Array<{
    messages: OutboundMessage[];
    answer: { resolve: () => void; reject: (e: Error) => void };
    delivered: { resolve: () => void; reject: (e: Error) => void };
  }> = [];
  const publisher = {
    answerWithinMs: 1_000,
    publishTracked(_topic: string, messages: OutboundMessage[]): PublishDelivery {
      let answer!: (typeof sends)[number]['answer'];
      let delivered!: (typeof sends)[number]['delivered'];
      const a = new Promise<void>((resolve, reject) => (answer = { resolve, reject }));
      const d = new Promise<void>((resolve, reject) => (delivered = { resolve, reject }));
      a.catch(() => undefined);
      d.catch(() => undefined);
      sends.push({ messages, answer, delivered });
      return { answer: a, delivered: d };
    },
  };
  return { publisher: publisher as unknown as KafkaPublisher, sends };
}

const submission = (externalId: string, body = 'words'): ArticleSubmission => ({
  sourceId: 'wire',
  externalId,
  url: `https://wire.example/${externalId}`,
  title: 'T',
  body,
  version: 1,
});
const tick = () => new Promise((r) => setImmediate(r));

function setup() {
  const { publisher, sends } = fakePublisher();
  const receipts = new MemoryReceiptStore();
  const intake = new ArticleIntakeService(publisher, receipts, { get: () => undefined } as unknown as SourceRegistry);
  return { intake, sends, receipts };
}

describe('ArticleIntakeService when Kafka is slow or away', () => {
  it('writes the receipt when Kafka acknowledges after the answer said "unknown": a retry is a duplicate', async () => {
    const { intake, sends } = setup();
    const first = intake.acceptAll([submission('a')], undefined);
    await tick();
    sends[0].answer.reject(new PublishOutcomeUnknownError('Kafka did not acknowledge within 25000 ms'));
    await expect(first).rejects.toBeInstanceOf(PublishOutcomeUnknownError);
    sends[0].delivered.resolve(); // the idempotent producer got it through after all
    await tick();
    const retry = await intake.acceptAll([submission('a')], undefined);
    expect(retry[0].status).toBe('duplicate');
    expect(sends).toHaveLength(1); // not published a second time
  });

  it('a repeat of a version still in flight waits for it and publishes no second event', async () => {
    const { intake, sends } = setup();
    const first = intake.acceptAll([submission('a')], undefined);
    await tick();
    const repeat = intake.acceptAll([submission('a')], undefined);
    await tick();
    expect(sends).toHaveLength(1);
    sends[0].delivered.resolve();
    sends[0].answer.resolve();
    const [a] = await first;
    const [b] = await repeat;
    expect(a.status).toBe('accepted');
    expect(b).toEqual({ ...a, status: 'duplicate' });
  });

  it('a repeat of a version whose publish was withdrawn is refused too; the next one publishes again', async () => {
    const { intake, sends } = setup();
    const first = intake.acceptAll([submission('a')], undefined);
    await tick();
    const repeat = intake.acceptAll([submission('a')], undefined);
    await tick();
    const withdrawn = new PublishNotSentError('not sent to Kafka within 10000 ms');
    sends[0].answer.reject(withdrawn);
    sends[0].delivered.reject(withdrawn);
    await expect(first).rejects.toBeInstanceOf(PublishNotSentError);
    await expect(repeat).rejects.toBeInstanceOf(PublishNotSentError);
    const again = intake.acceptAll([submission('a')], undefined);
    await tick();
    expect(sends).toHaveLength(2);
    sends[1].delivered.resolve();
    sends[1].answer.resolve();
    expect((await again)[0].status).toBe('accepted');
  });

  it('reports how much of a chunked request was accepted when a later chunk fails', async () => {
    const { intake, sends } = setup();
    const big = 'x'.repeat(500 * 1024); // two of these do not fit one chunk
    const both = intake.acceptAll([submission('a', big), submission('b', big)], undefined);
    await tick();
    sends[0].delivered.resolve();
    sends[0].answer.resolve();
    for (let i = 0; i < 5 && sends.length < 2; i++) await tick();
    sends[1].answer.reject(new PublishNotSentError('not sent'));
    await expect(both).rejects.toMatchObject({ name: 'IntakePartlyAcceptedError', accepted: 1, total: 2 });
  });
});
