/**
 * JSON Lines in (stdin), JSON Lines out (stdout), one output line per input
 * line, in order. A bad line gets `{"id":…,"error":…}`; the CLI never stops on
 * one. Runs from source with tsx (`npm run --silent normalise`), so it works on
 * a fresh clone right after `npm ci`, without a build.
 *
 * With --learn-chrome, a per-source BoilerplateModel learns as lines stream
 * (records need a `source`); the model lives only for this run.
 */
import { createInterface } from 'node:readline';
import { BoilerplateModel } from '@news/cleaning';
import { normaliseLine } from './normalise-document';

export { normaliseDocument, normaliseLine, parseInput } from './normalise-document';
export type { NormaliseInput, NormaliseOutput, NormaliseError } from './normalise-document';

async function main(): Promise<void> {
  const learn = process.argv.includes('--learn-chrome');
  const boilerplate = learn ? new BoilerplateModel({ replicaId: 'cli' }) : undefined;
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const raw of rl) {
    lineNo++;
    const line = raw.trim();
    // Blank lines still get an output line, so output line N always answers input line N.
    const out = line ? normaliseLine(line, { boilerplate }) : { id: null, error: `line ${lineNo}: empty line` };
    const ok = process.stdout.write(`${JSON.stringify(out)}\n`);
    if (!ok) await new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`normalise: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  });
}
