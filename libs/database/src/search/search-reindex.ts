import { searchConfigFor } from './search-config';
import { SEARCH_ANALYSIS_VERSION } from './search-text';
import { SEARCH_TEXT_CHARS, searchRecordFields, searchVectorSql } from './search-vector-sql';

/**
 * Rebuilds articles' search vectors in small batches, each its own short
 * statement, while the store keeps writing and search keeps answering
 * (docs/store.md, "Re-index"). Used by the migration that changed the
 * analysis and by `npm run search:reindex` (after a dictionary change, with
 * `all`). A row the store rewrites between the read and the update is left
 * alone: the store already wrote it with the current analysis.
 */

export type RunQuery = (sql: string, params: unknown[]) => Promise<unknown[]>;

export interface ReindexOptions {
  /** Every row, not only those built by an older analysis (after a dictionary or configuration change). */
  all?: boolean;
  batchSize?: number;
  /** Pause between batches, so the rebuild leaves room for the store's own work. */
  pauseMs?: number;
  /** Resume after this article id (the last id a previous run logged). */
  afterId?: string;
  log?: (line: string) => void;
  signal?: AbortSignal;
  /** Stop after the batch that passes this many milliseconds (a migration must end within its Job's deadline). */
  timeBudgetMs?: number;
}

export interface ReindexResult {
  rebuilt: number;
  /** Rows the store rewrote meanwhile (already current). */
  skipped: number;
  lastId: string | null;
  /** Every row was read to the end (false when stopped by the signal or the time budget). */
  complete: boolean;
}

const BATCH_SQL = `
  SELECT id::text AS id, xmin::text AS xmin, title, left(body_text, ${SEARCH_TEXT_CHARS}) AS body, language
    FROM articles
   WHERE id > $1::uuid AND ($2::boolean OR search_analysis < $3)
   ORDER BY id
   LIMIT $4`;

const UPDATE_SQL = `
  UPDATE articles a
     SET search_config = r.search_config::regconfig,
         search_vector = ${searchVectorSql('r.search_config', 'r.search_title', 'r.search_body')},
         search_analysis = $2
    FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, xmin text, search_config text, search_title text, search_body text)
   WHERE a.id = r.id AND a.xmin::text = r.xmin
  RETURNING a.id`;

const LOG_EVERY_BATCHES = 20;
const FIRST_ID = '00000000-0000-0000-0000-000000000000';

interface BatchRow {
  id: string;
  xmin: string;
  title: string;
  body: string;
  language: string | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function reindexSearch(run: RunQuery, options: ReindexOptions = {}): Promise<ReindexResult> {
  const batchSize = options.batchSize ?? 500;
  const log = options.log ?? (() => undefined);
  const result: ReindexResult = { rebuilt: 0, skipped: 0, lastId: options.afterId ?? null, complete: false };
  const deadline = options.timeBudgetMs === undefined ? Infinity : Date.now() + options.timeBudgetMs;
  let batches = 0;
  for (;;) {
    if (options.signal?.aborted || Date.now() > deadline) break;
    const rows = (await run(BATCH_SQL, [
      result.lastId ?? FIRST_ID,
      options.all === true,
      SEARCH_ANALYSIS_VERSION,
      batchSize,
    ])) as BatchRow[];
    if (rows.length === 0) {
      result.complete = true;
      break;
    }
    const records = rows.map((r) => ({
      id: r.id,
      xmin: r.xmin,
      search_config: searchConfigFor(r.language),
      ...searchRecordFields(r.title, r.body),
    }));
    const updated = await run(UPDATE_SQL, [JSON.stringify(records), SEARCH_ANALYSIS_VERSION]);
    result.rebuilt += updated.length;
    result.skipped += rows.length - updated.length;
    result.lastId = rows[rows.length - 1].id;
    const done = rows.length < batchSize;
    if (done || ++batches % LOG_EVERY_BATCHES === 0) {
      log(
        `search re-index: ${result.rebuilt} rebuilt, ${result.skipped} rewritten meanwhile, last id ${result.lastId}`,
      );
    }
    if (done) {
      result.complete = true;
      break;
    }
    if (options.pauseMs) await sleep(options.pauseMs);
  }
  return result;
}
