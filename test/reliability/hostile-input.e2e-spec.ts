/**
 * Hostile inputs, tried for real: every ingest format gets malformed,
 * oversized, deeply nested, badly encoded and injected bodies, with the three
 * services running as processes on the real Kafka and PostgreSQL. Refused
 * inputs get a 4xx naming the problem and are never stored; accepted ones are
 * stored (and served by the API) with no script, style, handler or control
 * character left; SQL metacharacters in every query parameter of the search
 * API get a 200 or a 400, never a 5xx, never more than they ask for. No
 * service dies.
 */
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { TOPICS } from '@news/contracts';
import { startGroupAtEnd } from '../../tools/harness/consumer-groups';
import { ServiceProcess, startService } from '../../tools/harness/processes';
import { waitFor } from '../support/pipeline';
import { SEARCH_PARAMS } from '../../apps/store/src/query/search-params';
import { HostileCase, hostileCorpus, SanitisedCase, SQL_METACHARACTERS } from './hostile/corpus';

const TIMEOUT_MS = 300_000;

interface ArticleJson {
  id: string;
  title: string;
  text: string;
  externalId: string | null;
}

describe('hostile input through every format', () => {
  let db: Client;
  let ingest: ServiceProcess;
  let normaliser: ServiceProcess;
  let store: ServiceProcess;
  const run = randomUUID().slice(0, 8);
  const sourceId = `hostile-${run}`;
  const corpus = hostileCorpus(sourceId, run);
  const answers = new Map<string, { status: number; body: Record<string, unknown> }>();

  beforeAll(async () => {
    db = new Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    const common = { KAFKA_START_FROM: 'earliest', LOG_LEVEL: 'warn' };
    const groups = { normaliser: `hostile-normaliser-${run}`, store: `hostile-store-${run}` };
    await startGroupAtEnd(groups.normaliser, TOPICS.articlesRaw.name);
    await startGroupAtEnd(groups.store, TOPICS.articlesNormalised.name);
    store = await startService('store', { ...common, KAFKA_GROUP_ID: groups.store });
    normaliser = await startService('normaliser', { ...common, KAFKA_GROUP_ID: groups.normaliser });
    ingest = await startService('ingest', { ...common, INGEST_MAX_BODY_BYTES: String(1024 * 1024) });
    for (const c of corpus) answers.set(c.name, await push(c));
  }, TIMEOUT_MS);

  afterAll(async () => {
    for (const p of [ingest, normaliser, store]) if (p && p.child.exitCode === null) p.child.kill('SIGKILL');
    await db?.end();
  });

  async function push(c: HostileCase) {
    const query = new URLSearchParams(c.query ?? { source: sourceId }).toString();
    const res = await fetch(`${ingest.url}/v1/articles?${query}`, {
      method: 'POST',
      headers: { 'content-type': c.contentType, 'x-source-id': sourceId },
      body: new Uint8Array(c.body),
    });
    const text = await res.text();
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(text) as Record<string, unknown>;
    } catch {
      body = { unparsable: text.slice(0, 200) };
    }
    return { status: res.status, body };
  }

  const refusedCases = corpus.filter((c) => c.expect === 'refused');
  const sanitisedCases = corpus.filter((c): c is SanitisedCase => c.expect === 'sanitised');

  it.each(refusedCases.map((c) => [c.name, c] as const))('refuses %s with a clear 4xx', (_name, c) => {
    if (c.expect !== 'refused') throw new Error('not a refused case');
    const answer = answers.get(c.name)!;
    const described = JSON.stringify(answer.body);
    expect({ status: answer.status, allowed: c.status.includes(answer.status) }).toEqual({
      status: answer.status,
      allowed: true,
    });
    expect(typeof answer.body.message).toBe('string');
    expect(described).toMatch(c.message);
  });

  it.each(sanitisedCases.map((c) => [c.name, c] as const))(
    'accepts %s and stores and serves it sanitised',
    async (_name, c) => {
      expect(answers.get(c.name)!.status).toBe(202);
      const id = await waitFor(
        `${c.name} stored`,
        async () => {
          const r = await db.query<{ id: string }>(
            `SELECT id FROM articles WHERE source_id = $1 AND (strpos(external_id, $2) > 0 OR strpos(url, $2) > 0)`,
            [sourceId, c.needle],
          );
          return r.rows[0]?.id;
        },
        120_000,
      );
      const res = await fetch(`${store.url}/v1/articles/${id}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      const article = (await res.json()) as ArticleJson;
      const served = `${article.title}\n${article.text}`;
      for (const bad of c.absent)
        expect({ contains: bad, found: served.toLowerCase().includes(bad.toLowerCase()) }).toEqual({
          contains: bad,
          found: false,
        });
      for (const good of c.present) expect(article.text).toContain(good);
      // The history and the search excerpt are served from the same clean text.
      const hits = (await (
        await fetch(`${store.url}/v1/articles?source=${sourceId}&q=Portmeirion&limit=100`)
      ).json()) as { items: Array<{ id: string; excerpt: string; title: string }> };
      const hit = hits.items.find((h) => h.id === id);
      expect(hit).toBeDefined();
      for (const bad of c.absent)
        expect(`${hit!.title}\n${hit!.excerpt}`.toLowerCase()).not.toContain(bad.toLowerCase());
    },
    TIMEOUT_MS,
  );

  it(
    'keeps SQL metacharacters in ingest query parameters as data',
    async () => {
      const c = sanitisedCases.find((x) => x.name === 'text-sql-metacharacters-in-ids')!;
      const r = await waitFor(
        'stored',
        async () => {
          const rows = await db.query<{ external_id: string; title: string }>(
            'SELECT external_id, title FROM articles WHERE source_id = $1 AND strpos(external_id, $2) > 0',
            [sourceId, c.needle],
          );
          return rows.rows[0];
        },
        120_000,
      );
      expect(r.external_id).toBe(c.query!.externalId);
      expect(r.title).toBe(c.query!.title);
    },
    TIMEOUT_MS,
  );

  it(
    'stores nothing that was refused',
    async () => {
      // Every sanitised case is stored by now (the tests above waited); refused ones must be absent.
      await waitFor(
        'all accepted cases stored',
        async () => {
          const r = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM articles WHERE source_id = $1', [
            sourceId,
          ]);
          return r.rows[0].n >= sanitisedCases.length;
        },
        120_000,
      );
      const r = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM articles WHERE source_id = $1', [
        sourceId,
      ]);
      expect(r.rows[0].n).toBe(sanitisedCases.length);
    },
    TIMEOUT_MS,
  );

  it(
    'answers SQL metacharacters in every search parameter with 200 or 400, never more rows than asked',
    async () => {
      const before = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM articles');
      const failures: string[] = [];
      for (const param of SEARCH_PARAMS) {
        for (const value of SQL_METACHARACTERS) {
          const query = new URLSearchParams({ [param.name]: value, source: sourceId });
          const url = `${store.url}/v1/articles?${query.toString()}`;
          const res = await fetch(url);
          const body = (await res.json().catch(() => null)) as {
            items?: Array<{ id: string }>;
            errors?: Array<{ field: string }>;
          } | null;
          if (res.status === 400) {
            if (!body?.errors?.some((e) => e.field === param.name))
              failures.push(`${param.name}=${JSON.stringify(value)}: 400 without naming the parameter`);
          } else if (res.status === 200) {
            // Name filters match exact names only: nobody in this corpus is called that.
            if (['person', 'organisation', 'place'].includes(param.name) && body!.items!.length > 0)
              failures.push(`${param.name}=${JSON.stringify(value)}: matched ${body!.items!.length}`);
          } else {
            failures.push(`${param.name}=${JSON.stringify(value)}: status ${res.status}`);
          }
        }
      }
      for (const value of SQL_METACHARACTERS) {
        const res = await fetch(`${store.url}/v1/articles/${encodeURIComponent(value)}`);
        if (![400, 404].includes(res.status))
          failures.push(`/v1/articles/${JSON.stringify(value)}: status ${res.status}`);
        const versions = await fetch(`${store.url}/v1/articles/${encodeURIComponent(value)}/versions`);
        if (![400, 404].includes(versions.status))
          failures.push(`/v1/articles/${JSON.stringify(value)}/versions: status ${versions.status}`);
      }
      expect(failures).toEqual([]);
      const after = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM articles');
      expect(after.rows[0].n).toBeGreaterThanOrEqual(before.rows[0].n);
    },
    TIMEOUT_MS,
  );

  it('leaves every service running and ready', async () => {
    for (const p of [ingest, normaliser, store]) {
      expect({ service: p.name, exitCode: p.child.exitCode }).toEqual({ service: p.name, exitCode: null });
      expect({ service: p.name, ready: (await fetch(`${p.url}/health/ready`)).status }).toEqual({
        service: p.name,
        ready: 200,
      });
    }
  });
});
