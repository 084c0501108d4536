/**
 * A 202 is a promise: a corpus mixing normal articles in every format with
 * the kinds of push that could be accepted and then lost, dropped or stored
 * with markup, through the three services on the real Kafka and PostgreSQL.
 * Every 202 becomes a stored article and every refusal is a 4xx; no request
 * gets a 5xx; nothing reaches a dead-letter topic; no stored or announced
 * text field carries a tag.
 */
import { randomUUID } from 'node:crypto';
import { TOPICS } from '@news/contracts';
import { RunningPipeline, startPipeline, waitFor } from '../support/pipeline';
import { TopicTap, tapTopic } from '../support/topic-tap';
import { PromisePush, promiseCorpus } from './promise/corpus';

/** A tag of an element HTML defines, or an event-handler attribute: what must never leave the pipeline as text. */
const TAG =
  /<\/?(?:script|img|iframe|style|svg|a|b|i|p|div|span|object|embed|link|meta)\b|\bon(?:error|click|load)\s*=/i;

function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsOf(v, out);
  return out;
}

describe('a 202 is a promise (real Kafka and PostgreSQL)', () => {
  const run = randomUUID().slice(0, 8);
  const sourceId = `promise-${run}`;
  let p: RunningPipeline;
  let dlqRaw: TopicTap;
  let dlqNormalised: TopicTap;
  let stored: TopicTap;
  const answers = new Map<string, { status: number; body: { id?: string; accepted?: Array<{ id: string }> } }>();

  const push = async (c: PromisePush, extraHeaders: Record<string, string> = {}) => {
    const url = new URL(`${p.ingestUrl}/v1/articles`);
    for (const [k, v] of Object.entries(c.query ?? {})) url.searchParams.set(k, v);
    const headers = { 'content-type': c.contentType, 'x-source-id': sourceId, ...c.headers, ...extraHeaders };
    const res = await fetch(url, { method: 'POST', headers, body: c.body });
    const body = (await res.json()) as { id?: string; accepted?: Array<{ id: string }> };
    // A batch format (NDJSON) answers with the accepted items.
    return { status: res.status, body: { ...body, id: body.id ?? body.accepted?.[0]?.id } };
  };
  const article = async (id: string) => {
    const res = await fetch(`${p.storeUrl}/v1/articles/${id}`);
    return res.status === 200 ? ((await res.json()) as Record<string, unknown>) : undefined;
  };

  beforeAll(async () => {
    [dlqRaw, dlqNormalised, stored] = await Promise.all([
      tapTopic(`${TOPICS.articlesRaw.name}.dlq`),
      tapTopic(`${TOPICS.articlesNormalised.name}.dlq`),
      tapTopic(TOPICS.articlesStored.name),
    ]);
    p = await startPipeline();
    for (const c of promiseCorpus(sourceId, run)) answers.set(c.name, await push(c));
  });
  afterAll(async () => {
    await p?.stop();
    await Promise.all([dlqRaw, dlqNormalised, stored].map((t) => t?.stop()));
  });

  it('answers every push with 202 or a 4xx, never a 5xx', () => {
    for (const c of promiseCorpus(sourceId, run)) {
      const { status } = answers.get(c.name)!;
      expect([c.name, status < 500]).toEqual([c.name, true]);
      expect([c.name, c.expect === 'stored' ? status === 202 : status >= 400 && status < 500]).toEqual([c.name, true]);
    }
  });

  it('stores every article it accepted, with its words and without markup', async () => {
    for (const c of promiseCorpus(sourceId, run).filter((x) => x.expect === 'stored')) {
      const id = answers.get(c.name)!.body.id!;
      const a = await waitFor(`${c.name} stored`, () => article(id), 120_000);
      for (const w of c.words ?? []) expect([c.name, String(a.text)]).toEqual([c.name, expect.stringContaining(w)]);
      const tagged = stringsOf(a).filter((s) => TAG.test(s));
      expect([c.name, tagged]).toEqual([c.name, []]);
    }
  }, 300_000);

  it('announces no field with a tag', async () => {
    const ids = new Set([...answers.values()].map((a) => a.body.id).filter(Boolean));
    const events = stored.all().filter((m) => m.key !== null && ids.has(m.key));
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(stringsOf(JSON.parse(e.value)).filter((s) => TAG.test(s))).toEqual([]);
  });

  it('takes a headline-only correction as a new state of the article', async () => {
    const base = {
      sourceId,
      externalId: `${run}-headline`,
      body: 'Train drivers will strike on Friday, the union said.',
    };
    const first = await push({
      name: 'h1',
      contentType: 'application/json',
      body: JSON.stringify({ ...base, title: 'Train drivers to strik' }),
      expect: 'stored',
    });
    expect(first.status).toBe(202);
    const second = await push({
      name: 'h2',
      contentType: 'application/json',
      body: JSON.stringify({ ...base, title: 'Train drivers to strike' }),
      expect: 'stored',
    });
    expect(second.status).toBe(202);
    await waitFor(
      'the fixed headline',
      async () => (await article(first.body.id!))?.title === 'Train drivers to strike',
      60_000,
    );
  });

  it('refuses an Idempotency-Key reused for a different request (query string included)', async () => {
    const key = `promise-${run}`;
    const c: PromisePush = {
      name: 'idem',
      contentType: 'text/plain',
      body: 'The bridge will close for repairs in May, the council said.',
      expect: 'stored',
      query: { source: sourceId, externalId: `${run}-idem-1` },
    };
    expect((await push(c, { 'idempotency-key': key })).status).toBe(202);
    expect(
      (await push({ ...c, query: { source: sourceId, externalId: `${run}-idem-2` } }, { 'idempotency-key': key }))
        .status,
    ).toBe(422);
  });

  it('puts nothing in a dead-letter topic', async () => {
    // Everything accepted has been stored (above), so anything dead-lettered has been written by now.
    const ours = (t: TopicTap) =>
      t.all().filter((m) => m.headers['source-id'] === sourceId || m.value.includes(sourceId));
    expect(ours(dlqRaw)).toEqual([]);
    expect(ours(dlqNormalised)).toEqual([]);
  });
});
