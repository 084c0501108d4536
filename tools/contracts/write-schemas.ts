/**
 * Writes the published contracts under schemas/: for every topic its key,
 * value and headers JSON Schemas, and the AsyncAPI document of them all.
 * With --check it writes nothing and exits 1 when a committed file differs
 * from what the contracts generate now (CI runs it).
 *
 *   npx tsx tools/contracts/write-schemas.ts [--check]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from '../harness/repo-root';
import { asyncApiDocument } from './asyncapi';
import { httpSchemas, topicSchemas } from './contract-schemas';

const root = repoRoot(__dirname);
const dir = join(root, 'schemas');

/** Every generated file, path relative to schemas/ → its text. */
export function generatedFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
  for (const [topic, s] of topicSchemas()) {
    files.set(`${topic}/key.schema.json`, json(s.key));
    files.set(`${topic}/value.schema.json`, json(s.value));
    files.set(`${topic}/headers.schema.json`, json(s.headers));
  }
  for (const [name, schema] of httpSchemas()) files.set(`http/${name}`, json(schema));
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  files.set('asyncapi.json', json(asyncApiDocument(root, version)));
  return files;
}

function committed(): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    if (!existsSync(d)) return;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.json')) out.set(relative(dir, p), readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

/** The files that differ: missing, changed or no longer generated. */
export function staleFiles(): string[] {
  const want = generatedFiles();
  const have = committed();
  const names = new Set([...want.keys(), ...have.keys()]);
  return [...names].filter((n) => want.get(n) !== have.get(n)).sort();
}

function main(): void {
  if (process.argv.includes('--check')) {
    const stale = staleFiles();
    if (stale.length > 0) {
      process.stderr.write(
        `schemas/ is stale (run: npx tsx ` +
          `tools/contracts/write-schemas.ts):\n${stale.map((s) => `  ${s}`).join('\n')}\n`,
      );
      process.exit(1);
    }
    process.stdout.write(`schemas/: ${committed().size} files current\n`);
    return;
  }
  const files = generatedFiles();
  for (const [name] of committed()) if (!files.has(name)) rmSync(join(dir, name));
  for (const [name, text] of files) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  process.stdout.write(`wrote ${files.size} files under schemas/\n`);
}

if (require.main === module) main();
