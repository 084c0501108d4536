import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../harness/repo-root';
import { sharedDatasets } from './ninjs-validator';

/**
 * The committed schemas (schemas/<topic>/{key,value,headers}.schema.json) in
 * one strict Ajv 2020-12 instance: compiling checks each against the
 * meta-schema, and refuses unknown keywords and formats. The ninjs topic's
 * value refers to the official ninjs 2.2 schema, read from the shared datasets.
 */
export function committedSchemas(): {
  validator(topic: string, part: 'key' | 'value' | 'headers'): ValidateFunction;
  topics: string[];
} {
  const dir = join(repoRoot(__dirname), 'schemas');
  // strictRequired off: the official ninjs schema lists required members its oneOf branches do not define.
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });
  addFormats(ajv);
  const ninjs = JSON.parse(
    readFileSync(join(sharedDatasets(), 'iptc-examples', 'schemas', 'ninjs-schema_2.2.json'), 'utf8'),
  ) as Record<string, unknown>;
  // We never write geojson: any object stands in for the GeoJSON schema the ninjs one refers to online.
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' });
  ajv.addSchema({ ...ninjs, $id: 'http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json' });
  const topics = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== 'http')
    .map((e) => e.name)
    .sort();
  const cache = new Map<string, ValidateFunction>();
  return {
    topics,
    validator: (topic, part) => {
      const key = `${topic}/${part}`;
      let v = cache.get(key);
      if (!v) {
        v = ajv.compile(JSON.parse(readFileSync(join(dir, topic, `${part}.schema.json`), 'utf8')) as object);
        cache.set(key, v);
      }
      return v;
    },
  };
}
