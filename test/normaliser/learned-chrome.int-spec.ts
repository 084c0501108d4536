/**
 * Learned per-source chrome survives restarts and is shared by replicas,
 * through the compacted topic news.boilerplate.v1 on the real broker: a
 * replica learns a synthetic source's chrome from 35 articles and publishes
 * it; a fresh replica (a restart, or another pod) loads it and removes that
 * chrome from the first article it sees, which the generic rules alone keep.
 * Learning on worker threads (each worker its own slice) publishes the same way.
 */
import { randomUUID } from 'node:crypto';
import { articleIdFor, RawArticleEvent, toContract } from '@news/contracts';
import { KafkaEnv, loadConfig } from '@news/config';
import { createKafkaClient, KafkaPublisher } from '@news/kafka';
import { BoilerplateSync, deleteBoilerplateOf } from '../../apps/normaliser/src/boilerplate/boilerplate-sync';
import { InlineEngine, NormaliseEngine, PooledEngine } from '../../apps/normaliser/src/normalise/engine';
import { normaliseRawEvent } from '../../apps/normaliser/src/normalise/normalise-article';

const RUN = randomUUID().slice(0, 8);
const SOURCE = `gazette-${RUN}`;
// Chrome that reads like prose, so only learning can tell it from the story.
const CHROME = [
  'Tonight on Radio Gazette the evening bulletin comes with Maria Lopez at eight o’clock.',
  'Gazette readers can collect their free wall calendar at the front desk on Main Street.',
];

const SUBJECTS = [
  'council',
  'harbour',
  'school',
  'hospital',
  'bridge',
  'market',
  'library',
  'railway',
  'museum',
  'stadium',
  'airport',
];
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
    envelope: {
      eventId: randomUUID(),
      schemaVersion: 1,
      sourceId: source,
      receivedAt: new Date(),
      correlationId: `c${i}`,
    },
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
  const engines: NormaliseEngine[] = [];

  /** A normaliser replica: its engine (which learns) and its sync with the topic. */
  const replica = (replicaId: string, options: { maxAgeMs?: number; engine?: NormaliseEngine } = {}) => {
    const engine = options.engine ?? new InlineEngine(replicaId);
    engines.push(engine);
    const sync = new BoilerplateSync(kafka, publisher, engine.chrome, {
      replicaId,
      intervalMs: 60_000,
      maxAgeMs: options.maxAgeMs,
    });
    // All at once, as a slice is handed over: a pool spreads them over its workers.
    const learn = async (count: number, source = SOURCE) => {
      await Promise.all(Array.from({ length: count }, (_, i) => engine.normalise(rawArticle(i, source))));
    };
    /** The text a replica with this learned chrome makes of an article (nothing learned from it). */
    const textOf = async (raw: RawArticleEvent) => {
      const probe = new InlineEngine(`${replicaId}-probe`, false);
      probe.chrome.merge(engine.chrome.snapshot());
      return normaliseRawEvent(raw, probe.chrome.model, false).article.text;
    };
    return { engine, sync, learn, textOf };
  };

  afterAll(async () => {
    for (const e of engines) await e.close();
    await publisher.disconnect();
  });

  it('is learned by one replica, published, and applied by a fresh one', async () => {
    const unseen = rawArticle(99);
    // Without learning, the generic rules keep these prose-like lines.
    const plain = normaliseRawEvent(unseen).article.text;
    for (const c of CHROME) expect(plain).toContain(c);

    const a = replica(`a-${RUN}`);
    await a.sync.pull();
    await a.learn(35);
    for (const c of CHROME) expect(await a.textOf(rawArticle(35))).not.toContain(c);
    await a.sync.push();

    // Another replica, or replica a after a restart: it starts empty and loads the topic.
    for (const replicaId of [`b-${RUN}`, `a-${RUN}`]) {
      const fresh = replica(replicaId);
      await fresh.sync.pull();
      const text = await fresh.textOf(unseen);
      for (const c of CHROME) expect(text).not.toContain(c);
      for (const line of story(99)) expect(text).toContain(line);
    }
  });

  it('is learned on worker threads, each its own slice, and applied by a fresh replica', async () => {
    const source = `${SOURCE}-pooled`;
    const pooled = replica(`p-${RUN}`, {
      engine: new PooledEngine({ replicaId: `p-${RUN}`, workers: 2, articleTimeoutMs: 30_000 }),
    });
    // Both workers ready first, so the articles are spread over both.
    await pooled.engine.warmUp();
    await pooled.learn(35, source);
    await pooled.sync.push();
    const fresh = replica(`q-${RUN}`);
    await fresh.sync.pull();
    const slices = fresh.engine.chrome.snapshot().sources[source];
    expect(Object.keys(slices ?? {}).sort()).toEqual([`p-${RUN}.w0`, `p-${RUN}.w1`]);
    const text = await fresh.textOf(rawArticle(99, source));
    for (const c of CHROME) expect(text).not.toContain(c);
    for (const line of story(99)) expect(text).toContain(line);
  });

  it('is shared by the workers of a pooled replica; a restarted one learns into its own slices', async () => {
    const source = `${SOURCE}-restart`;
    const id = `r-${RUN}`;
    const first = replica(id, { engine: new PooledEngine({ replicaId: id, workers: 2, articleTimeoutMs: 30_000 }) });
    await first.engine.warmUp();
    await first.learn(35, source);
    await first.sync.push();
    await first.engine.close();
    // The same pod name after a restart: the topic hands each worker its slices back, whole.
    const again = replica(id, { engine: new PooledEngine({ replicaId: id, workers: 2, articleTimeoutMs: 30_000 }) });
    await again.engine.warmUp();
    await again.sync.pull();
    await Promise.all(Array.from({ length: 10 }, (_, i) => again.engine.normalise(rawArticle(100 + i, source))));
    await again.sync.push();
    const fresh = replica(`rf-${RUN}`);
    await fresh.sync.pull();
    const slices = fresh.engine.chrome.snapshot().sources[source] ?? {};
    // Had the workers started empty, their new slices (10 documents) would lose to the old ones (35) everywhere.
    expect(Object.values(slices).reduce((n, s) => n + s.documents, 0)).toBe(45);
    for (const c of CHROME) expect(await fresh.textOf(rawArticle(99, source))).not.toContain(c);
  });

  it('is not loaded once older than the age limit', async () => {
    const source = `${SOURCE}-aged`;
    const a = replica(`aged-${RUN}`);
    await a.learn(35, source);
    await a.sync.push();
    await new Promise((r) => setTimeout(r, 1_500));
    const unseen = rawArticle(99, source);
    const young = replica(`y-${RUN}`, { maxAgeMs: 600_000 });
    await young.sync.pull();
    for (const c of CHROME) expect(await young.textOf(unseen)).not.toContain(c);
    const strict = replica(`s-${RUN}`, { maxAgeMs: 1_000 });
    await strict.sync.pull();
    for (const c of CHROME) expect(await strict.textOf(unseen)).toContain(c);
  });

  it('is forgotten by every replica once its keys are deleted (tombstones), and only for that source', async () => {
    const gone = `${SOURCE}-gone`;
    const kept = `${SOURCE}-kept`;
    const a = replica(`t-${RUN}`);
    for (const source of [gone, kept]) await a.learn(35, source);
    await a.sync.push();
    // A replica that loaded the slices before they were deleted forgets them on its next pull.
    const running = replica(`u-${RUN}`);
    await running.sync.pull();
    expect(await deleteBoilerplateOf(kafka, publisher, gone)).toBe(1);
    await running.sync.pull();
    const fresh = replica(`v-${RUN}`);
    await fresh.sync.pull();
    for (const r of [running, fresh]) {
      for (const c of CHROME) expect(await r.textOf(rawArticle(99, gone))).toContain(c);
      for (const c of CHROME) expect(await r.textOf(rawArticle(99, kept))).not.toContain(c);
    }
    // Deleting again finds nothing left to delete.
    expect(await deleteBoilerplateOf(kafka, publisher, gone)).toBe(0);
  });
});
