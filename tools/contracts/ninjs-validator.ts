import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { repoRoot } from '../harness/repo-root';

export const NINJS_SCHEMA_VERSIONS = ['2.0', '2.1', '2.2', '3.0', '3.1'] as const;
export type NinjsSchemaVersion = (typeof NINJS_SCHEMA_VERSIONS)[number];

/**
 * The shared datasets, read in place: NEWS_SHARED_DIR, else `<repo>/../shared` (a missing one is an error, never a
 * skip).
 */
export function sharedDatasets(): string {
  const dir = process.env.NEWS_SHARED_DIR ?? resolve(repoRoot(__dirname), '..', 'shared');
  if (!existsSync(dir))
    throw new Error(`shared datasets not found at ${dir}: set NEWS_SHARED_DIR (default <repo>/../shared)`);
  return join(dir, 'datasets');
}

export const ninjsExamplesDir = () => join(sharedDatasets(), 'iptc-examples', 'ninjs');

/**
 * The places' `geojson` member refers to the GeoJSON schema online, which a
 * test cannot fetch; we never write geojson, so any value stands in for it.
 */
const GEOJSON_STAND_IN = { $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' };

const compiled = new Map<NinjsSchemaVersion, ValidateFunction>();

/**
 * A validator of the official IPTC ninjs schema of one version. 2.0 is a
 * draft-04 schema, which Ajv 8 reads as draft-07 once its `id` is spelt
 * `$id` (it uses no other draft-04 keyword); 2.1 and later are 2020-12.
 */
export function ninjsValidator(version: NinjsSchemaVersion): ValidateFunction {
  const cached = compiled.get(version);
  if (cached) return cached;
  const path = join(sharedDatasets(), 'iptc-examples', 'schemas', `ninjs-schema_${version}.json`);
  const schema = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  let validate: ValidateFunction;
  if (version === '2.0') {
    const { id, $schema: _draft04, ...rest } = schema;
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema(GEOJSON_STAND_IN);
    validate = ajv.compile({ ...rest, $id: id as string });
  } else {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema(GEOJSON_STAND_IN);
    validate = ajv.compile(schema);
  }
  compiled.set(version, validate);
  return validate;
}

/** The schema's complaints about a document, one line each (empty when valid). */
export function ninjsErrors(version: NinjsSchemaVersion, doc: unknown): string[] {
  const validate = ninjsValidator(version);
  if (validate(doc)) return [];
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath || '(root)'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
  );
}
