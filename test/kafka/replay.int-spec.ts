/**
 * Replays against the real broker: dead letters go back to their original
 * topic (filtered by reason), and the normaliser can be re-run over a range of
 * the raw topic without touching the live consumer group.
 */
import { randomUUID } from 'node:crypto';
import {
  articleIdFor,
  deadLetterTopicOf,
  encodeContract,
  RawArticleEvent,
  toContract,
  TOPICS,
} from '@news/contracts';
import { KafkaEnv, loadConfig } from '@news/config';
import { createKafkaClient, DLQ_HEADERS, KafkaPublisher, REPLAY_HEADERS, replayDeadLetters } from '@news/kafka';
import { rerunNormaliser } from '../../apps/normaliser/src/replay/rerun-normaliser';
import { waitFor } from '../support/pipeline';
import { tapTopic } from '../support/topic-tap';

const RUN = randomUUID().slice(0, 8);

function rawEvent(externalId: string) {
  return toContract(RawArticleEvent, {
    envelope: { eventId: randomUUID(), schemaVersion: 1, sourceId: `replay-${RUN}`, receivedAt: new Date(), correlationId: `c-${externalId}` },
    article: {
      articleId: articleIdFor(`replay-${RUN}`, externalId),
      externalId,
      body: `<p>Story ${externalId}.</p>`,
      contentType: 'text/html',
      version: 1,
      pubStatus: 'usable',
    },
  });
}

describe('replays (real Kafka)', () => {
  const { kafka: env } = loadConfig({ kafka: KafkaEnv });
  const kafka = createKafkaClient(env, 'test-replay');
  const publisher = new KafkaPublisher(kafka, { timeoutMs: 10_000 });

  afterAll(async () => {
    await publisher.disconnect();
  });

  it('re-publishes only the dead letters that match, with the original key, value and headers', async () => {
    const raw = await tapTopic(TOPICS.articlesRaw.name);
    try {
      const dlq = deadLetterTopicOf(TOPICS.articlesRaw.name);
      const good = rawEvent('fixed-1');
      const dead = (key: string, value: string, reason: string) => ({
        key,
        value,
        headers: {
          'event-id': `ev-${key}`,
          [DLQ_HEADERS.error]: reason,
          [DLQ_HEADERS.stage]: 'normaliser',
          [DLQ_HEADERS.attempts]: '3',
          [DLQ_HEADERS.failedAt]: new Date().toISOString(),
          [DLQ_HEADERS.originalTopic]: TOPICS.articlesRaw.name,
          [DLQ_HEADERS.originalPartition]: '0',
          [DLQ_HEADERS.originalOffset]: '7',
        },
      });
      await publisher.publish(dlq, [
        dead(good.article.articleId, encodeContract(good), `Error: cleaner bug ${RUN}`),
        dead(`other-${RUN}`, '{"x":1}', `invalid payload ${RUN}`),
      ]);

      const filter = { errorPattern: new RegExp(`cleaner bug ${RUN}`), stage: 'normaliser' };
      const report = await replayDeadLetters({ kafka, publisher, dlqTopic: dlq, filter });
      expect(report.replayed).toBe(1);
      expect(report.byTopic).toEqual({ [TOPICS.articlesRaw.name]: 1 });

      const [back] = await waitFor('the replayed letter on the raw topic', async () => {
        const found = raw.byKey(good.article.articleId);
        return found.length ? found : undefined;
      });
      expect(back.value).toBe(encodeContract(good));
      expect(back.headers['event-id']).toBe(`ev-${good.article.articleId}`);
      expect(Object.keys(back.headers).filter((h) => h.startsWith('dlq-'))).toEqual([]);
      expect(back.headers[REPLAY_HEADERS.replayedFrom]).toMatch(new RegExp(`^${dlq.replace(/\./g, '\\.')}\\[\\d+\\]@\\d+$`));
      expect(raw.byKey(`other-${RUN}`)).toEqual([]);
    } finally {
      await raw.stop();
    }
  });

  it('re-runs the normaliser over a range of the raw topic and stops at its end', async () => {
    const admin = kafka.admin();
    await admin.connect();
    const before = await admin.fetchTopicOffsets(TOPICS.articlesRaw.name);
    await admin.disconnect();
    const events = ['r1', 'r2', 'r3'].map(rawEvent);
    for (const e of events) {
      await publisher.publish(TOPICS.articlesRaw.name, [{ key: e.article.articleId, value: encodeContract(e) }]);
    }
    await publisher.publish(TOPICS.articlesRaw.name, [{ key: `junk-${RUN}`, value: 'not json' }]);

    const normalised = await tapTopic(TOPICS.articlesNormalised.name);
    try {
      const start = { offsets: Object.fromEntries(before.map((p) => [p.partition, p.high])) };
      const report = await rerunNormaliser(kafka, publisher, start);
      // Other tests may publish to the raw topic meanwhile: at least ours were read, the junk was skipped.
      expect(report.read).toBeGreaterThanOrEqual(4);
      expect(report.skippedInvalid).toBeGreaterThanOrEqual(1);
      for (const e of events) {
        const [out] = await waitFor(`normalised ${e.article.externalId}`, async () => {
          const found = normalised.byKey(e.article.articleId);
          return found.length ? found : undefined;
        });
        const value = JSON.parse(out.value) as { envelope: { causationId: string }; article: { text: string } };
        expect(value.envelope.causationId).toBe(e.envelope.eventId);
        expect(value.article.text).toBe(`Story ${e.article.externalId}.`);
      }
    } finally {
      await normalised.stop();
    }
  });
});
