/**
 * Writes apps/ingest/openapi.json from the document ingest serves (`npx tsx apps/ingest/src/openapi/write-openapi.ts`).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestOpenApiDocument } from './ingest-openapi';

export const OPENAPI_FILE = join(__dirname, '..', '..', 'openapi.json');

if (require.main === module) {
  writeFileSync(OPENAPI_FILE, `${JSON.stringify(ingestOpenApiDocument(), null, 2)}\n`);
  process.stdout.write(`wrote ${OPENAPI_FILE}\n`);
}
