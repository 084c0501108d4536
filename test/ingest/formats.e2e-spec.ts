/**
 * Every wire format, pushed to a real ingest → the exact raw events on the
 * real Kafka topic: key (the article id), headers and payload.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleIdFor, TOPICS } from '@news/contracts';
import { waitFor } from '../support/pipeline';
import { TopicTap, tapTopic } from '../support/topic-tap';
import { bearer, newSource, post, RunningIngest, startIngest, TestSource } from './support/ingest-app';

const fixture = (name: string) => readFileSync(join(__dirname, '../../libs/wire-formats/fixtures', name), 'utf8');

describe('ingest: every format → exact raw events on Kafka', () => {
  let ingest: RunningIngest;
  let tap: TopicTap;
  let src: TestSource;

  beforeAll(async () => {
    src = newSource('fmt');
    ingest = await startIngest([src]);
    tap = await tapTopic(TOPICS.articlesRaw.name);
  });

  afterAll(async () => {
    await tap?.stop();
    await ingest?.stop();
  });

  /** Waits for the one event of `externalId` and checks key, headers and the whole payload. */
  async function expectEvent(externalId: string, article: Record<string, unknown>, correlationId?: string) {
    const id = articleIdFor(src.id, externalId);
    const [msg] = await waitFor(`event of ${externalId}`, async () =>
      tap.byKey(id).length > 0 ? tap.byKey(id) : undefined,
    );
    const value = JSON.parse(msg.value) as { envelope: Record<string, unknown>; article: Record<string, unknown> };
    expect(msg.key).toBe(id);
    expect(msg.headers).toEqual({
      'event-id': value.envelope.eventId,
      'correlation-id': correlationId ?? value.envelope.eventId,
      'source-id': src.id,
      'schema-version': '1',
      'content-type': 'application/json',
      // CloudEvents Kafka binding (docs/api.md): the same event, named the CloudEvents way.
      ce_specversion: '1.0',
      ce_id: value.envelope.eventId,
      ce_source: '/news-pipeline/ingest',
      ce_type: 'org.news-pipeline.article.raw.v1',
      ce_subject: id,
      ce_time: value.envelope.receivedAt,
    });
    expect(value.envelope).toEqual({
      eventId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      schemaVersion: 1,
      sourceId: src.id,
      receivedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      correlationId: correlationId ?? value.envelope.eventId,
    });
    expect(value.article).toEqual({ articleId: id, ...article });
    return { id, value, count: tap.byKey(id).length };
  }

  it('project JSON, one article', async () => {
    const body = { ...JSON.parse(fixture('project-article.json')), sourceId: src.id };
    const res = await post(ingest.url, JSON.stringify(body), {
      'content-type': 'application/json',
      'x-correlation-id': 'corr-json-1',
      ...bearer(src),
    });
    expect(res.status).toBe(202);
    const json = (await res.json()) as Record<string, unknown>;
    expect(json).toEqual({
      status: 'accepted',
      id: articleIdFor(src.id, 'ex-2026-0001'),
      eventId: expect.any(String),
      correlationId: 'corr-json-1',
    });
    await expectEvent(
      'ex-2026-0001',
      {
        externalId: 'ex-2026-0001',
        url: 'https://news.example.com/2026/harbour-bridge-reopens',
        title: 'Harbour bridge reopens after repairs',
        body: '<p>The harbour bridge reopened on Monday after six weeks of repairs.</p>',
        contentType: 'text/html',
        language: 'en',
        publishedAt: '2026-11-27T08:00:00.000Z',
        version: 1,
        pubStatus: 'usable',
        provenance: 'edited',
        feed: { language: 'en', provenance: 'edited' },
      },
      'corr-json-1',
    );
  });

  it('project JSON batch: good items published, the bad one named by index', async () => {
    const items = (JSON.parse(fixture('project-batch.json')) as Array<Record<string, unknown>>).map((i) => ({
      ...i,
      sourceId: src.id,
    }));
    const res = await post(ingest.url, JSON.stringify(items), { 'content-type': 'application/json', ...bearer(src) });
    expect(res.status).toBe(202);
    const json = (await res.json()) as {
      status: string;
      accepted: Array<{ index: number; id: string }>;
      rejected: Array<{ index: number; errors: Array<{ field: string }> }>;
    };
    expect(json.status).toBe('partial');
    expect(json.accepted.map((a) => a.index)).toEqual([0, 2]);
    expect(json.rejected).toEqual([
      {
        index: 1,
        statusCode: 400,
        errors: [expect.objectContaining({ field: 'body' }), expect.objectContaining({ field: 'publishedAt' })],
      },
    ]);
    const edited = { provenance: 'edited', feed: { provenance: 'edited' } };
    await expectEvent('ex-batch-1', {
      externalId: 'ex-batch-1',
      title: 'First',
      body: 'First story text.',
      contentType: 'text/plain',
      version: 1,
      pubStatus: 'usable',
      ...edited,
    });
    await expectEvent('https://news.example.com/third', {
      url: 'https://news.example.com/third',
      title: 'Third',
      body: '<p>Third story.</p>',
      contentType: 'text/html',
      version: 1,
      pubStatus: 'usable',
      ...edited,
    });
    expect(tap.byKey(articleIdFor(src.id, 'ex-batch-2'))).toEqual([]);
  });

  it('NDJSON: the malformed line is rejected, the others published', async () => {
    const body = fixture('project-articles.ndjson').replaceAll('"example-wire"', JSON.stringify(src.id));
    const res = await post(ingest.url, body, { 'content-type': 'application/x-ndjson', ...bearer(src) });
    expect(res.status).toBe(202);
    const json = (await res.json()) as { accepted: Array<{ index: number }>; rejected: Array<{ index: number }> };
    expect(json.accepted.map((a) => a.index)).toEqual([0, 2]);
    expect(json.rejected.map((r) => r.index)).toEqual([1]);
    await expectEvent('ex-nd-3', {
      externalId: 'ex-nd-3',
      body: 'Line three story.',
      contentType: 'text/plain',
      version: 2,
      pubStatus: 'usable',
      provenance: 'edited',
      feed: { provenance: 'edited' },
    });
  });

  it('ninjs 2.x', async () => {
    const res = await post(ingest.url, fixture('ninjs-2.json'), {
      'content-type': 'application/ninjs+json',
      ...bearer(src),
    });
    expect(res.status).toBe(202);
    await expectEvent('urn:example:ninjs:2026:council-budget', {
      externalId: 'urn:example:ninjs:2026:council-budget',
      url: 'https://news.example.com/2026/council-budget',
      title: "Council approves next year's budget",
      body: '<p>The city council approved the budget by 31 votes to 12.</p><p>Spending on transport rises by 4%.</p>',
      contentType: 'text/html',
      language: 'en-GB',
      publishedAt: '2026-11-27T07:30:00.000Z',
      version: 3,
      versionCreated: '2026-11-27T09:15:00.000Z',
      pubStatus: 'usable',
      format: 'ninjs',
      urgency: 3,
      subjects: ['government budget', 'local government'],
      authors: ['Jane Example'],
      embargoedUntil: '2026-11-27T10:00:00.000Z',
      provenance: 'edited',
      feed: {
        language: 'en-GB',
        format: 'ninjs',
        provenance: 'edited',
        urgency: 3,
        subjects: [
          { name: 'government budget', uri: 'http://cv.iptc.org/newscodes/mediatopic/20000438' },
          { name: 'local government' },
        ],
        authors: ['Jane Example'],
        byline: 'Jane Example',
        firstCreated: '2026-11-27T07:30:00.000Z',
        versionCreated: '2026-11-27T09:15:00.000Z',
        embargoedUntil: '2026-11-27T10:00:00.000Z',
      },
    });
  });

  it('NewsML-G2 newsItem', async () => {
    const res = await post(ingest.url, fixture('newsml-newsitem.xml'), {
      'content-type': 'application/vnd.iptc.g2.newsitem+xml',
      ...bearer(src),
    });
    expect(res.status).toBe(202);
    await expectEvent('urn:newsml:example.com:20261127:flood-warning', {
      externalId: 'urn:newsml:example.com:20261127:flood-warning',
      url: 'https://news.example.com/2026/flood-warning',
      title: 'Flood warning for the river valley & coast',
      body:
        '<p>Forecasters issued a flood warning for the river valley.</p>\n<p>Residents should move valuables ' +
        'upstairs \u2014 officials said.</p>',
      contentType: 'text/html',
      language: 'en',
      publishedAt: '2026-11-27T06:00:00.000Z',
      version: 2,
      versionCreated: '2026-11-27T06:45:00.000Z',
      pubStatus: 'usable',
      format: 'newsml-g2',
      urgency: 2,
      subjects: ['medtop:06000000', 'medtop:20000148'],
      authors: ['Sam Reporter'],
      provenance: 'edited',
      feed: {
        language: 'en',
        format: 'newsml-g2',
        provenance: 'edited',
        urgency: 2,
        subjects: [
          { scheme: 'medtop', code: 'medtop:06000000', name: 'environment' },
          { scheme: 'medtop', code: 'medtop:20000148', name: 'flood' },
        ],
        authors: ['Sam Reporter'],
        firstCreated: '2026-11-27T06:00:00.000Z',
        versionCreated: '2026-11-27T06:45:00.000Z',
      },
    });
  });

  it('NewsML-G2 newsMessage: several articles, a kill among them', async () => {
    const res = await post(ingest.url, fixture('newsml-newsmessage.xml'), {
      'content-type': 'application/vnd.iptc.g2.newsmessage+xml',
      ...bearer(src),
    });
    expect(res.status).toBe(202);
    expect(((await res.json()) as { accepted: unknown[] }).accepted).toHaveLength(3);
    await expectEvent('urn:newsml:example.com:20261127:old-story', {
      externalId: 'urn:newsml:example.com:20261127:old-story',
      title: 'Withdrawn',
      body: 'This story has been withdrawn.',
      contentType: 'text/plain',
      version: 5,
      versionCreated: '2026-11-27T11:55:00.000Z',
      pubStatus: 'canceled',
      format: 'newsml-g2',
      provenance: 'edited',
      feed: { format: 'newsml-g2', provenance: 'edited', versionCreated: '2026-11-27T11:55:00.000Z' },
    });
    await expectEvent('urn:newsml:example.com:20261127:match-report', {
      externalId: 'urn:newsml:example.com:20261127:match-report',
      title: 'United win the derby',
      body: 'United beat City 2-1 in the derby on Saturday <late goal>.',
      contentType: 'text/plain',
      language: 'en',
      version: 1,
      versionCreated: '2026-11-27T11:50:00.000Z',
      pubStatus: 'usable',
      format: 'newsml-g2',
      provenance: 'edited',
      feed: { language: 'en', format: 'newsml-g2', provenance: 'edited', versionCreated: '2026-11-27T11:50:00.000Z' },
    });
  });

  it('RSS 2.0: items published, the unidentifiable one rejected by index', async () => {
    const res = await post(ingest.url, fixture('rss-2.xml'), { 'content-type': 'application/rss+xml', ...bearer(src) });
    expect(res.status).toBe(202);
    const json = (await res.json()) as { rejected: Array<{ index: number }> };
    expect(json.rejected.map((r) => r.index)).toEqual([2]);
    await expectEvent('example-rss-1001', {
      externalId: 'example-rss-1001',
      url: 'https://news.example.com/2026/library-hours',
      title: 'Library opens late on Thursdays',
      body: '<p>The central library will open until <b>9pm</b> on Thursdays from January.</p>',
      contentType: 'text/html',
      language: 'en-us',
      publishedAt: '2026-11-27T08:00:00.000Z',
      version: 1,
      pubStatus: 'usable',
      format: 'rss',
      subjects: ['Local', 'Libraries'],
      authors: ['Alex Writer'],
      provenance: 'edited',
      feed: {
        language: 'en-us',
        format: 'rss',
        provenance: 'edited',
        subjects: [{ name: 'Local' }, { scheme: 'https://news.example.com/tags', name: 'Libraries' }],
        authors: ['Alex Writer'],
        description: 'The central library will open until 9pm.',
      },
    });
  });

  it('Atom', async () => {
    const res = await post(ingest.url, fixture('atom.xml'), { 'content-type': 'application/atom+xml', ...bearer(src) });
    expect(res.status).toBe(202);
    await expectEvent('tag:news.example.org,2026:museum-wing', {
      externalId: 'tag:news.example.org,2026:museum-wing',
      url: 'https://news.example.org/2026/museum-wing',
      title: 'Museum gets new wing',
      body: '<p>The museum opened a new wing &amp; a café.</p>',
      contentType: 'text/html',
      language: 'en',
      publishedAt: '2026-11-27T09:00:00.000Z',
      version: 1,
      versionCreated: '2026-11-27T10:00:00.000Z',
      pubStatus: 'usable',
      format: 'atom',
      subjects: ['culture'],
      authors: ['Robin Critic'],
      provenance: 'edited',
      feed: {
        language: 'en',
        format: 'atom',
        provenance: 'edited',
        subjects: [{ code: 'culture' }],
        authors: ['Robin Critic'],
        versionCreated: '2026-11-27T10:00:00.000Z',
      },
    });
  });

  it('HTML with metadata in headers', async () => {
    const res = await post(ingest.url, fixture('article.html'), {
      'content-type': 'text/html; charset=utf-8',
      'x-article-url': 'https://news.example.com/2026/ferry',
      'x-published-at': '2026-11-27T12:00:00Z',
      'content-language': 'en',
      ...bearer(src),
    });
    expect(res.status).toBe(202);
    await expectEvent('https://news.example.com/2026/ferry', {
      url: 'https://news.example.com/2026/ferry',
      title: 'Ferry timetable changes',
      body: fixture('article.html'),
      contentType: 'text/html',
      language: 'en',
      publishedAt: '2026-11-27T12:00:00.000Z',
      version: 1,
      pubStatus: 'usable',
      format: 'html',
      provenance: 'unknown',
      feed: { language: 'en', format: 'html', provenance: 'unknown' },
    });
  });

  it('plain text with metadata in query parameters', async () => {
    const q = new URLSearchParams({
      source: src.id,
      externalId: 'txt-1',
      title: 'Ferry: new timetable',
      language: 'en',
    });
    const res = await post(
      ingest.url,
      fixture('article.txt'),
      { 'content-type': 'text/plain', ...bearer(src) },
      `/v1/articles?${q}`,
    );
    expect(res.status).toBe(202);
    await expectEvent('txt-1', {
      externalId: 'txt-1',
      title: 'Ferry: new timetable',
      body: fixture('article.txt'),
      contentType: 'text/plain',
      language: 'en',
      version: 1,
      pubStatus: 'usable',
      format: 'text',
      provenance: 'unknown',
      feed: { language: 'en', format: 'text', provenance: 'unknown' },
    });
  });
});
