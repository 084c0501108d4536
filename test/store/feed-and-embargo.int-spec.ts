/**
 * The feed's metadata kept and served, any changed field a new state, and
 * embargo with real time: against the real PostgreSQL and Kafka, with the
 * store's own HTTP app (and its embargo releaser) running.
 */
import { articleIdFor, StoredArticleEvent, TOPICS } from '@news/contracts';
import { waitFor } from '../support/pipeline';
import { TopicTap, tapTopic } from '../support/topic-tap';
import { asBatch, EventSpec, normalisedEvent, runTag } from './support/normalised-events';
import { startStoreApi, StoreApi } from './support/store-api';
import { openStoreHarness, StoreHarness } from './support/store-harness';

describe('feed metadata, state changes and embargo (real PostgreSQL and Kafka)', () => {
  const tag = runTag();
  const sourceId = `fe-${tag}`;
  let h: StoreHarness;
  let api: StoreApi;
  let tap: TopicTap;
  const idOf = (externalId: string) => articleIdFor(sourceId, externalId);
  const spec = (externalId: string, version: number, extra: Partial<EventSpec> = {}): EventSpec => ({
    sourceId,
    externalId,
    version,
    text: `Feed story ${externalId} ${tag}`,
    ...extra,
  });
  const store = (s: EventSpec, article: Record<string, unknown> = {}) => {
    const e = normalisedEvent(s);
    Object.assign(e.article, article);
    return h.service.storeBatch(asBatch([e]));
  };
  const announced = (externalId: string) =>
    tap.byKey(idOf(externalId)).map((m) => JSON.parse(m.value) as StoredArticleEvent & { storedAt: string });

  beforeAll(async () => {
    tap = await tapTopic(TOPICS.articlesStored.name);
    h = await openStoreHarness();
    api = await startStoreApi(tag);
  });
  afterAll(async () => {
    await api?.close();
    await h?.close();
    await tap?.stop();
  });

  it('serves every field the feed declared, beside our own tags', async () => {
    const feed = {
      language: 'en-GB',
      format: 'ninjs',
      provenance: 'edited',
      urgency: 2,
      subjects: [{ scheme: 'medtop', code: 'medtop:20000538', name: 'budget' }],
      genres: [{ code: 'genre:Current', name: 'Current' }],
      authors: ['Jane Doe'],
      byline: 'By Jane Doe, Reuters',
      description: 'The budget passed.',
      slugline: 'budget-vote',
      editorialNote: 'Corrects spelling of minister',
      located: 'London',
      dateline: 'LONDON, Dec 7 (Reuters) -',
      keywords: ['budget', 'parliament'],
      copyright: '(c) Reuters 2026',
      usageTerms: 'No archive',
      firstCreated: new Date('2026-12-07T08:00:00Z'),
    };
    await store(spec('meta', 1), {
      feed,
      language: 'en-GB',
      detectedLanguage: 'en',
      provenance: 'edited',
      authors: ['Jane Doe'],
    });
    const { status, body } = await api.get(`/v1/articles/${idOf('meta')}`);
    expect(status).toBe(200);
    expect(body.language).toBe('en-GB');
    expect(body.detectedLanguage).toBe('en');
    expect(body.provenance).toBe('edited');
    expect(body.authors).toEqual(['Jane Doe']);
    expect(body.feed).toEqual({ ...feed, firstCreated: '2026-12-07T08:00:00.000Z' });
  });

  it('takes a headline-only correction at the same version as a new state, with history and an event', async () => {
    await store(spec('headline', 1, { title: 'Ferry sinks off Cosat' }));
    await store(spec('headline', 1, { title: 'Ferry sinks off coast' }));
    const { body } = await api.get(`/v1/articles/${idOf('headline')}`);
    expect(body.title).toBe('Ferry sinks off coast');
    const versions = await api.get(`/v1/articles/${idOf('headline')}/versions`);
    expect(versions.body.items.map((v: { title: string }) => v.title)).toEqual([
      'Ferry sinks off coast',
      'Ferry sinks off Cosat',
    ]);
    await waitFor('both states announced', async () => announced('headline').length === 2);
    expect(announced('headline').map((e) => e.change)).toEqual(['created', 'updated']);
    // The same state again is a redelivery: no new row, no new event.
    await store(spec('headline', 1, { title: 'Ferry sinks off coast' }));
    expect((await api.get(`/v1/articles/${idOf('headline')}/versions`)).body.items).toHaveLength(2);
  });

  it('holds an embargoed article back until its time, then announces it as created', async () => {
    const until = new Date(Date.now() + 4_000);
    await store(spec('embargo', 1), { embargoedUntil: until });
    expect((await api.get(`/v1/articles/${idOf('embargo')}`)).status).toBe(404);
    expect((await api.get(`/v1/articles/${idOf('embargo')}/versions`)).status).toBe(404);
    const hits = await api.get(`/v1/articles?source=${sourceId}&limit=100`);
    expect(hits.body.items.map((i: { id: string }) => i.id)).not.toContain(idOf('embargo'));
    await waitFor(
      'the embargo to lift and the article to be announced',
      async () => announced('embargo').length === 1,
      20_000,
    );
    const [event] = announced('embargo');
    expect(event.change).toBe('created');
    expect(new Date(event.storedAt).getTime()).toBeGreaterThanOrEqual(until.getTime());
    expect(event.article?.text).toBe(`Feed story embargo ${tag}`);
    expect((await api.get(`/v1/articles/${idOf('embargo')}`)).status).toBe(200);
  });

  it('applies the rule of the latest version: an embargo moved later, then lifted', async () => {
    await store(spec('moved', 1), { embargoedUntil: new Date(Date.now() + 3_000) });
    await store(spec('moved', 2), { embargoedUntil: new Date(Date.now() + 60_000) });
    await new Promise((r) => setTimeout(r, 5_000));
    expect(announced('moved')).toHaveLength(0);
    expect((await api.get(`/v1/articles/${idOf('moved')}`)).status).toBe(404);
    await store(spec('moved', 3));
    await waitFor('the lifted version to be announced', async () => announced('moved').length === 1);
    // Nobody had been told of the article: it is new to consumers.
    expect(announced('moved').map((e) => [e.change, e.version])).toEqual([['created', 3]]);
    expect((await api.get(`/v1/articles/${idOf('moved')}`)).status).toBe(200);
  });

  it('announces a kill at once, embargo or not', async () => {
    await store(spec('kill', 1), { embargoedUntil: new Date(Date.now() + 60_000) });
    await store(spec('kill', 2, { pubStatus: 'canceled' }), { embargoedUntil: new Date(Date.now() + 60_000) });
    await waitFor('the kill to be announced', async () => announced('kill').length === 1);
    expect(announced('kill')[0].change).toBe('killed');
  });
});
