/**
 * The article tables' maintenance settings (migration 1764320000000), on the
 * real PostgreSQL: texts the store writes are compressed with LZ4 where the
 * server has it; statistics are refreshed only after 50,000 changes, and
 * not computed for wide columns no query filters on.
 */
import { articleIdFor } from '@news/contracts';
import { asBatch, normalisedEvent, runTag } from './support/normalised-events';
import { openStoreHarness, StoreHarness } from './support/store-harness';

/** A text long enough to be compressed (PostgreSQL compresses rows over ~2 kB), in words a feed would send. */
function longText(tag: string): string {
  const words = ['council', 'budget', 'harbour', 'minister', 'river', 'election', 'school', 'court', 'market', 'storm'];
  return Array.from({ length: 900 }, (_, i) => `${words[(i * 7) % words.length]}${i % 13 === 0 ? ` ${tag}` : ''}`).join(
    ' ',
  );
}

describe('article table maintenance (real PostgreSQL)', () => {
  let h: StoreHarness;
  let lz4: boolean;
  const tag = runTag();

  beforeAll(async () => {
    h = await openStoreHarness();
    // A server built without LZ4 refuses the setting; the migration then keeps pglz.
    lz4 = await h.db.query(`SELECT set_config('default_toast_compression', 'lz4', true)`).then(
      () => true,
      () => false,
    );
  });
  afterAll(async () => {
    await h?.close();
  });

  it('stores long texts compressed with LZ4 (pglz where the server lacks it) and reads them back intact', async () => {
    const text = longText(tag);
    const event = normalisedEvent({ sourceId: `tm-${tag}`, externalId: 'long', version: 1, text });
    await h.service.storeBatch(asBatch([event]));
    const id = articleIdFor(`tm-${tag}`, 'long');
    const { rows } = await h.db.query(
      `SELECT a.body_text, pg_column_compression(a.body_text) AS current,
              (SELECT pg_column_compression(v.body_text) FROM article_versions v WHERE v.article_id = a.id) AS history,
              a.search_vector @@ plainto_tsquery('simple', $2) AS found
         FROM articles a WHERE a.id = $1`,
      [id, tag],
    );
    const expected = lz4 ? 'lz4' : 'pglz';
    expect(rows[0]).toEqual({ body_text: text, current: expected, history: expected, found: true });
  });

  it("re-analyses the article tables only after 50,000 changes (plus PostgreSQL's 10 %)", async () => {
    const { rows } = await h.db.query(
      `SELECT relname, reloptions FROM pg_class WHERE relname IN ('articles', 'article_versions') ORDER BY relname`,
    );
    expect(rows.map((r) => [r.relname, (r.reloptions ?? []).includes('autovacuum_analyze_threshold=50000')])).toEqual([
      ['article_versions', true],
      ['articles', true],
    ]);
  });

  it('has ANALYZE skip bodies and other wide columns no query filters on, and keep those it filters on', async () => {
    // Statistics target 0 makes ANALYZE skip a column; the default target is -1 (NULL from PostgreSQL 17).
    const { rows } = await h.db.query(
      `SELECT attrelid::regclass::text AS tbl, attname, COALESCE(attstattarget, -1) AS target FROM pg_attribute
        WHERE attrelid IN ('articles'::regclass, 'article_versions'::regclass) AND attnum > 0 AND NOT attisdropped`,
    );
    const target = (tbl: string, column: string) => [
      tbl,
      column,
      rows.find((r) => r.tbl === tbl && r.attname === column)?.target,
    ];
    const wide = [
      'body_text',
      'title',
      'tags',
      'quality_flags',
      'url',
      'canonical_url',
      'correlation_id',
      'external_id',
    ];
    for (const tbl of ['articles', 'article_versions']) {
      for (const column of wide) expect(target(tbl, column)).toEqual([tbl, column, 0]);
    }
    for (const filtered of ['source_id', 'filter_tags', 'search_vector', 'effective_published_at', 'content_hash']) {
      expect(target('articles', filtered)).toEqual(['articles', filtered, -1]);
    }
    expect(target('article_versions', 'article_id')).toEqual(['article_versions', 'article_id', -1]);
  });
});
