/**
 * Version rules, history, kills and atomicity of the store's batch writes,
 * against the real PostgreSQL (and Kafka for the announcements).
 */
import { articleIdFor } from '@news/contracts';
import { toArticleWrite } from '../../apps/store/src/persist/article-mapping';
import { asBatch, EventSpec, normalisedEvent, runTag } from './support/normalised-events';
import { openStoreHarness, StoreHarness } from './support/store-harness';

describe('store version rules (real PostgreSQL)', () => {
  let h: StoreHarness;
  const tag = runTag();
  const sourceId = `vr-${tag}`;
  const spec = (externalId: string, version: number, extra: Partial<EventSpec> = {}): EventSpec => ({
    sourceId,
    externalId,
    version,
    text: `Story ${externalId} ${tag} version ${version} ${extra.versionCreated ?? ''}`,
    ...extra,
  });
  const current = async (externalId: string) =>
    (await h.db.query('SELECT * FROM articles WHERE id = $1', [articleIdFor(sourceId, externalId)])).rows[0];
  const history = async (externalId: string) =>
    (
      await h.db.query(
        'SELECT version, version_created, pub_status, applied, title FROM article_versions WHERE article_id ' +
          '= $1 ORDER BY id',
        [articleIdFor(sourceId, externalId)],
      )
    ).rows;

  beforeAll(async () => {
    h = await openStoreHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('keeps the higher version when an older one arrives late, and records both', async () => {
    await h.service.storeBatch(asBatch([normalisedEvent(spec('late', 2, { title: 'two' }))]));
    await h.service.storeBatch(asBatch([normalisedEvent(spec('late', 1, { title: 'one' }))]));
    const row = await current('late');
    expect(row.version).toBe(2);
    expect(row.title).toBe('two');
    expect(await history('late')).toEqual([
      expect.objectContaining({ version: 2, title: 'two', applied: true }),
      expect.objectContaining({ version: 1, title: 'one', applied: false }),
    ]);
  });

  it('resolves several versions of one article inside one batch before the upsert', async () => {
    const events = [3, 1, 4, 2].map((v) => normalisedEvent(spec('same-batch', v, { title: `v${v}` })));
    const result = await h.writer.writeBatch(events.map(toArticleWrite));
    expect(result.changed).toHaveLength(1);
    expect(result.changed[0].version).toBe(4);
    expect(result.versionsRecorded).toBe(4);
    expect((await current('same-batch')).title).toBe('v4');
    const versions = await history('same-batch');
    expect(versions.map((v) => v.version).sort()).toEqual([1, 2, 3, 4]);
    expect(versions.filter((v) => v.applied).map((v) => v.version)).toEqual([4]);
  });

  it('records one history row for copies of one version inside a batch (e.g. an upstream re-publish)', async () => {
    const first = normalisedEvent(spec('copies', 1));
    const copy = normalisedEvent(spec('copies', 1)); // same content, new event id
    const result = await h.writer.writeBatch([first, copy].map(toArticleWrite));
    expect(result.changed).toHaveLength(1);
    expect(result.versionsRecorded).toBe(1);
    expect(await history('copies')).toHaveLength(1);
  });

  it('at the same version prefers the later versionCreated, whatever the arrival order', async () => {
    const later = spec('created', 5, { versionCreated: '2025-01-02T10:00:00Z', title: 'later' });
    const earlier = spec('created', 5, { versionCreated: '2025-01-02T09:00:00Z', title: 'earlier' });
    await h.service.storeBatch(asBatch([normalisedEvent(later)]));
    await h.service.storeBatch(asBatch([normalisedEvent(earlier)]));
    const row = await current('created');
    expect(row.title).toBe('later');
    expect(row.version_created.toISOString()).toBe('2025-01-02T10:00:00.000Z');
    expect(await history('created')).toHaveLength(2);
  });

  it('at the same version and time lets changed content through', async () => {
    const base = { versionCreated: '2025-03-01T00:00:00Z' };
    await h.service.storeBatch(asBatch([normalisedEvent(spec('hash', 1, { ...base, text: `first text ${tag}` }))]));
    await h.service.storeBatch(asBatch([normalisedEvent(spec('hash', 1, { ...base, text: `corrected text ${tag}` }))]));
    expect((await current('hash')).body_text).toBe(`corrected text ${tag}`);
    expect(await history('hash')).toHaveLength(2);
  });

  it('changes nothing when a batch is delivered again', async () => {
    const batch = asBatch([
      normalisedEvent(spec('redelivered-a', 1)),
      normalisedEvent(spec('redelivered-b', 1)),
      normalisedEvent(spec('redelivered-b', 2)),
    ]);
    await h.service.storeBatch(batch);
    const snapshot = async () =>
      (
        await h.db.query(
          `SELECT a.id, a.xmin::text, a.updated_at, a.version, (SELECT count(*) FROM article_versions v WHERE v.article_id = a.id) AS n
             FROM articles a WHERE a.source_id = $1 AND a.external_id LIKE 'redelivered-%' ORDER BY a.id`,
          [sourceId],
        )
      ).rows;
    const before = await snapshot();
    expect(before.map((r) => Number(r.n)).sort()).toEqual([1, 2]);

    const again = await h.writer.writeBatch(batch.map((m) => toArticleWrite(m.value)));
    expect(again).toEqual({ changed: [], versionsRecorded: 0, duplicatesLinked: [] });
    await h.service.storeBatch(batch); // the whole consumer path, announcements included
    expect(await snapshot()).toEqual(before);
  });

  it('a kill hides the article from search, keeps its history, and a late older version cannot revive it', async () => {
    const word = `killword${tag}`;
    await h.service.storeBatch(asBatch([normalisedEvent(spec('kill', 1, { text: `${word} before the kill` }))]));
    const before = (await h.reader.search({ q: word, sources: [sourceId], sort: 'relevance', limit: 10 })).rows;
    expect(before.map((r) => r.id)).toEqual([articleIdFor(sourceId, 'kill')]);

    const killedAt = '2025-06-01T12:00:00Z';
    await h.service.storeBatch(
      asBatch([
        normalisedEvent(
          spec('kill', 2, { text: `${word} before the kill`, pubStatus: 'canceled', versionCreated: killedAt }),
        ),
      ]),
    );
    await h.service.storeBatch(
      asBatch([normalisedEvent(spec('kill', 1, { text: `${word} before the kill, resent` }))]),
    );
    const row = await current('kill');
    expect(row.pub_status).toBe('canceled');
    expect(row.killed_at.toISOString()).toBe('2025-06-01T12:00:00.000Z');
    expect((await h.reader.search({ q: word, sources: [sourceId], sort: 'relevance', limit: 10 })).rows).toEqual([]);
    expect((await h.reader.search({ sources: [sourceId], sort: '-published', limit: 100 })).rows).not.toContainEqual(
      expect.objectContaining({ id: articleIdFor(sourceId, 'kill') }),
    );
    expect((await history('kill')).map((v) => [v.version, v.pub_status, v.applied])).toEqual([
      [1, 'usable', true],
      [2, 'canceled', true],
      [1, 'usable', false],
    ]);
  });

  it('writes nothing from a batch whose transaction fails', async () => {
    const good = normalisedEvent(spec('atomic-good', 1));
    // Version 0 breaks a CHECK constraint (the contract would refuse it; here it stands for any failing statement).
    const bad = normalisedEvent(spec('atomic-bad', 0));
    await expect(h.service.storeBatch(asBatch([good, bad]))).rejects.toThrow();
    expect(await current('atomic-good')).toBeUndefined();
    expect(await current('atomic-bad')).toBeUndefined();
    expect(await history('atomic-good')).toEqual([]);
    expect((await h.db.query('SELECT 1 FROM sources WHERE id = $1', [sourceId])).rowCount).toBe(1);
  });
});
