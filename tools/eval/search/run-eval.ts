import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { articleIdFor } from '@news/contracts';
import {
  applyMigrations,
  ArticleQueryRepository,
  ArticleRepository,
  ArticleWrite,
  databaseOptions,
  MatchMode,
  parseQuery,
} from '@news/database';
import { CorpusArticle } from './corpus';
import { KnownItemQuery } from './queries';

/**
 * Loads the search-quality corpus into a database of its own through the
 * store's write path (ArticleRepository: the same analysis as production) and
 * runs known-item queries through the store's search (runSearch), as the API does.
 */

export interface EvalDatabase {
  url: string;
  dataSource: DataSource;
  close(): Promise<void>;
}

/** A fresh database `name` next to DATABASE_URL's (its role needs CREATEDB), migrated. */
export async function openEvalDatabase(adminUrl: string, name: string): Promise<EvalDatabase> {
  await dropDatabase(adminUrl, name);
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  await applyMigrations(url.toString());
  const dataSource = new DataSource(
    databaseOptions({ DATABASE_URL: url.toString(), DATABASE_POOL_SIZE: 4, DATABASE_SSL: false }),
  );
  await dataSource.initialize();
  return {
    url: url.toString(),
    dataSource,
    close: async () => {
      await dataSource.destroy();
      await dropDatabase(adminUrl, name);
    },
  };
}

/** insufficient_privilege: FORCE may not end a session of another role. */
const NOT_ALLOWED = '42501';

/**
 * Drops `name`, ending its sessions. An autovacuum worker busy in the fresh database belongs to the superuser,
 * which the owner may not signal, so FORCE refuses while it runs: the drop is tried again until it has finished.
 */
async function dropDatabase(adminUrl: string, name: string, attempts = 40): Promise<void> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        return;
      } catch (err) {
        if ((err as { code?: string }).code !== NOT_ALLOWED || attempt >= attempts) throw err;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  } finally {
    await admin.end();
  }
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

function toWrite(a: CorpusArticle, n: number): ArticleWrite {
  const sourceId = `eval-${a.group}`;
  return {
    id: articleIdFor(sourceId, a.key),
    sourceId,
    externalId: a.key,
    url: null,
    canonicalUrl: null,
    title: a.title,
    bodyText: a.body,
    language: a.language,
    publishedAt: new Date(Date.UTC(2025, 0, 1) + n * 3_600_000),
    receivedAt: new Date(Date.UTC(2025, 0, 1) + n * 3_600_000),
    version: 1,
    versionCreated: null,
    pubStatus: 'usable',
    contentHash: sha256(`${a.title}\n${a.body}`),
    stateHash: sha256(a.key),
    wordCount: a.body.split(/\s+/).length,
    qualityFlags: [],
    tags: { people: [], organisations: [], places: [], subjects: [], keywords: [] },
    correlationId: `eval-${a.key}`,
    lastEventId: articleIdFor('eval-event', a.key),
    feed: {},
    details: {},
    embargoedUntil: null,
    detectedLanguage: null,
    provenance: 'edited',
  };
}

/** Writes the corpus in batches and gathers statistics; returns the article id of each key. */
export async function loadCorpus(ds: DataSource, articles: CorpusArticle[]): Promise<Map<string, string>> {
  const writer = new ArticleRepository(ds);
  const writes = articles.map(toWrite);
  for (let i = 0; i < writes.length; i += 200) await writer.writeBatch(writes.slice(i, i + 200));
  await ds.query('ANALYZE articles');
  return new Map(articles.map((a, i) => [a.key, writes[i].id]));
}

export interface QueryOutcome {
  query: KnownItemQuery;
  /** 1-based rank of the right article in the first 10, null when it is not there. */
  rank: number | null;
  hits: number;
  matchMode: MatchMode | null;
  error?: string;
}

export async function runQueries(
  ds: DataSource,
  queries: KnownItemQuery[],
  idByKey: Map<string, string>,
  opts: { languageFilter?: boolean } = {},
): Promise<QueryOutcome[]> {
  const reader = new ArticleQueryRepository(ds);
  const out: QueryOutcome[] = [];
  for (const query of queries) {
    try {
      const parsed = parseQuery(query.text);
      const { rows, matchMode } = await reader.search({
        q: query.text,
        query: parsed,
        languages: opts.languageFilter ? [query.language] : undefined,
        sort: 'relevance',
        limit: 10,
      });
      const at = rows.findIndex((r) => r.id === idByKey.get(query.articleKey));
      out.push({ query, rank: at < 0 ? null : at + 1, hits: rows.length, matchMode });
    } catch (e) {
      out.push({ query, rank: null, hits: 0, matchMode: null, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return out;
}

export interface Measures {
  queries: number;
  mrr: number;
  recallAt1: number;
  recallAt10: number;
  zeroResults: number;
  anyMode: number;
}

export function measure(outcomes: QueryOutcome[]): Measures {
  const n = outcomes.length || 1;
  return {
    queries: outcomes.length,
    mrr: outcomes.reduce((s, o) => s + (o.rank ? 1 / o.rank : 0), 0) / n,
    recallAt1: outcomes.filter((o) => o.rank === 1).length / n,
    recallAt10: outcomes.filter((o) => o.rank !== null).length / n,
    zeroResults: outcomes.filter((o) => o.hits === 0).length / n,
    anyMode: outcomes.filter((o) => o.matchMode === 'any').length / n,
  };
}
