/** Exact duplicates (same clean text from another source or URL) are linked to the first article. */
import { articleIdFor } from '@news/contracts';
import { toArticleWrite } from '../../apps/store/src/persist/article-mapping';
import { asBatch, normalisedEvent, runTag } from './support/normalised-events';
import { openStoreHarness, StoreHarness } from './support/store-harness';
import { startStoreApi, StoreApi } from './support/store-api';

describe('exact duplicates (real PostgreSQL)', () => {
  let h: StoreHarness;
  let api: StoreApi;
  const tag = runTag();
  const wire = `dupa-${tag}`;
  const other = `dupb-${tag}`;
  const text = `The same wire story ${tag}, word for word, syndicated twice.`;

  beforeAll(async () => {
    h = await openStoreHarness();
    api = await startStoreApi(tag);
  });
  afterAll(async () => {
    await api?.close();
    await h?.close();
  });

  it('links a later copy from another source to the first one, and shows it from both sides', async () => {
    await h.service.storeBatch(asBatch([normalisedEvent({ sourceId: wire, externalId: 'orig', version: 1, text })]));
    await h.service.storeBatch(asBatch([normalisedEvent({ sourceId: other, externalId: 'copy', version: 1, text })]));
    const orig = articleIdFor(wire, 'orig');
    const copy = articleIdFor(other, 'copy');

    const copyView = await api.get(`/v1/articles/${copy}`);
    expect(copyView.status).toBe(200);
    expect(copyView.body.duplicateOf).toEqual({ id: orig, href: `/v1/articles/${orig}` });
    const origView = await api.get(`/v1/articles/${orig}`);
    expect(origView.body.duplicateOf).toBeNull();
    expect(origView.body.duplicates).toEqual([expect.objectContaining({ id: copy, sourceId: other })]);

    // Search shows the original once, never the copy.
    const found = await api.get(`/v1/articles?q=${tag}&source=${wire}&source=${other}`);
    expect(found.body.items.map((i: { id: string }) => i.id)).toEqual([orig]);
  });

  it('links a copy of a stored text as it inserts it, so the linking after commit rewrites no row', async () => {
    const stored = `A text already stored ${tag}, copied later.`;
    await h.writer.writeBatch([
      toArticleWrite(normalisedEvent({ sourceId: wire, externalId: 'early', version: 1, text: stored })),
    ]);
    const result = await h.writer.writeBatch([
      toArticleWrite(normalisedEvent({ sourceId: other, externalId: 'late', version: 1, text: stored })),
    ]);
    const early = articleIdFor(wire, 'early');
    const late = articleIdFor(other, 'late');
    expect(result.duplicatesLinked).toEqual([{ id: late, duplicateOf: early }]);
    // Written once: the row's xmin is the write transaction's (its history row has the same), not the linking's.
    const rows = await h.db.query<{ duplicate_of: string; same_tx: boolean }>(
      `SELECT a.duplicate_of, a.xmin::text = v.xmin::text AS same_tx
         FROM articles a JOIN article_versions v ON v.article_id = a.id WHERE a.id = $1`,
      [late],
    );
    expect(rows.rows).toEqual([{ duplicate_of: early, same_tx: true }]);
  });

  it('links copies that arrive in the same batch to the first of them in arrival order', async () => {
    const same = `Three feeds, one text ${tag}, same batch.`;
    const events = ['b1', 'b2', 'b3'].map((externalId) =>
      normalisedEvent({ sourceId: other, externalId, version: 1, text: same }),
    );
    const result = await h.writer.writeBatch(events.map(toArticleWrite));
    const first = articleIdFor(other, 'b1');
    expect(result.duplicatesLinked).toEqual(
      expect.arrayContaining([
        { id: articleIdFor(other, 'b2'), duplicateOf: first },
        { id: articleIdFor(other, 'b3'), duplicateOf: first },
      ]),
    );
    expect(result.duplicatesLinked).toHaveLength(2);
  });

  it('unlinks a copy whose new version has its own text, and never links empty texts', async () => {
    await h.service.storeBatch(
      asBatch([
        normalisedEvent({
          sourceId: other,
          externalId: 'copy',
          version: 2,
          text: `${text} Updated with local reporting.`,
        }),
      ]),
    );
    const copy = await api.get(`/v1/articles/${articleIdFor(other, 'copy')}`);
    expect(copy.body.duplicateOf).toBeNull();
    expect(copy.body.version).toBe(2);

    await h.service.storeBatch(
      asBatch([
        normalisedEvent({ sourceId: wire, externalId: 'empty-1', version: 1, text: '' }),
        normalisedEvent({ sourceId: other, externalId: 'empty-2', version: 1, text: '' }),
      ]),
    );
    const empties = await h.db.query('SELECT duplicate_of FROM articles WHERE id = ANY($1::uuid[])', [
      [articleIdFor(wire, 'empty-1'), articleIdFor(other, 'empty-2')],
    ]);
    expect(empties.rows).toEqual([{ duplicate_of: null }, { duplicate_of: null }]);
  });

  it('unlinks a copy whose new version has no words', async () => {
    const stored = `A text that a copy later empties ${tag}.`;
    await h.service.storeBatch(
      asBatch([normalisedEvent({ sourceId: wire, externalId: 'full', version: 1, text: stored })]),
    );
    await h.service.storeBatch(
      asBatch([normalisedEvent({ sourceId: other, externalId: 'emptied', version: 1, text: stored })]),
    );
    const emptied = articleIdFor(other, 'emptied');
    const link = () => h.db.query('SELECT duplicate_of FROM articles WHERE id = $1', [emptied]).then((r) => r.rows[0]);
    expect(await link()).toEqual({ duplicate_of: articleIdFor(wire, 'full') });
    await h.service.storeBatch(
      asBatch([normalisedEvent({ sourceId: other, externalId: 'emptied', version: 2, text: '' })]),
    );
    expect(await link()).toEqual({ duplicate_of: null });
  });

  it("makes the next copy the original when the original's text changes, and relinks other copies to it", async () => {
    const same = `Corrected later ${tag}: the first copy takes over.`;
    for (const [sourceId, externalId] of [
      [wire, 'c-orig'],
      [other, 'c-copy1'],
      [wire, 'c-copy2'],
    ]) {
      await h.service.storeBatch(asBatch([normalisedEvent({ sourceId, externalId, version: 1, text: same })]));
    }
    const [orig, copy1, copy2] = [
      articleIdFor(wire, 'c-orig'),
      articleIdFor(other, 'c-copy1'),
      articleIdFor(wire, 'c-copy2'),
    ];
    const links = async () =>
      Object.fromEntries(
        (
          await h.db.query('SELECT id, duplicate_of FROM articles WHERE id = ANY($1::uuid[])', [[orig, copy1, copy2]])
        ).rows.map((r: { id: string; duplicate_of: string | null }) => [r.id, r.duplicate_of]),
      );
    expect(await links()).toEqual({ [orig]: null, [copy1]: orig, [copy2]: orig });

    await h.service.storeBatch(
      asBatch([
        normalisedEvent({ sourceId: wire, externalId: 'c-orig', version: 2, text: `${same} With a correction.` }),
      ]),
    );
    expect(await links()).toEqual({ [orig]: null, [copy1]: null, [copy2]: copy1 });
    // Search now finds the first copy for the old text.
    const found = await api.get(
      `/v1/articles?q=${encodeURIComponent('"the first copy takes over"')}&source=${wire}&source=${other}`,
    );
    expect(found.body.items.map((i: { id: string }) => i.id).sort()).toEqual([orig, copy1].sort());
  });

  it('links a new copy of a large group to its original, and later copies of that text to the same one', async () => {
    const same = `A wire story ${tag} that forty outlets ran unchanged.`;
    const ids = Array.from({ length: 40 }, (_, i) => `g-${i}`);
    await h.writer.writeBatch([
      toArticleWrite(normalisedEvent({ sourceId: wire, externalId: ids[0], version: 1, text: same })),
    ]);
    for (const externalId of ids.slice(1)) {
      await h.writer.writeBatch([
        toArticleWrite(normalisedEvent({ sourceId: other, externalId, version: 1, text: same })),
      ]);
    }
    const first = articleIdFor(wire, ids[0]);
    const rows = await h.db.query<{ duplicate_of: string | null }>(
      'SELECT duplicate_of FROM articles WHERE id = ANY($1::uuid[]) ORDER BY seq',
      [ids.map((e, i) => articleIdFor(i === 0 ? wire : other, e))],
    );
    expect(rows.rows.map((r) => r.duplicate_of)).toEqual([null, ...ids.slice(1).map(() => first)]);
  });

  it('links exactly one original when batches with the same text are written concurrently', async () => {
    const same = `Raced text ${tag}, four partitions at once.`;
    const ids = ['r1', 'r2', 'r3', 'r4'];
    await Promise.all(
      ids.map((externalId) =>
        h.writer.writeBatch([toArticleWrite(normalisedEvent({ sourceId: wire, externalId, version: 1, text: same }))]),
      ),
    );
    const rows = await h.db.query<{ id: string; duplicate_of: string | null; seq: string }>(
      'SELECT id, duplicate_of, seq FROM articles WHERE id = ANY($1::uuid[]) ORDER BY seq',
      [ids.map((e) => articleIdFor(wire, e))],
    );
    const first = rows.rows[0].id;
    expect(rows.rows.map((r) => r.duplicate_of)).toEqual([null, first, first, first]);
  });

  it('promotes the next copy when the original is killed, and never links a kill', async () => {
    const same = `Killed original ${tag}, the copy lives on.`;
    await h.service.storeBatch(
      asBatch([normalisedEvent({ sourceId: wire, externalId: 'k-orig', version: 1, text: same })]),
    );
    await h.service.storeBatch(
      asBatch([normalisedEvent({ sourceId: other, externalId: 'k-copy', version: 1, text: same })]),
    );
    const orig = articleIdFor(wire, 'k-orig');
    const copy = articleIdFor(other, 'k-copy');
    expect((await api.get(`/v1/articles/${copy}`)).body.duplicateOf).toEqual({
      id: orig,
      href: `/v1/articles/${orig}`,
    });

    await h.service.storeBatch(
      asBatch([
        normalisedEvent({ sourceId: wire, externalId: 'k-orig', version: 2, text: same, pubStatus: 'canceled' }),
      ]),
    );
    const rows = await h.db.query('SELECT id, duplicate_of FROM articles WHERE id = ANY($1::uuid[])', [[orig, copy]]);
    expect(
      Object.fromEntries(rows.rows.map((r: { id: string; duplicate_of: string | null }) => [r.id, r.duplicate_of])),
    ).toEqual({ [orig]: null, [copy]: null });
    const found = await api.get(
      `/v1/articles?q=${encodeURIComponent('"the copy lives on"')}&source=${wire}&source=${other}`,
    );
    expect(found.body.items.map((i: { id: string }) => i.id)).toEqual([copy]);
  });
});
