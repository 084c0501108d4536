import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface DevPage {
  id: string;
  url: string;
  html: string;
  truth: string;
}

/**
 * The shared data directory: NEWS_SHARED_DIR, else `../shared` next to the repository (the data stays out of the repo).
 */
export function sharedDir(repoRoot: string): string {
  return process.env.NEWS_SHARED_DIR || join(repoRoot, '..', 'shared');
}

export function defaultDatasetDir(repoRoot: string): string {
  return join(sharedDir(repoRoot), 'datasets', 'extraction-dev');
}

export const SPLITS = ['dev', 'heldout', 'all'] as const;
export type Split = (typeof SPLITS)[number];

/** A stable split: pages sorted by id, every 4th held out. Rules are tuned on `dev` only. */
export function splitPages<T extends { id: string }>(pages: T[], split: Split): T[] {
  if (split === 'all') return pages;
  const sorted = [...pages].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return sorted.filter((_, i) => (i % 4 === 3) === (split === 'heldout'));
}

/** Decodes with the charset the page declares (utf-8 when it declares none or one we cannot decode). */
export function decodeHtml(bytes: Buffer): string {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const declared = /<meta[^>]+charset=["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // Unknown label: utf-8 below.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

export function loadDevPages(dir: string): DevPage[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody?: string; url?: string }
  >;
  const files = new Set(readdirSync(join(dir, 'html')));
  return Object.keys(truth)
    .sort()
    .filter((id) => files.has(`${id}.html.gz`))
    .map((id) => ({
      id,
      url: truth[id].url ?? '',
      truth: truth[id].articleBody ?? '',
      html: decodeHtml(gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`)))),
    }));
}
