import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository root (this file is libs/wire-formats/fixture-check/). */
export const REPO_ROOT = resolve(__dirname, '..', '..', '..');

/**
 * The shared datasets (read in place, never copied into the repository):
 * NEWS_SHARED_DIR, else `<repo>/../shared`. A missing directory is an error
 * naming both, never a skipped test.
 */
export function sharedDir(): string {
  const dir = process.env.NEWS_SHARED_DIR ?? resolve(REPO_ROOT, '..', 'shared');
  if (!existsSync(dir)) {
    throw new Error(`shared datasets not found at ${dir}: ` + 'set NEWS_SHARED_DIR (default <repo>/../shared)');
  }
  return dir;
}

export const wireFixturesDir = (): string => join(sharedDir(), 'datasets', 'wire-fixtures');
