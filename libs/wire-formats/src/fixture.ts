import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Reads a file of libs/wire-formats/fixtures (for specs, tests and the OpenAPI examples). */
export function wireFixture(name: string): string {
  return readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8');
}
