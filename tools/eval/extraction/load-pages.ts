import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface DevPage {
  id: string;
  url: string;
  html: string;
  truth: string;
}

/** `../shared/datasets/extraction-dev` relative to the repository root (the data stays out of the repo). */
export function defaultDatasetDir(repoRoot: string): string {
  return join(repoRoot, '..', 'shared', 'datasets', 'extraction-dev');
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
