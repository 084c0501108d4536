/**
 * A known set of articles with updates and kills, pushed through ingest, and
 * the database state it must end in. Used by the fault tests.
 */
import { Client } from 'pg';

export interface PushItem {
  externalId: string;
  version: number;
  pubStatus: 'usable' | 'canceled';
  body: string;
}

export interface Expected {
  version: number;
  pubStatus: string;
}

/** v1 of every article; v2 of every fifth; a kill (v3) of every twentieth. Pushed in that order. */
export function makeWorkload(
  sourceId: string,
  count: number,
): { waves: PushItem[][]; expected: Map<string, Expected> } {
  const v1: PushItem[] = [];
  const v2: PushItem[] = [];
  const kills: PushItem[] = [];
  const expected = new Map<string, Expected>();
  for (let i = 0; i < count; i++) {
    const externalId = `${sourceId}-${i}`;
    v1.push({
      externalId,
      version: 1,
      pubStatus: 'usable',
      body: `<p>Story ${i}, first version. ${'Words of the story. '.repeat(20)}</p>`,
    });
    expected.set(externalId, { version: 1, pubStatus: 'usable' });
    if (i % 5 === 0) {
      v2.push({
        externalId,
        version: 2,
        pubStatus: 'usable',
        body: `<p>Story ${i}, corrected. ${'Words of the story. '.repeat(20)}</p>`,
      });
      expected.set(externalId, { version: 2, pubStatus: 'usable' });
    }
    if (i % 20 === 0) {
      kills.push({ externalId, version: 3, pubStatus: 'canceled', body: `<p>Story ${i} withdrawn.</p>` });
      expected.set(externalId, { version: 3, pubStatus: 'canceled' });
    }
  }
  return { waves: [v1, v2, kills], expected };
}

export interface PushResult {
  accepted: number;
  refused: number;
}

/**
 * Pushes items with bounded concurrency; retries 503s (as a feed would) until
 * accepted. Items of one wave go in parallel, waves one after another, so a
 * story's versions are pushed in order.
 */
export async function pushWaves(
  ingestUrl: string,
  sourceId: string,
  waves: PushItem[][],
  headers: Record<string, string> = {},
  concurrency = 8,
  onStatus: (status: number) => void = () => undefined,
): Promise<PushResult> {
  const result: PushResult = { accepted: 0, refused: 0 };
  for (const wave of waves) {
    let next = 0;
    const worker = async () => {
      while (next < wave.length) {
        const item = wave[next++];
        for (let attempt = 0; ; attempt++) {
          const res = await fetch(`${ingestUrl}/v1/articles`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...headers },
            body: JSON.stringify({ sourceId, ...item }),
          }).catch(() => null);
          onStatus(res?.status ?? 0);
          if (res && (res.status === 202 || res.status === 200)) {
            result.accepted++;
            break;
          }
          result.refused++;
          if (attempt > 300)
            throw new Error(`push of ${item.externalId} v${item.version} kept failing: ${res?.status}`);
          await new Promise((r) => setTimeout(r, 200));
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
  }
  return result;
}

/** Compares the database with the expected state: every article once, latest version, kills applied, nothing extra. */
export async function diffAgainstDatabase(db: Client, sourceId: string, expected: Map<string, Expected>) {
  const rows = await db.query<{ external_id: string; version: number; pub_status: string }>(
    'SELECT external_id, version, pub_status FROM articles WHERE source_id = $1',
    [sourceId],
  );
  const seen = new Map<string, number>();
  const wrong: string[] = [];
  for (const r of rows.rows) {
    seen.set(r.external_id, (seen.get(r.external_id) ?? 0) + 1);
    const e = expected.get(r.external_id);
    if (!e) wrong.push(`unexpected ${r.external_id}`);
    else if (e.version !== r.version || e.pubStatus !== r.pub_status) {
      wrong.push(`${r.external_id}: v${r.version}/${r.pub_status}, expected v${e.version}/${e.pubStatus}`);
    }
  }
  const missing = [...expected.keys()].filter((k) => !seen.has(k));
  const duplicated = [...seen.entries()].filter(([, n]) => n > 1).map(([k]) => k);
  return {
    stored: rows.rowCount ?? 0,
    missing,
    duplicated,
    wrong,
    ok: missing.length === 0 && duplicated.length === 0 && wrong.length === 0,
  };
}

export type DatabaseDiff = Awaited<ReturnType<typeof diffAgainstDatabase>>;

/**
 * Polls until the database matches `expected` or `timeoutMs` passes; returns the last diff either way, for one
 * assertion.
 */
export async function settledDiff(
  db: Client,
  sourceId: string,
  expected: Map<string, Expected>,
  timeoutMs: number,
): Promise<DatabaseDiff> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const d = await diffAgainstDatabase(db, sourceId, expected);
    if (d.ok || Date.now() > deadline) return d;
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** The parts of a diff a test asserts to be empty (first ten of each, to keep failures readable). */
export function problemsOf(d: DatabaseDiff) {
  return { missing: d.missing.slice(0, 10), duplicated: d.duplicated.slice(0, 10), wrong: d.wrong.slice(0, 10) };
}
