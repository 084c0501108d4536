/**
 * Every refusal ingest gives, against a real ingest on the real Kafka: the
 * status, the error shape, and that nothing refused reaches the topic.
 */
import { articleIdFor, TOPICS } from '@news/contracts';
import { signatureFor } from '../../apps/ingest/src/auth/signature';
import { waitFor } from '../support/pipeline';
import { TopicTap, tapTopic } from '../support/topic-tap';
import { bearer, newSource, post, RunningIngest, startIngest, TestSource } from './support/ingest-app';

const json = { 'content-type': 'application/json' };

describe('ingest refusals: 400 401 403 413 415 422 429 503', () => {
  let ingest: RunningIngest;
  let tap: TopicTap;
  let a: TestSource;
  let b: TestSource;
  let signed: TestSource;
  let limited: TestSource;

  beforeAll(async () => {
    a = newSource('err-a');
    b = newSource('err-b');
    signed = newSource('err-hmac', { hmacSecret: 'a-shared-secret-of-32-characters' });
    limited = newSource('err-rate', { rateLimitPerMinute: 3 });
    ingest = await startIngest([a, b, signed, limited], {
      INGEST_MAX_BODY_BYTES: '4096',
      INGEST_MAX_ARTICLE_BYTES: '200',
      INGEST_MAX_BATCH_ITEMS: '3',
    });
    tap = await tapTopic(TOPICS.articlesRaw.name);
  });

  afterAll(async () => {
    await tap?.stop();
    await ingest?.stop();
  });

  const article = (s: TestSource, externalId: string, extra: object = {}) =>
    JSON.stringify({ sourceId: s.id, externalId, body: 'Text.', ...extra });

  /** Pushes a good marker after refused pushes: once it is on the topic, anything refused would be too. */
  async function expectNothingPublishedFor(s: TestSource, externalIds: string[]) {
    const marker = `marker-${Math.random().toString(36).slice(2)}`;
    expect((await post(ingest.url, article(s, marker), { ...json, ...bearer(s) })).status).toBe(202);
    await waitFor('marker', async () => tap.byKey(articleIdFor(s.id, marker)).length === 1);
    for (const id of externalIds) expect(tap.byKey(articleIdFor(s.id, id))).toEqual([]);
  }

  it('401 without a key and with an unknown key; never 202', async () => {
    const none = await post(ingest.url, article(a, 'no-key'), json);
    expect(none.status).toBe(401);
    expect(await none.json()).toEqual({
      statusCode: 401,
      error: 'Unauthorized',
      message: expect.stringMatching(/API key is required/),
    });
    const wrong = await post(ingest.url, article(a, 'bad-key'), { ...json, authorization: 'Bearer not-a-key' });
    expect(wrong.status).toBe(401);
    const wrongHeader = await post(ingest.url, article(a, 'bad-key-2'), { ...json, 'x-api-key': 'nope' });
    expect(wrongHeader.status).toBe(401);
    await expectNothingPublishedFor(a, ['no-key', 'bad-key', 'bad-key-2']);
  });

  it('403 when a key pushes for another source (body, header or query)', async () => {
    const inBody = await post(ingest.url, article(b, 'foreign-body'), { ...json, ...bearer(a) });
    expect(inBody.status).toBe(403);
    expect(((await inBody.json()) as { message: string }).message).toContain(b.id);
    expect(
      (await post(ingest.url, article(a, 'foreign-hdr'), { ...json, ...bearer(a), 'x-source-id': b.id })).status,
    ).toBe(403);
    expect(
      (
        await post(
          ingest.url,
          'text',
          { 'content-type': 'text/plain', ...bearer(a) },
          `/v1/articles?source=${b.id}&externalId=q`,
        )
      ).status,
    ).toBe(403);
    // One foreign item refuses the whole batch.
    const batch = JSON.stringify([JSON.parse(article(a, 'mixed-1')), JSON.parse(article(b, 'mixed-2'))]);
    expect((await post(ingest.url, batch, { ...json, ...bearer(a) })).status).toBe(403);
    await expectNothingPublishedFor(a, ['foreign-hdr', 'mixed-1']);
    expect(tap.byKey(articleIdFor(b.id, 'foreign-body'))).toEqual([]);
  });

  it('401 for a missing or wrong HMAC signature; 202 with the right one', async () => {
    const body = article(signed, 'signed-1');
    const ts = String(Math.floor(Date.now() / 1000));
    const sign = (secret: string) =>
      signatureFor(secret, { method: 'POST', url: '/v1/articles', headers: json, body: Buffer.from(body) }, ts);
    expect((await post(ingest.url, body, { ...json, ...bearer(signed) })).status).toBe(401);
    const bad = await post(ingest.url, body, {
      ...json,
      ...bearer(signed),
      'x-signature-timestamp': ts,
      'x-signature-256': sign('another-secret-entirely!'),
    });
    expect(bad.status).toBe(401);
    expect(((await bad.json()) as { message: string }).message).toMatch(/X-Signature-256/);
    expect(
      (
        await post(ingest.url, body, {
          ...json,
          ...bearer(signed),
          'x-signature-timestamp': ts,
          'x-signature-256': 'sha256=zz',
        })
      ).status,
    ).toBe(401);
    const good = await post(ingest.url, body, {
      ...json,
      ...bearer(signed),
      'x-signature-timestamp': ts,
      'x-signature-256': sign('a-shared-secret-of-32-characters'),
    });
    expect(good.status).toBe(202);
  });

  it('413 for a request body over the limit, an article over the limit, and too many items', async () => {
    const huge = await post(ingest.url, article(a, 'huge', { body: 'x'.repeat(5000) }), { ...json, ...bearer(a) });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { message: string }).message).toMatch(/exceeds 4096 bytes/);

    const big = await post(ingest.url, article(a, 'big', { body: 'y'.repeat(300) }), { ...json, ...bearer(a) });
    expect(big.status).toBe(413);
    expect(((await big.json()) as { errors: Array<{ field: string }> }).errors[0].field).toBe('body');

    // In a batch, only the big item is refused (by index, with 413); the rest are published.
    const mixed = JSON.stringify([
      JSON.parse(article(a, 'small-1')),
      JSON.parse(article(a, 'big-2', { body: 'z'.repeat(300) })),
    ]);
    const res = await post(ingest.url, mixed, { ...json, ...bearer(a) });
    expect(res.status).toBe(202);
    expect(((await res.json()) as { rejected: unknown[] }).rejected).toEqual([
      { index: 1, statusCode: 413, errors: [expect.objectContaining({ field: 'body' })] },
    ]);

    const many = JSON.stringify([1, 2, 3, 4].map((i) => JSON.parse(article(a, `many-${i}`))));
    const tooMany = await post(ingest.url, many, { ...json, ...bearer(a) });
    expect(tooMany.status).toBe(413);
    expect(((await tooMany.json()) as { message: string }).message).toMatch(/at most 3/);
    await expectNothingPublishedFor(a, ['huge', 'big', 'big-2', 'many-1', 'many-4']);
  });

  it('415 for a Content-Type ingest does not read', async () => {
    const res = await post(ingest.url, '%PDF-1.4', { 'content-type': 'application/pdf', ...bearer(a) });
    expect(res.status).toBe(415);
    expect(((await res.json()) as { message: string }).message).toMatch(/application\/pdf is not a format/);
    expect((await fetch(`${ingest.url}/v1/articles`, { method: 'POST', headers: bearer(a) })).status).toBe(415);
  });

  it('400 naming each field of a bad single article; 400 for unreadable bodies and DTDs', async () => {
    const res = await post(
      ingest.url,
      JSON.stringify({ sourceId: a.id, externalId: 'bad', body: '', urgency: 12, publishedAt: 'soon' }),
      { ...json, ...bearer(a) },
    );
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: Array<{ field: string }> }).errors.map((e) => e.field).sort()).toEqual([
      'body',
      'publishedAt',
      'urgency',
    ]);
    expect((await post(ingest.url, '{"sourceId":', { ...json, ...bearer(a) })).status).toBe(400);
    const dtd = await post(ingest.url, '<!DOCTYPE x [<!ENTITY e "boom">]><rss><channel/></rss>', {
      'content-type': 'application/rss+xml',
      ...bearer(a),
    });
    expect(dtd.status).toBe(400);
    expect(((await dtd.json()) as { message: string }).message).toMatch(/DOCTYPE/);
    const malformed = await post(ingest.url, '<newsItem guid="x"><itemMeta></newsItem>', {
      'content-type': 'application/vnd.iptc.g2.newsitem+xml',
      ...bearer(a),
    });
    expect(malformed.status).toBe(400);
    expect(
      (await post(ingest.url, article(a, 'c'), { ...json, ...bearer(a), 'x-correlation-id': 'bad id!' })).status,
    ).toBe(400);
  });

  it('422 for a batch with no valid item, naming items.<index>.<field>', async () => {
    const batch = JSON.stringify([
      { sourceId: a.id, body: 'no id' },
      { sourceId: a.id, externalId: 'x', body: '' },
    ]);
    const res = await post(ingest.url, batch, { ...json, ...bearer(a) });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { errors: Array<{ field: string }>; rejected: Array<{ index: number }> };
    expect(body.errors.map((e) => e.field)).toEqual(['items.0.externalId', 'items.0.url', 'items.1.body']);
    expect(body.rejected.map((r) => r.index)).toEqual([0, 1]);
    expect((await post(ingest.url, '[]', { ...json, ...bearer(a) })).status).toBe(422);
  });

  it('422 with the reason for a well-formed non-story: no text, remote content, picture, unknown root', async () => {
    const ninjs = { 'content-type': 'application/ninjs+json', ...bearer(a) };
    const empty = await post(ingest.url, JSON.stringify({ uri: 'urn:err:empty', headline: 'Only a headline' }), ninjs);
    expect(empty.status).toBe(422);
    expect(await empty.json()).toMatchObject({
      statusCode: 422,
      errors: [{ field: 'body', messages: ['no text: the item carries no body, description or other story text'] }],
    });
    const remote = await post(
      ingest.url,
      JSON.stringify({ uri: 'urn:err:remote', renditions: { nitf: { href: 'https://api.example/x' } } }),
      ninjs,
    );
    expect(remote.status).toBe(422);
    expect(((await remote.json()) as { message: string }).message).toMatch(
      /^remote content: .*https:\/\/api\.example\/x/,
    );
    // In a batch each such item is rejected with 422 beside the accepted ones.
    const batch = JSON.stringify([
      { uri: 'urn:err:ok', body_text: 'Words.' },
      { uri: 'urn:err:pic', type: 'picture', headline: 'Photo' },
    ]);
    const mixed = await post(ingest.url, batch, ninjs);
    expect(mixed.status).toBe(202);
    expect(((await mixed.json()) as { rejected: unknown[] }).rejected).toEqual([
      { index: 1, statusCode: 422, errors: [{ field: 'type', messages: ['not a text item: a ninjs picture item'] }] },
    ]);
    const unknownRoot = await post(ingest.url, '<Inventory xmlns="urn:example:stock"><Item/></Inventory>', {
      'content-type': 'application/xml',
      ...bearer(a),
    });
    expect(unknownRoot.status).toBe(422);
    expect(((await unknownRoot.json()) as { message: string }).message).toMatch(
      /root element <Inventory> \(namespace urn:example:stock\)/,
    );
    await expectNothingPublishedFor(a, ['urn:err:empty', 'urn:err:remote', 'urn:err:pic']);
  });

  it('400, never 500, for XML nested 102-253 levels deep, undefined entities, references to no character', async () => {
    const rss = (inner: string) =>
      `<rss><channel><item><guid>deep</guid><title>T</title><description>${inner}</description></item></channel></rss>`;
    const cases = [
      rss(`${'<b>'.repeat(150)}x${'</b>'.repeat(150)}`),
      rss('&lol;'),
      rss('&#99999999999;'),
      `<newsItem guid="d">${'<div>'.repeat(300)}${'</div>'.repeat(300)}</newsItem>`,
    ];
    const answers = await Promise.all(
      cases.map((body) => post(ingest.url, body, { 'content-type': 'application/xml', ...bearer(a) })),
    );
    const bodies = await Promise.all(
      answers.map(async (r) => [r.status, (await r.json()) as { message: string; rejected?: unknown }] as const),
    );
    const messages = bodies.map(([status, body]) => [status, body.message]);
    // 150 levels are within the limit of 256: the RSS is read, and its item refused only for its size
    // (INGEST_MAX_ARTICLE_BYTES here).
    expect(bodies[0][1].rejected).toEqual([
      { index: 0, statusCode: 413, errors: [expect.objectContaining({ field: 'body' })] },
    ]);
    expect(messages).toEqual([
      [422, 'no article of the batch was valid'],
      [400, expect.stringMatching(/undefined entity &lol;/)],
      [400, expect.stringMatching(/&#99999999999; is not a legal XML character/)],
      [400, 'XML nests deeper than 256 elements'],
    ]);
  });

  it('429 with Retry-After once a source is over its rate; other sources unaffected', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 5; i++) {
      const res = await post(ingest.url, article(limited, `rate-${i}`), { ...json, ...bearer(limited) });
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers.get('retry-after');
    }
    expect(statuses).toEqual([202, 202, 202, 429, 429]);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    expect((await post(ingest.url, article(a, 'not-limited'), { ...json, ...bearer(a) })).status).toBe(202);
  });
});

describe('ingest refusal 503: Kafka unreachable', () => {
  it('answers 503 with Retry-After and never 202', async () => {
    const s = newSource('err-down');
    const down = await startIngest([s], { KAFKA_BROKERS: '127.0.0.1:1', KAFKA_PRODUCE_TIMEOUT_MS: '1000' });
    try {
      const res = await post(down.url, JSON.stringify({ sourceId: s.id, externalId: 'x', body: 'y' }), {
        ...json,
        ...bearer(s),
      });
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
    } finally {
      await down.stop();
    }
  });
});
