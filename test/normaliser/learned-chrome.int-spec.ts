/**
 * Learned per-source chrome survives restarts and is shared by replicas,
 * through the compacted topic news.boilerplate.v1 on the real broker: a
 * replica learns a synthetic source's chrome from 35 articles and publishes
 * it; a fresh replica (a restart, or another pod) loads it and removes that
 * chrome from the first article it sees, which the generic rules alone keep.
 */
import { randomUUID } from 'node:crypto';
import { articleIdFor, RawArticleEvent, toContract } from '@news/contracts';
import { KafkaEnv, loadConfig } from '@news/config';
import { createKafkaClient, KafkaPublisher } from '@news/kafka';
import { BoilerplateSync, deleteBoilerplateOf } from '../../apps/normaliser/src/boilerplate/boilerplate-sync';
import { normaliseRawEvent } from '../../apps/normaliser/src/normalise/normalise-article';

const RUN = randomUUID().slice(0, 8);
const SOURCE = `gazette-${RUN}`;
// Chrome that reads like prose, so only learning can tell it from the story.
const CHROME = [
  'Tonight on Radio Gazette the evening bulletin comes with Maria Lopez at eight o’clock.',
  'Gazette readers can collect their free wall calendar at the front desk on Main Street.',
];

const SUBJECTS = ['council', 'harbour', 'school', 'hospital', 'bridge', 'market', 'library', 'railway', 'museum', 'stadium', 'airport'];
const PEOPLE = ['Ann Holt', 'Raj Patel', 'Li Wei', 'Omar Said', 'Eva Novak', 'Tom Brady', 'Ines Costa'];
const VERBS = ['welcomed', 'criticised', 'questioned', 'praised', 'opposed', 'defended'];
/** Story lines that differ in words, not only in numbers, from one article to the next. */
function story(i: number): string[] {
  const s = SUBJECTS[i % SUBJECTS.length];
  const p = PEOPLE[i % PEOPLE.length];
  const v = VERBS[i % VERBS.length];
  return [
    `The ${s} committee met and agreed a budget of ${1000 + i * 37} pounds after a long debate.`,
    `${p} ${v} the ${s} plan, saying it would change how the town works for years.`,
    `A final vote on the ${s} is expected once ${p.split(' ')[0]} has reported back, officials said.`,
  ];
}

function rawArticle(i: number, source = SOURCE): RawArticleEvent {
  const lines = [CHROME[0], ...story(i), CHROME[1]];
  return toContract(RawArticleEvent, {
    envelope: { eventId: randomUUID(), schemaVersion: 1, sourceId: source, receivedAt: new Date(), correlationId: `c${i}` },
    article: {
      articleId: articleIdFor(source, `a${i}`),
      externalId: `a${i}`,
      title: `Story ${i}`,
      body: lines.join('\n\n'),
      contentType: 'text/plain',
      version: 1,
      pubStatus: 'usable',
    },
  });
}

describe('learned chrome across replicas and restarts (real Kafka)', () => {
  const { kafka: env } = loadConfig({ kafka: KafkaEnv });
  const kafka = createKafkaClient(env, 'test-boilerplate');
  const publisher = new KafkaPublisher(kafka, { timeoutMs: 10_000 });

  afterAll(async () => {
    await publisher.disconnect();
  });

  it('is learned by one replica, published, and applied by a fresh one', async () => {
    const unseen = rawArticle(99);
    // Without learning, the generic rules keep these prose-like lines.
    const plain = normaliseRawEvent(unseen).article.text;
    for (const c of CHROME) expect(plain).toContain(c);

    const a = new BoilerplateSync(kafka, publisher, { replicaId: `a-${RUN}`, intervalMs: 60_000 });
    await a.pull();
    for (let i = 0; i < 35; i++) {
      normaliseRawEvent(rawArticle(i), a.model);
      a.touched(SOURCE);
    }
    const learned = normaliseRawEvent(rawArticle(35), a.model).article.text;
    for (const c of CHROME) expect(learned).not.toContain(c);
    await a.push();

    // Another replica, or replica a after a restart: it starts empty and loads the topic.
    for (const replicaId of [`b-${RUN}`, `a-${RUN}`]) {
      const fresh = new BoilerplateSync(kafka, publisher, { replicaId, intervalMs: 60_000 });
      await fresh.pull();
      const text = normaliseRawEvent(unseen, fresh.model).article.text;
      for (const c of CHROME) expect(text).not.toContain(c);
      for (const line of story(99)) expect(text).toContain(line);
    }
  });

  it('is not loaded once older than the age limit', async () => {
    const source = `${SOURCE}-aged`;
    const a = new BoilerplateSync(kafka, publisher, { replicaId: `aged-${RUN}`, intervalMs: 60_000 });
    for (let i = 0; i < 35; i++) {
      normaliseRawEvent(rawArticle(i, source), a.model);
      a.touched(source);
    }
    await a.push();
    await new Promise((r) => setTimeout(r, 1_500));
    const unseen = rawArticle(99, source);
    const young = new BoilerplateSync(kafka, publisher, { replicaId: `y-${RUN}`, intervalMs: 60_000, maxAgeMs: 600_000 });
    await young.pull();
    for (const c of CHROME) expect(normaliseRawEvent(unseen, young.model).article.text).not.toContain(c);
    const strict = new BoilerplateSync(kafka, publisher, { replicaId: `s-${RUN}`, intervalMs: 60_000, maxAgeMs: 1_000 });
    await strict.pull();
    for (const c of CHROME) expect(normaliseRawEvent(unseen, strict.model).article.text).toContain(c);
  });

  it('is forgotten by every replica once its keys are deleted (tombstones), and only for that source', async () => {
    const gone = `${SOURCE}-gone`;
    const kept = `${SOURCE}-kept`;
    const a = new BoilerplateSync(kafka, publisher, { replicaId: `t-${RUN}`, intervalMs: 60_000 });
    for (const source of [gone, kept]) {
      for (let i = 0; i < 35; i++) {
        normaliseRawEvent(rawArticle(i, source), a.model);
        a.touched(source);
      }
    }
    await a.push();
    // A replica that loaded the slices before they were deleted forgets them on its next pull.
    const running = new BoilerplateSync(kafka, publisher, { replicaId: `u-${RUN}`, intervalMs: 60_000 });
    await running.pull();
    expect(await deleteBoilerplateOf(kafka, publisher, gone)).toBe(1);
    await running.pull();
    const fresh = new BoilerplateSync(kafka, publisher, { replicaId: `v-${RUN}`, intervalMs: 60_000 });
    await fresh.pull();
    for (const sync of [running, fresh]) {
      for (const c of CHROME) expect(normaliseRawEvent(rawArticle(99, gone), sync.model).article.text).toContain(c);
      for (const c of CHROME) expect(normaliseRawEvent(rawArticle(99, kept), sync.model).article.text).not.toContain(c);
    }
    // Deleting again finds nothing left to delete.
    expect(await deleteBoilerplateOf(kafka, publisher, gone)).toBe(0);
  });
});
