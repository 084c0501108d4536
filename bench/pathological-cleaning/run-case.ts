/**
 * Child process of bench/pathological-cleaning.ts: loads cleanArticle from
 * a source tree (this checkout or a baseline's), warms it up on a normal
 * article, then cleans one pathological case and prints its time as JSON.
 *
 *   node --import tsx bench/pathological-cleaning/run-case.ts <tree> <case index> <runs>
 */
import { join } from 'node:path';
import { CASES } from './cases';

interface Cleaner {
  cleanArticle(input: { body: string; contentType: string; provenance?: string }): {
    wordCount: number;
    qualityFlags: string[];
  };
}

const WARM_UP =
  `<html><body><article>` +
  `${'<p>A paragraph of a normal story, long enough to be kept, with a full stop.</p>'.repeat(20)}</article></body>` +
  `</html>`;

function main(): void {
  const [tree, index, runs] = process.argv.slice(2);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cleaner = require(join(tree, 'libs', 'cleaning', 'src', 'clean-article')) as Cleaner;
  const c = CASES[Number(index)];
  for (let i = 0; i < 5; i++) cleaner.cleanArticle({ body: WARM_UP, contentType: 'text/html' });
  const body = c.body();
  const times: number[] = [];
  let result: ReturnType<Cleaner['cleanArticle']> | undefined;
  for (let r = 0; r < Number(runs); r++) {
    const start = process.hrtime.bigint();
    result = cleaner.cleanArticle({ body, contentType: c.contentType, provenance: c.provenance });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  process.stdout.write(`${JSON.stringify({ times, words: result?.wordCount, flags: result?.qualityFlags })}\n`);
}

main();
