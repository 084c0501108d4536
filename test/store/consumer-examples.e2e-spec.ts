/**
 * The two consumer examples (examples/stored-consumer.ts in TypeScript,
 * examples/python/stored_consumer.py in Python), run as programs against the
 * real broker: each validates with the published schemas only and receives
 * one article's created -> updated -> killed in order, with the trace context.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { articleIdFor } from '@news/contracts';
import { repoRoot } from '../../tools/harness/repo-root';
import { waitFor } from '../../tools/harness/wait';
import { asBatch, normalisedEvent, runTag } from './support/normalised-events';
import { openStoreHarness, StoreHarness } from './support/store-harness';

const ROOT = repoRoot(__dirname);

/** The Python with the example's requirements: NEWS_EXAMPLES_PYTHON, else the venv .ci/run makes. */
function python(): string {
  const path = process.env.NEWS_EXAMPLES_PYTHON ?? join(ROOT, '.tools', 'python-examples', 'bin', 'python');
  if (!existsSync(path)) {
    throw new Error(
      `no Python with the example's requirements at ${path}: python3 -m venv .tools/python-examples && ` +
        `.tools/python-examples/bin/pip install -r examples/python/requirements.txt (or set ` +
        `NEWS_EXAMPLES_PYTHON)`,
    );
  }
  return path;
}

interface Example {
  name: string;
  lines: Array<Record<string, unknown>>;
  child: ChildProcess;
  output: () => string;
}

function start(name: string, command: string, args: string[]): Example {
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, KAFKA_BROKERS: process.env.KAFKA_BROKERS },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Array<Record<string, unknown>> = [];
  let out = '';
  let partial = '';
  child.stdout.on('data', (d: Buffer) => {
    partial += d.toString();
    const parts = partial.split('\n');
    partial = parts.pop()!;
    for (const p of parts) if (p.trim().startsWith('{')) lines.push(JSON.parse(p) as Record<string, unknown>);
  });
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  return { name, lines, child, output: () => out.slice(-2_000) };
}

describe('consumer examples against the real broker (schemas only, no project code)', () => {
  let h: StoreHarness;
  const examples: Example[] = [];
  const tag = runTag();

  beforeAll(async () => {
    h = await openStoreHarness();
    examples.push(
      start('typescript', join(ROOT, 'node_modules', '.bin', 'tsx'), [
        'examples/stored-consumer.ts',
        `example-ts-${tag}`,
        '--from-beginning',
      ]),
    );
    examples.push(
      start('python', python(), ['examples/python/stored_consumer.py', `example-py-${tag}`, '--from-beginning']),
    );
    for (const e of examples)
      await waitFor(
        `${e.name} example joined (${e.output()})`,
        async () => e.lines.some((l) => l.ready === true),
        60_000,
      );
  });

  afterAll(async () => {
    for (const e of examples) e.child.kill('SIGTERM');
    await h?.close();
  });

  it('both receive created, updated and killed in order, and nothing of ours invalid', async () => {
    const source = `examples-${tag}`;
    const id = articleIdFor(source, 'story');
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    for (const [version, pubStatus] of [
      [1, 'usable'],
      [2, 'usable'],
      [3, 'canceled'],
    ] as const) {
      const batch = asBatch([
        normalisedEvent({
          sourceId: source,
          externalId: 'story',
          version,
          text: `Example story v${version} ${tag}`,
          pubStatus,
        }),
      ]);
      batch[0].headers = { traceparent };
      await h.service.storeBatch(batch);
    }
    for (const e of examples) {
      const ours = () => e.lines.filter((l) => l.articleId === id);
      await waitFor(`${e.name} example received 3 changes (${e.output()})`, async () => ours().length >= 3, 60_000);
      expect(ours().map((l) => [l.change, l.version])).toEqual([
        ['created', 1],
        ['updated', 2],
        ['killed', 3],
      ]);
      expect(ours()[0].traceparent).toMatch(/^00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01$/);
      expect(e.lines.filter((l) => typeof l.invalid === 'string' && l.invalid.includes(id))).toEqual([]);
    }
  });
});
