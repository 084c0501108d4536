/**
 * Renders every article in the database as ninjs 2.2 and 3.1 and validates
 * each against the official schema: run over whatever the end-to-end suites
 * stored (test/setup/global-teardown.ts) and by ninjs-every-article.int-spec.ts.
 */
import { Client } from 'pg';
import type { StoredArticleRow } from '@news/database';
import { CURRENT_ARTICLE_COLUMNS } from '../../libs/database/src/repositories/article-rows';
import { ninjsForm } from '../../apps/store/src/ninjs/ninjs-forms';
import { articleNinjs } from '../../apps/store/src/query/representations';
import { ninjsErrors } from '../../tools/contracts/ninjs-validator';

const PAGE = 500;

export async function ninjsSweep(
  databaseUrl: string,
  where = 'TRUE',
): Promise<{ checked: number; failures: string[] }> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const failures: string[] = [];
  let checked = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  try {
    for (;;) {
      const { rows } = await db.query<StoredArticleRow>(
        `SELECT ${CURRENT_ARTICLE_COLUMNS}, '[]'::json AS duplicates, 0 AS version_count, NULL AS duplicate_of_external_id
           FROM articles a JOIN sources s ON s.id = a.source_id
          WHERE a.id > $1 AND ${where} ORDER BY a.id LIMIT ${PAGE}`,
        [after],
      );
      for (const row of rows) {
        const doc = articleNinjs(row, 'https://store.test');
        for (const version of ['2.2', '3.1'] as const) {
          const errors = ninjsErrors(version, ninjsForm(doc, version));
          if (errors.length)
            failures.push(`${row.id} (${row.source_id}) ninjs ${version}: ${errors.slice(0, 3).join('; ')}`);
        }
        checked++;
      }
      if (rows.length < PAGE) break;
      after = rows[rows.length - 1].id;
    }
  } finally {
    await db.end();
  }
  return { checked, failures };
}
