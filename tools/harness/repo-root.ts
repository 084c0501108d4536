import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository root (the folder with nest-cli.json), from source or from dist/ alike. */
export function repoRoot(from = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'nest-cli.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no nest-cli.json above ${from}`);
    dir = up;
  }
  return dir;
}
