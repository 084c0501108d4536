import { readFileSync } from 'node:fs';
import { MEDIA_TYPES } from '@news/wire-formats';
import { ingestOpenApiDocument } from './ingest-openapi';
import { OPENAPI_FILE } from './write-openapi';

describe('ingest OpenAPI document', () => {
  it('is the committed apps/ingest/openapi.json (regenerate with write-openapi.ts)', () => {
    expect(JSON.parse(readFileSync(OPENAPI_FILE, 'utf8'))).toEqual(JSON.parse(JSON.stringify(ingestOpenApiDocument())));
  });

  it('describes every format ingest reads, with an example for each', () => {
    const content = ingestOpenApiDocument().paths['/v1/articles'].post.requestBody.content as Record<
      string,
      { example?: unknown; examples?: unknown }
    >;
    for (const types of Object.values(MEDIA_TYPES)) {
      expect(content[types[0]]).toBeDefined();
      expect(content[types[0]].example ?? content[types[0]].examples).toBeDefined();
    }
  });
});
