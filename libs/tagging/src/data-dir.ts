import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

let cached: string | undefined;

/**
 * Where the shipped data files live: `TAGGING_DATA_DIR` if set, else the first
 * `libs/tagging/data` found walking up from this file. That covers running from
 * source (libs/tagging/src → ../data) and from the build (dist/libs/tagging/src →
 * <repo>/libs/tagging/data), since tsc does not copy JSON data into dist/.
 */
export function taggingDataDir(): string {
  if (cached) return cached;
  const fromEnv = process.env.TAGGING_DATA_DIR;
  if (fromEnv) {
    if (!existsSync(join(fromEnv, 'gazetteer.json')))
      throw new Error(`TAGGING_DATA_DIR=${fromEnv} has no gazetteer.json`);
    return (cached = fromEnv);
  }
  const sibling = join(__dirname, '..', 'data');
  if (existsSync(join(sibling, 'gazetteer.json'))) return (cached = sibling);
  for (let dir = __dirname; dirname(dir) !== dir; dir = dirname(dir)) {
    const candidate = join(dir, 'libs', 'tagging', 'data');
    if (existsSync(join(candidate, 'gazetteer.json'))) return (cached = candidate);
  }
  throw new Error(
    'tagging data not found: set TAGGING_DATA_DIR to the folder holding gazetteer.json (libs/tagging/data)',
  );
}
