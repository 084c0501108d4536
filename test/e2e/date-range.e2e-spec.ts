/**
 * Dates the store cannot hold are refused at the door (422 naming the field),
 * in every format and every date field; dates at the edges of the accepted
 * range go all the way into PostgreSQL. Real ingest, normaliser, store, Kafka
 * and PostgreSQL.
 */
import { articleIdFor, TOPICS } from '@news/contracts';
import { RunningPipeline, startPipeline, waitFor } from '../support/pipeline';
import { TopicTap, tapTopic } from '../support/topic-tap';

const OUT_OF_RANGE = ['+010000-01-01T00:00:00Z', '+275760-09-13T00:00:00Z', '0000-01-01T00:00:00Z'];
const json = { 'content-type': 'application/json' };

interface Refusal {
  statusCode: number;
  errors?: Array<{ field: string; messages: string[] }>;
}

describe('dates outside the storable range: 422 at ingest, never a dead letter', () => {
  let p: RunningPipeline;
  let tap: TopicTap;
  const source = `dates-${Date.now().toString(36)}`;

  beforeAll(async () => {
    p = await startPipeline();
    tap = await tapTopic(TOPICS.articlesRaw.name);
  });

  afterAll(async () => {
    await tap?.stop();
    await p?.stop();
  });

  const push = (body: string, headers: Record<string, string> = json, query = '') =>
    fetch(`${p.ingestUrl}/v1/articles${query}`, { method: 'POST', headers, body });

  it.each(['publishedAt', 'versionCreated', 'embargoedUntil', 'firstCreated'])(
    'refuses %s out of range in project JSON with 422 naming it',
    async (field) => {
      for (const [i, value] of OUT_OF_RANGE.entries()) {
        const res = await push(
          JSON.stringify({ sourceId: source, externalId: `${field}-${i}`, body: 'Text.', [field]: value }),
        );
        const body = (await res.json()) as Refusal;
        expect({ value, status: res.status, fields: body.errors?.map((e) => e.field) }).toEqual({
          value,
          status: 422,
          fields: [field],
        });
        expect(body.errors![0].messages[0]).toMatch(/between 1000-01-01T00:00:00.000Z and 9999-12-31T23:59:59.999Z/);
      }
    },
  );

  it('refuses them in headers, ninjs and NewsML too, and in a batch only the item', async () => {
    const text = await push('Plain text.', {
      'content-type': 'text/plain',
      'x-source-id': source,
      'x-external-id': 'hdr',
      'x-published-at': OUT_OF_RANGE[1],
    });
    expect(text.status).toBe(422);
    expect(((await text.json()) as Refusal).errors!.map((e) => e.field)).toEqual(['publishedAt']);

    const ninjs = {
      uri: `urn:${source}:n1`,
      type: 'text',
      firstcreated: OUT_OF_RANGE[2],
      bodies: [{ role: 'main', contenttype: 'text/plain', value: 'Body.' }],
    };
    const n = await push(JSON.stringify(ninjs), { 'content-type': 'application/ninjs+json', 'x-source-id': source });
    expect(n.status).toBe(422);

    const newsml =
      `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:${source}:g1" ` +
      `version="1"><itemMeta><versionCreated>${OUT_OF_RANGE[0]}</versionCreated></itemMeta><contentSet><inlineXML ` +
      `contenttype="application/nitf+xml"><nitf><body><body.content><p>Body.</p></body.content></body></nitf>` +
      `</inlineXML></contentSet></newsItem>`;
    const g = await push(newsml, { 'content-type': 'application/vnd.iptc.g2.newsitem+xml', 'x-source-id': source });
    expect({ status: g.status, fields: ((await g.json()) as Refusal).errors?.map((e) => e.field) }).toEqual({
      status: 422,
      fields: ['versionCreated'],
    });

    const batch = await push(
      JSON.stringify([
        { sourceId: source, externalId: 'batch-bad', body: 'x', publishedAt: OUT_OF_RANGE[0] },
        { sourceId: source, externalId: 'batch-malformed', body: 'x', publishedAt: 'soon' },
        { sourceId: source, externalId: 'batch-good', body: 'x', publishedAt: '2026-01-01T00:00:00Z' },
      ]),
    );
    expect(batch.status).toBe(202);
    const result = (await batch.json()) as { rejected: Array<{ index: number; statusCode: number }> };
    expect(result.rejected.map((r) => [r.index, r.statusCode])).toEqual([
      [0, 422],
      [1, 400],
    ]);

    await waitFor(
      'the good batch item on the raw topic',
      async () => tap.byKey(articleIdFor(source, 'batch-good')).length === 1,
    );
    for (const id of ['hdr', 'batch-bad', 'publishedAt-0', 'firstCreated-2'])
      expect(tap.byKey(articleIdFor(source, id))).toEqual([]);
  });

  it('stores the edges of the range in PostgreSQL', async () => {
    const edges = [
      { externalId: 'edge-min', publishedAt: '1000-01-01T00:00:00.000Z', versionCreated: '1000-01-01T00:00:00.000Z' },
      {
        externalId: 'edge-max',
        publishedAt: '9999-12-31T23:59:59.999Z',
        embargoedUntil: '2000-01-01T00:00:00Z',
        firstCreated: '9999-12-31T23:59:59.999Z',
      },
    ];
    for (const e of edges)
      expect(
        (await push(JSON.stringify({ sourceId: source, body: 'An article at the edge of time.', ...e }))).status,
      ).toBe(202);
    for (const e of edges) {
      const id = articleIdFor(source, e.externalId);
      const stored = await waitFor(`${e.externalId} stored`, async () => {
        const res = await fetch(`${p.storeUrl}/v1/articles/${id}`);
        return res.ok ? ((await res.json()) as { publishedAt: string }) : undefined;
      });
      expect(new Date(stored.publishedAt).toISOString()).toBe(e.publishedAt);
    }
  });
});
