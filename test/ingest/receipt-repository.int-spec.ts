/** The receipt repository on the real PostgreSQL: set-based lookups, TTL, idempotency answers, purge. */
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { databaseOptions, IngestReceiptRepository } from '@news/database';

describe('IngestReceiptRepository', () => {
  let ds: DataSource;
  let repo: IngestReceiptRepository;
  const source = `rcpt-${randomUUID().slice(0, 8)}`;
  const hash = (c: string) => c.repeat(64);

  beforeAll(async () => {
    ds = new DataSource({
      ...databaseOptions({ DATABASE_URL: process.env.DATABASE_URL!, DATABASE_POOL_SIZE: 2, DATABASE_SSL: false }),
      entities: [],
    });
    await ds.initialize();
    repo = new IngestReceiptRepository(ds);
  });

  afterAll(async () => {
    await ds.query('DELETE FROM ingest_receipts WHERE source_id = $1', [source]);
    await ds.query('DELETE FROM ingest_idempotency_keys WHERE source_id = $1', [source]);
    await ds.destroy();
  });

  it('finds exactly the recorded (article, hash) pairs, within the TTL', async () => {
    const a = randomUUID();
    const b = randomUUID();
    await repo.recordReceipts([
      {
        articleId: a,
        contentHash: hash('a'),
        sourceId: source,
        eventId: randomUUID(),
        version: 1,
        pubStatus: 'usable',
      },
      {
        articleId: b,
        contentHash: hash('b'),
        sourceId: source,
        eventId: randomUUID(),
        version: 2,
        pubStatus: 'canceled',
      },
    ]);
    const found = await repo.findReceipts(
      [
        { articleId: a, contentHash: hash('a') },
        { articleId: a, contentHash: hash('c') },
        { articleId: b, contentHash: hash('b') },
      ],
      new Date(Date.now() - 60_000),
    );
    expect(found.map((r) => [r.articleId, r.version, r.pubStatus]).sort()).toEqual(
      [
        [a, 1, 'usable'],
        [b, 2, 'canceled'],
      ].sort(),
    );
    expect(await repo.findReceipts([{ articleId: a, contentHash: hash('a') }], new Date(Date.now() + 60_000))).toEqual(
      [],
    );
  });

  it('stores and replays an idempotency answer', async () => {
    await repo.saveIdempotent(source, 'k1', {
      requestHash: hash('d'),
      statusCode: 202,
      response: { status: 'accepted', id: 'x' },
    });
    expect(await repo.findIdempotent(source, 'k1', new Date(0))).toEqual({
      requestHash: hash('d'),
      statusCode: 202,
      response: { status: 'accepted', id: 'x' },
    });
    expect(await repo.findIdempotent(source, 'k2', new Date(0))).toBeNull();
  });

  it('purges only rows older than the cut-off', async () => {
    const old = randomUUID();
    await repo.recordReceipts([
      {
        articleId: old,
        contentHash: hash('e'),
        sourceId: source,
        eventId: randomUUID(),
        version: 1,
        pubStatus: 'usable',
      },
    ]);
    // Back-date only this test's row to 1971; the cut-off (1972) touches nothing anyone else wrote.
    await ds.query(`UPDATE ingest_receipts SET created_at = '1971-01-01' WHERE article_id = $1`, [old]);
    expect(await repo.purgeOlderThan(new Date('1972-01-01'))).toBe(1);
    expect(await repo.findReceipts([{ articleId: old, contentHash: hash('e') }], new Date(0))).toEqual([]);
  });
});
