/**
 * Re-index without downtime (reindexSearch, used by the analysis migration and
 * `npm run search:reindex`): rows built by an older analysis are rebuilt in
 * batches, search answers between the batches, and a row the store rewrites
 * while its batch is in flight keeps the store's version.
 */
import { articleIdFor } from '@news/contracts';
import { reindexSearch, SEARCH_ANALYSIS_VERSION } from '@news/database';
import { asBatch, EventSpec, normalisedEvent, runTag } from './support/normalised-events';
import { openStoreHarness, StoreHarness } from './support/store-harness';

describe('search re-index (real PostgreSQL)', () => {
  let h: StoreHarness;
  const tag = runTag();
  const word = `reindex${tag}`;
  const sourceId = `ri-${tag}`;
  const spec = (externalId: string, version = 1): EventSpec => ({
    sourceId,
    externalId,
    version,
    language: 'en',
    title: `Outkast ${externalId}`,
    text: `Outkast's Speakerboxxx/The Love Below, take ${externalId}, version ${version}. ${word}.`,
  });
  const ids = ['a', 'b', 'c'].map((x) => articleIdFor(sourceId, x));
  const search = async (q: string) => {
    const { rows, matchMode } = await h.reader.search({ q, sources: [sourceId], sort: 'relevance', limit: 10 });
    return { ids: rows.map((r) => r.id).sort(), matchMode };
  };

  beforeAll(async () => {
    h = await openStoreHarness();
    await h.service.storeBatch(asBatch(['a', 'b', 'c'].map((x) => normalisedEvent(spec(x)))));
    // The vectors analysis 1 built: the parser's own tokens, so `Speakerboxxx/The` is one "file" token.
    await h.db.query(
      `UPDATE articles SET search_analysis = 1,
              search_vector = setweight(to_tsvector(search_config, title), 'A') || setweight(to_tsvector(search_config, body_text), 'B')
        WHERE source_id = $1`,
      [sourceId],
    );
  });
  afterAll(async () => {
    await h?.close();
  });

  it('rebuilds older rows in batches while search answers, leaving rows the store rewrote meanwhile', async () => {
    expect(await search(`speakerboxxx ${word}`)).toEqual({ ids: [...ids].sort(), matchMode: 'any' });

    let rewritten: string | undefined;
    const between: Array<{ ids: string[]; matchMode: string | null }> = [];
    const run = async (sql: string, params: unknown[]) => {
      if (/^\s*UPDATE articles/.test(sql)) {
        const [record] = JSON.parse(params[0] as string) as Array<{ id: string }>;
        // The store writes a new version of the first row of the run after the re-index has read it.
        if (rewritten === undefined) {
          rewritten = record.id;
          const externalId = ['a', 'b', 'c'][ids.indexOf(record.id)];
          await h.service.storeBatch(asBatch([normalisedEvent(spec(externalId, 2))]));
        }
      }
      const rows = (await h.db.query(sql, params)).rows;
      if (/^\s*UPDATE articles/.test(sql)) between.push(await search(word));
      return rows;
    };
    const result = await reindexSearch(run, { batchSize: 1 });

    expect(rewritten).toBeDefined();
    expect(result).toEqual({ rebuilt: 2, skipped: 1, lastId: expect.any(String), complete: true });
    // Every article was found between the batches, whichever analysis it was built with.
    expect(between).toHaveLength(3);
    for (const b of between) expect(b).toEqual({ ids: [...ids].sort(), matchMode: 'all' });
    expect(await search(`speakerboxxx ${word}`)).toEqual({ ids: [...ids].sort(), matchMode: 'all' });
    const rows = await h.db.query(
      `SELECT id, version, search_analysis FROM articles WHERE source_id = $1 ORDER BY id`,
      [sourceId],
    );
    expect(rows.rows.map((r) => [r.id, r.version, r.search_analysis])).toEqual(
      [...ids].sort().map((id) => [id, id === rewritten ? 2 : 1, SEARCH_ANALYSIS_VERSION]),
    );
  });

  it('rebuilds every row with `all`, and nothing when every row is current', async () => {
    expect((await reindexSearch(async (sql, params) => (await h.db.query(sql, params)).rows)).rebuilt).toBe(0);
    // From just before our first id: every row after it is rebuilt, ours included.
    const first = BigInt(`0x${[...ids].sort()[0].replace(/-/g, '')}`) - 1n;
    const hex = first.toString(16).padStart(32, '0');
    const afterId = [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join('-');
    const before = await h.db.query(`SELECT xmin::text FROM articles WHERE source_id = $1 ORDER BY id`, [sourceId]);
    const all = await reindexSearch(async (sql, params) => (await h.db.query(sql, params)).rows, {
      all: true,
      afterId,
      batchSize: 1000,
    });
    expect(all.rebuilt).toBeGreaterThanOrEqual(3);
    const after = await h.db.query(`SELECT xmin::text FROM articles WHERE source_id = $1 ORDER BY id`, [sourceId]);
    expect(after.rows.filter((r, i) => r.xmin === before.rows[i].xmin)).toEqual([]);
    expect(await search(`speakerboxxx ${word}`)).toEqual({ ids: [...ids].sort(), matchMode: 'all' });
  });
});
