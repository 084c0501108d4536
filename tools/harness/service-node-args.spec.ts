import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICE_NODE_ARGS, ServiceName } from './processes';
import { repoRoot } from './repo-root';

const ROOT = repoRoot();
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const SERVICES = Object.keys(SERVICE_NODE_ARGS) as ServiceName[];

/**
 * The `--flags` on each command line (Dockerfile CMD, Compose command, Kubernetes args, npm script) that starts the
 * service.
 */
function flagsWhereStarted(text: string, service: ServiceName): string[][] {
  return text
    .split('\n')
    .filter(
      (line) => line.includes(`dist/apps/${service}/src/main.js`) && /^\s*(?:CMD |args:|command:|"start:)/.test(line),
    )
    .map((line) => line.match(/--[a-z][a-z0-9-]*(?:=[^\s",\]]+)?/g) ?? []);
}

/*
 * The benchmark and the tests measure the services as the harness starts
 * them; every deployment must start them the same way, or the figures
 * describe a process nobody runs.
 */
describe('each service runs with the same Node flags wherever it is started', () => {
  it.each(SERVICES)('%s', (service) => {
    const expected = SERVICE_NODE_ARGS[service];
    const places: Array<[string, string[][]]> = [
      [`k8s/base/${service}/deployment.yaml`, flagsWhereStarted(read(`k8s/base/${service}/deployment.yaml`), service)],
      ['docker-compose.yml', flagsWhereStarted(read('docker-compose.yml'), service)],
      ['Dockerfile', flagsWhereStarted(read('Dockerfile'), service)],
      ['package.json', flagsWhereStarted(read('package.json'), service)],
    ];
    for (const [place, lines] of places) {
      expect([place, lines.length > 0]).toEqual([place, true]);
      for (const flags of lines) expect([place, flags]).toEqual([place, expected]);
    }
    // scripts/pipeline.sh sets them per service in its `case`, and its one `node` command passes them.
    const script = read('scripts/pipeline.sh');
    expect(script).toMatch(
      /nohup node \$\{node_flags\[@\]\+"\$\{node_flags\[@\]\}"\} "\$ROOT_DIR\/dist\/apps\/\$name\/src\/main\.js"/,
    );
    const block = new RegExp(`\\n\\s*${service}\\)([\\s\\S]*?);;`).exec(script)?.[1] ?? '';
    const inScript = /node_flags=\(([^)]*)\)/.exec(block)?.[1].split(/\s+/).filter(Boolean) ?? [];
    expect(['scripts/pipeline.sh', inScript]).toEqual(['scripts/pipeline.sh', expected]);
  });
});
