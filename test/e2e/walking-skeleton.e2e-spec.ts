import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { TOPICS } from '@news/contracts';
import { startPipeline, RunningPipeline, waitFor } from '../support/pipeline';
import { TopicTap, tapTopic } from '../support/topic-tap';

const SEED = readFileSync(join(__dirname, '../../../shared/seeds/000_315ce49d09b2d10d.txt'), 'utf8');

describe('one article through ingest → normaliser → store (real Kafka and PostgreSQL)', () => {
  let pipeline: RunningPipeline;
  let db: Client;
  let rawTap: TopicTap;

  beforeAll(async () => {
    pipeline = await startPipeline();
    db = new Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    rawTap = await tapTopic(TOPICS.articlesRaw.name);
  });

  afterAll(async () => {
    await rawTap?.stop();
    await db?.end();
    await pipeline?.stop();
  });

  const push = (body: unknown) =>
    fetch(`${pipeline.ingestUrl}/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  it('stores the seed article, cleaned, and serves it over GET /v1/articles/:id', async () => {
    const url = `https://example.test/${pipeline.runId}/putin-obama-ukraine`;
    // The seed is a scraped page, and says so: a project JSON body is otherwise a wire's edited copy, kept whole.
    const res = await push({ sourceId: 'seed-wire', url, body: SEED, publishedAt: '2014-04-14T20:00:00Z', provenance: 'scraped' });
    expect(res.status).toBe(202);
    const accepted = (await res.json()) as { id: string; status: string };
    expect(accepted.status).toBe('accepted');
    expect(accepted.id).toMatch(/^[0-9a-f-]{36}$/);

    const row = await waitFor('the article row', async () => {
      const r = await db.query('SELECT * FROM articles WHERE id = $1', [accepted.id]);
      return r.rows[0] as Record<string, unknown> | undefined;
    });
    expect(row.source_id).toBe('seed-wire');
    expect(row.url).toBe(url);
    expect(row.version).toBe(1);
    expect(row.pub_status).toBe('usable');
    expect((row.published_at as Date).toISOString()).toBe('2014-04-14T20:00:00.000Z');
    const text = row.body_text as string;
    expect(text).toContain('Russian President Vladimir Putin urged his American counterpart');
    expect(text).toContain('Representatives for Russia, the US and Ukraine are expected to meet');
    expect(text).toBe(text.normalize('NFC'));
    expect(text).not.toMatch(/[\u0000-\u0008\u000B-\u001F]/);
    expect(text).toMatch(/\n\n/); // paragraphs separated by a blank line
    expect(row.content_hash).toMatch(/^[0-9a-f]{64}$/);

    const api = await fetch(`${pipeline.storeUrl}/v1/articles/${accepted.id}`);
    expect(api.status).toBe(200);
    const article = (await api.json()) as Record<string, unknown> & {
      tags: Record<'people' | 'organisations' | 'places' | 'subjects', Array<{ name: string; code?: string }>>;
    };
    expect(article.id).toBe(accepted.id);
    expect(article.text).toBe(text);
    expect(article.sourceId).toBe('seed-wire');

    // Cleaned: the chrome around the story is gone, the title is found once.
    expect(article.title).toBe('Putin to Obama: Use your influence to prevent bloodshed in Ukraine');
    expect(text).not.toMatch(/bookmarkicon|cameraicon/);
    expect(text).not.toContain('Putin to Obama: Use your influence');
    expect(text).not.toMatch(/Dear readers and commenters/);

    // Tagged, and the tags travel to the store.
    expect(article.language).toBe('en');
    const names = (k: 'people' | 'organisations' | 'places') => article.tags[k].map((e) => e.name);
    expect(names('people')).toEqual(expect.arrayContaining(['Vladimir Putin', 'Barack Obama', 'Viktor Yanukovych', 'Dmitry Peskov']));
    expect(names('places')).toEqual(expect.arrayContaining(['Ukraine', 'Russia', 'United States', 'Geneva']));
    expect(names('places').some((p) => p === 'Kyiv' || p === 'Kiev')).toBe(true);
    expect(names('organisations')).toEqual(expect.arrayContaining(['Kremlin', 'White House']));
    expect(article.tags.subjects.map((s) => s.code)).toEqual(expect.arrayContaining(['medtop:11000000', 'medtop:16000000']));
  });

  it('stores one row when the same article is pushed twice', async () => {
    const article = { sourceId: 'dup-wire', externalId: `dup-${pipeline.runId}`, title: 'Same story', body: '<p>Once only.</p>' };
    const first = (await (await push(article)).json()) as { id: string };
    const second = (await (await push(article)).json()) as { id: string };
    expect(second.id).toBe(first.id);
    // The second push of the same version is recognised by ingest and not published again.
    await waitFor('the raw event on the topic', async () => rawTap.byKey(first.id).length >= 1);
    await waitFor('the row', async () => (await db.query('SELECT 1 FROM articles WHERE id = $1', [first.id])).rowCount === 1);
    // Give the second event time to pass through; the row count must stay one.
    const third = (await (await push({ ...article, body: '<p>Once only, corrected.</p>', version: 2 })).json()) as { id: string };
    expect(third.id).toBe(first.id);
    const row = await waitFor('version 2', async () => {
      const r = await db.query('SELECT version, body_text FROM articles WHERE id = $1', [first.id]);
      return r.rows[0]?.version === 2 ? r.rows[0] : undefined;
    });
    expect(row.body_text).toBe('Once only, corrected.');
    const count = await db.query('SELECT count(*)::int AS n FROM articles WHERE id = $1', [first.id]);
    expect(count.rows[0].n).toBe(1);
  });

  it('answers 400 naming each bad field, and publishes nothing', async () => {
    const externalId = `bad-${pipeline.runId}`;
    const res = await push({ sourceId: 'Bad Source!', externalId, body: '', publishedAt: 'yesterday' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: Array<{ field: string }> };
    expect(body.errors.map((e) => e.field).sort()).toEqual(['body', 'publishedAt', 'sourceId']);

    const notJson = await push('{"sourceId": ');
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { message: string }).message).toMatch(/not valid JSON/);

    // A good push after the bad ones: once it is on the topic, anything from the bad ones would be too.
    const marker = (await (await push({ sourceId: 'bad-wire', externalId: `${externalId}-marker`, body: 'ok' })).json()) as { id: string };
    await waitFor('marker on the raw topic', async () => rawTap.byKey(marker.id).length === 1);
    const fromBad = rawTap.all().filter((m) => m.value.includes(externalId) && !m.value.includes(`${externalId}-marker`));
    expect(fromBad).toEqual([]);
  });

  it('returns 404 for an unknown id and 400 for a malformed one', async () => {
    expect((await fetch(`${pipeline.storeUrl}/v1/articles/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    expect((await fetch(`${pipeline.storeUrl}/v1/articles/not-a-uuid`)).status).toBe(400);
  });
});
