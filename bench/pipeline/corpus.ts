/**
 * A corpus shaped like real feed traffic: short wire items in plain text,
 * full HTML pages (the extraction dev pages from ../shared when present,
 * else generated pages with site chrome), and updates of earlier items,
 * spread over several sources. Deterministic for a given seed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { repoRoot } from '../../tools/harness/repo-root';
import { sharedDir as defaultSharedDir } from '../../tools/eval/extraction/load-pages';

export interface BenchArticle {
  sourceId: string;
  externalId: string;
  title: string;
  body: string;
  contentType: 'text/html' | 'text/plain';
  version: number;
  kind: 'wire' | 'page' | 'update';
}

const WORDS = (
  'government minister said on monday that the talks would continue next week after officials from both sides met ' +
  'in the capital to discuss trade security and the economy while markets rose as investors weighed the outlook for ' +
  'growth and inflation the company reported quarterly results above expectations and shares climbed police said ' +
  'the investigation was ongoing and no arrests had been made the team won the final after extra time in front of ' +
  'a crowd of thousands the study found that the new treatment reduced symptoms in most patients'
).split(' ');

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function sentence(r: () => number): string {
  const n = 12 + Math.floor(r() * 14);
  const w = Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]);
  w[0] = w[0][0].toUpperCase() + w[0].slice(1);
  return `${w.join(' ')}.`;
}

function paragraphs(r: () => number, count: number): string[] {
  return Array.from({ length: count }, () =>
    Array.from({ length: 2 + Math.floor(r() * 3) }, () => sentence(r)).join(' '),
  );
}

function generatedPage(r: () => number, title: string): string {
  const story = paragraphs(r, 8 + Math.floor(r() * 8))
    .map((p) => `<p>${p}</p>`)
    .join('\n');
  return `<!doctype html><html><head><title>${title} | Example News</title><meta property="og:title" content="${title}"></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav></header>
<main><article><h1>${title}</h1><div class="byline">By Staff Reporter</div>${story}
<div class="share">Share on Facebook Share on Twitter</div></article>
<aside><h3>Related</h3><ul><li><a href="/a">Other story one</a></li><li><a href="/b">Other story two</a></li></ul></aside></main>
<footer>© Example News. All rights reserved. <a href="/privacy">Privacy</a></footer></body></html>`;
}

function loadDevPages(sharedDir: string, limit: number): string[] {
  const dir = join(sharedDir, 'datasets', 'extraction-dev', 'html');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .slice(0, limit)
    .map((f) => gunzipSync(readFileSync(join(dir, f))).toString('utf8'));
}

/** How a corpus article is declared: pages are scraped, wire items are a wire's edited copy. */
export const provenanceOf = (a: Pick<BenchArticle, 'kind'>): 'scraped' | 'edited' =>
  a.kind === 'page' ? 'scraped' : 'edited';

export function buildCorpus(
  size: number,
  options: { seed?: number; sources?: number; sharedDir?: string; runId: string },
): BenchArticle[] {
  const r = rng(options.seed ?? 42);
  const sources = Array.from({ length: options.sources ?? 5 }, (_, i) => `bench-${options.runId}-s${i}`);
  const pages = loadDevPages(options.sharedDir ?? defaultSharedDir(repoRoot()), 60);
  const out: BenchArticle[] = [];
  /**
   * Each article's latest version so far: an update follows it, as a feed's would (two updates both numbered 2 would
   * make the second a no-op).
   */
  const latest = new Map<string, BenchArticle>();
  for (let i = 0; i < size; i++) {
    const sourceId = sources[i % sources.length];
    const roll = r();
    if (roll < 0.1 && out.length > 10) {
      const picked = out[Math.floor(r() * out.length)];
      const earlier = latest.get(`${picked.sourceId}|${picked.externalId}`)!;
      const update: BenchArticle = {
        ...earlier,
        version: earlier.version + 1,
        kind: 'update',
        body: `${earlier.body}\n\nUpdated: ${sentence(r)}`,
      };
      out.push(update);
      latest.set(`${update.sourceId}|${update.externalId}`, update);
      continue;
    }
    const title = sentence(r).slice(0, 80);
    if (roll < 0.3) {
      const body = pages.length > 0 ? pages[Math.floor(r() * pages.length)] : generatedPage(r, title);
      out.push({ sourceId, externalId: `p-${i}`, title, body, contentType: 'text/html', version: 1, kind: 'page' });
    } else {
      const body = paragraphs(r, 3 + Math.floor(r() * 5)).join('\n\n');
      out.push({ sourceId, externalId: `w-${i}`, title, body, contentType: 'text/plain', version: 1, kind: 'wire' });
    }
    latest.set(`${sourceId}|${out[out.length - 1].externalId}`, out[out.length - 1]);
  }
  return out;
}

/** Short wire items only: the "wire-size" articles of the ingest targets. */
export function wireItems(size: number, runId: string, seed = 7): BenchArticle[] {
  const r = rng(seed);
  return Array.from({ length: size }, (_, i) => ({
    sourceId: `bench-${runId}-wire`,
    externalId: `wi-${i}`,
    title: sentence(r).slice(0, 80),
    body: paragraphs(r, 3).join('\n\n'),
    contentType: 'text/plain' as const,
    version: 1,
    kind: 'wire' as const,
  }));
}
