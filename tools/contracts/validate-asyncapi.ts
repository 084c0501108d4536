/**
 * Validates schemas/asyncapi.json with the official AsyncAPI parser
 * (@asyncapi/parser: the specification's JSON Schema, its semantic rules and
 * the referenced key, header and payload schemas, resolved from disk). Exits 1
 * on any error; warnings are printed.
 *
 *   npx tsx tools/contracts/validate-asyncapi.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../harness/repo-root';
import { sharedDatasets } from './ninjs-validator';

interface Diagnostic {
  code: string | number;
  message: string;
  severity: number;
  path: Array<string | number>;
}

interface Resolver {
  schema: string;
  read: (uri: { toString(): string }) => string;
}

interface AsyncApiParser {
  Parser: new (options: { __unstable: { resolver: { resolvers: Resolver[] } } }) => {
    parse(input: string, options: { source: string }): Promise<{ document?: unknown; diagnostics: Diagnostic[] }>;
  };
}

function parserModule(): AsyncApiParser {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('@asyncapi/parser') as AsyncApiParser;
  } catch {
    throw new Error(
      'the AsyncAPI document is validated with the official parser: npm install --save-dev @asyncapi/parser@3.6.3',
    );
  }
}

/**
 * The ninjs topic's value refers to the official ninjs schema by its address;
 * the check reads it from the shared datasets (no network here, nor in CI),
 * and the GeoJSON schema the ninjs one refers to as any object.
 */
function offlineResolver(schema: 'http' | 'https'): Resolver {
  return {
    schema,
    read: (uri) => {
      const url = uri.toString();
      const ninjs = /^https?:\/\/www\.iptc\.org\/std\/ninjs\/(ninjs-schema_\d\.\d\.json)/.exec(url);
      if (ninjs) return readFileSync(join(sharedDatasets(), 'iptc-examples', 'schemas', ninjs[1]), 'utf8');
      if (/^https:\/\/geojson\.org\/schema\/GeoJSON\.json/.test(url)) return JSON.stringify({ type: 'object' });
      throw new Error(`${url}: the check reads no other remote schema`);
    },
  };
}

/** The parser's errors (severity 0) and warnings (1) about the document. */
export async function asyncApiDiagnostics(): Promise<{ errors: string[]; warnings: string[]; parsed: boolean }> {
  const path = join(repoRoot(__dirname), 'schemas', 'asyncapi.json');
  const { Parser } = parserModule();
  const parser = new Parser({
    __unstable: { resolver: { resolvers: [offlineResolver('http'), offlineResolver('https')] } },
  });
  const { document, diagnostics } = await parser.parse(readFileSync(path, 'utf8'), { source: path });
  const line = (d: Diagnostic) => `${d.code} at ${d.path.join('.') || '(root)'}: ${d.message}`;
  return {
    parsed: document !== undefined,
    errors: diagnostics.filter((d) => d.severity === 0).map(line),
    warnings: diagnostics.filter((d) => d.severity === 1).map(line),
  };
}

async function main(): Promise<void> {
  const { errors, warnings, parsed } = await asyncApiDiagnostics();
  for (const w of warnings) process.stdout.write(`warning: ${w}\n`);
  for (const e of errors) process.stderr.write(`error: ${e}\n`);
  if (!parsed || errors.length > 0) process.exit(1);
  process.stdout.write(`schemas/asyncapi.json: valid AsyncAPI 3.0 (${warnings.length} warnings)\n`);
}

if (require.main === module) void main();
