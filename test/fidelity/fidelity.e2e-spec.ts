/**
 * Fidelity through the running pipeline: clean copy in 24 languages and
 * every shape wire copy comes in, pushed through every carrier, and the
 * IPTC's own examples, read back from the store API. Every text keeps at
 * least 99.5 % of its words, none is stored empty, and the feed's subjects,
 * urgency, byline, embargo and language are served. The corpus is the one
 * `npm run eval:fidelity` scores on the pure cores (tools/eval/fidelity).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { FidelityCase, fidelityCorpus } from '../../tools/eval/fidelity/corpus';
import { wordsKept } from '../../tools/eval/fidelity/words-kept';
import { RunningPipeline, startPipeline, waitFor } from '../support/pipeline';

const SHARED = process.env.NEWS_SHARED_DIR ?? resolve(__dirname, '..', '..', '..', 'shared');

/** One case per language and shape, the carrier rotating, so every carrier, shape and language is pushed. */
function sample(cases: FidelityCase[]): FidelityCase[] {
  const generated = cases.filter((c) => c.shape !== 'iptc');
  const groups = new Map<string, FidelityCase[]>();
  for (const c of generated)
    groups.set(`${c.language}/${c.shape}`, [...(groups.get(`${c.language}/${c.shape}`) ?? []), c]);
  const picked = [...groups.values()].map((g, i) => g[i % g.length]);
  return [...picked, ...cases.filter((c) => c.shape === 'iptc')];
}

interface Stored {
  text: string;
  title: string;
  language: string | null;
  qualityFlags: string[];
  embargoedUntil: string | null;
  feed: Record<string, unknown>;
}

describe('fidelity: every word and every field reaches the store (real Kafka and PostgreSQL)', () => {
  const source = `fidelity-${randomUUID().slice(0, 8)}`;
  const cases = sample(fidelityCorpus({ sharedDir: SHARED, split: 'all' }));
  const stored = new Map<string, Stored>();
  let p: RunningPipeline;

  const push = async (c: { contentType: string; body: string; headers?: Record<string, string> }) => {
    const res = await fetch(`${p.ingestUrl}/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': c.contentType, 'x-source-id': source, ...c.headers },
      body: c.body,
    });
    return { status: res.status, body: (await res.json()) as { id?: string; accepted?: Array<{ id: string }> } };
  };
  const read = (id: string) =>
    waitFor(
      `article ${id} stored`,
      async () => {
        const res = await fetch(`${p.storeUrl}/v1/articles/${id}`);
        return res.status === 200 ? ((await res.json()) as Stored) : undefined;
      },
      120_000,
    );

  beforeAll(async () => {
    p = await startPipeline();
    const ids = new Map<string, string>();
    for (const c of cases) {
      const answer = await push(c.push);
      // The 2.x and 3.x forms of one IPTC example share its uri: the second is the same version again (200 duplicate).
      if (answer.status !== 202 && !(answer.status === 200 && c.shape === 'iptc'))
        throw new Error(`${c.id}: ingest answered ${answer.status} ${JSON.stringify(answer.body)}`);
      ids.set(c.id, answer.body.id ?? answer.body.accepted![0].id);
    }
    for (const c of cases) stored.set(c.id, await read(ids.get(c.id)!));
  });
  afterAll(async () => {
    await p?.stop();
  });

  it('pushes every language, shape and carrier of the corpus', () => {
    expect(new Set(cases.map((c) => c.language)).size).toBeGreaterThanOrEqual(20);
    expect(new Set(cases.map((c) => c.shape)).size).toBeGreaterThanOrEqual(9);
    expect(cases.filter((c) => c.shape === 'iptc').length).toBeGreaterThanOrEqual(8);
  });

  it('keeps at least 99.5 % of the words of every text, and stores none empty', () => {
    const short = cases
      .map((c) => ({ id: c.id, ...wordsKept(c.referenceText, stored.get(c.id)!.text) }))
      .filter((r) => r.share < 0.995 || r.kept === 0);
    expect(short).toEqual([]);
  });

  describe('the IPTC examples', () => {
    const iptc = () => cases.filter((c) => c.shape === 'iptc');
    const sourceDoc = (c: FidelityCase): Record<string, unknown> | undefined =>
      c.push.contentType.includes('ninjs') ? (JSON.parse(c.push.body) as Record<string, unknown>) : undefined;
    const field = (doc: Record<string, unknown>, name: string) =>
      doc[name] ?? doc[name.replace(/^./, (x) => x.toUpperCase())];

    it('carries urgency, byline, subjects, slugline and language for every ninjs example that has them', () => {
      for (const c of iptc()) {
        const doc = sourceDoc(c);
        if (!doc) continue;
        const feed = stored.get(c.id)!.feed;
        if (doc.urgency !== undefined) expect([c.id, feed.urgency]).toEqual([c.id, Number(doc.urgency)]);
        if (typeof doc.by === 'string') expect([c.id, feed.byline]).toEqual([c.id, doc.by]);
        if (Array.isArray(doc.subjects)) {
          // Every subject the item lists is there (an embedded NITF may add its own).
          const names = (feed.subjects as Array<{ name?: string }>).map((x) => x.name);
          for (const sub of doc.subjects as Array<{ name?: string }>)
            expect([c.id, names]).toEqual([c.id, expect.arrayContaining([sub.name])]);
        }
        if (typeof doc.slugline === 'string') expect([c.id, feed.slugline]).toEqual([c.id, doc.slugline]);
        if (typeof field(doc, 'language') === 'string') {
          expect([c.id, feed.language]).toEqual([c.id, field(doc, 'language')]);
          expect([c.id, stored.get(c.id)!.language]).toEqual([c.id, field(doc, 'language')]);
        }
      }
    });

    it('stores the NewsML-G2 text document in the language it declares (en-US), with its subjects', () => {
      const listing = iptc().find((c) => c.id.includes('LISTING_2_'));
      expect(listing).toBeDefined();
      const a = stored.get(listing!.id)!;
      expect(a.language).toBe('en-US');
      expect(a.feed.language).toBe('en-US');
      expect((a.feed.subjects as unknown[]).length).toBeGreaterThan(0);
      expect(a.feed.byline).toMatch(/Meredith Jameson/);
    });
  });

  it('flags a body that is no story, or refuses it, and never stores it as one', async () => {
    const bodies: Array<{ name: string; body: string; contentType: string; provenance?: string }> = [
      { name: 'whitespace', body: ' \n\n\t \n', contentType: 'text/plain' },
      { name: 'emoji', body: '😀 🎉 👍👍', contentType: 'text/plain' },
      { name: 'markup', body: '<div><span></span><p> </p><br></div>', contentType: 'text/html' },
      {
        name: 'chrome',
        body: 'Home\nNews\nSport\nShare on Facebook\nSubscribe to our newsletter\nCookie policy',
        contentType: 'text/plain',
        provenance: 'scraped',
      },
    ];
    for (const b of bodies) {
      const answer = await push({
        contentType: 'application/json',
        body: JSON.stringify({
          externalId: `bad-${b.name}`,
          title: b.name,
          body: b.body,
          contentType: b.contentType,
          provenance: b.provenance,
        }),
      });
      if (answer.status !== 202) {
        expect([b.name, answer.status >= 400 && answer.status < 500]).toEqual([b.name, true]);
        continue;
      }
      const a = await read(answer.body.id!);
      expect([b.name, a.text, a.qualityFlags]).toEqual([b.name, '', expect.arrayContaining(['empty_after_cleaning'])]);
    }
    // A 2 MB single line is over the article limit: refused at the door, never half-read.
    const huge = await push({
      contentType: 'text/plain',
      body: 'word '.repeat(400_000),
      headers: { 'x-external-id': 'bad-huge' },
    });
    expect(huge.status).toBe(413);
  });

  it('holds an embargoed wire item back and serves it with its embargo once it lifts', async () => {
    const embargoed = new Date(Date.now() + 3_000).toISOString();
    const ninjs = JSON.parse(
      readFileSync(join(SHARED, 'datasets', 'iptc-examples', 'ninjs', '2.1-ntb_text.json'), 'utf8'),
    ) as Record<string, unknown>;
    const answer = await push({
      contentType: 'application/ninjs+json',
      body: JSON.stringify({ ...ninjs, uri: `urn:${source}:embargo`, embargoed }),
    });
    expect(answer.status).toBe(202);
    expect((await fetch(`${p.storeUrl}/v1/articles/${answer.body.id}`)).status).toBe(404);
    const a = await read(answer.body.id!);
    expect(a.embargoedUntil).toBe(embargoed);
    expect(a.feed.embargoedUntil).toBe(embargoed);
  });
});
