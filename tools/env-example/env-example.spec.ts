import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../harness/repo-root';
import { collectVariables, firstSentence, renderEnvExample } from './env-example';
import { EXTRA_VARIABLES } from './extra-variables';

const root = repoRoot(__dirname);

describe('.env.example', () => {
  it('is current: regenerate it with `npm run env:example` after changing a config class', () => {
    expect(readFileSync(join(root, '.env.example'), 'utf8')).toBe(renderEnvExample(root));
  });

  it('gives every variable one line of meaning', () => {
    const undocumented = collectVariables(root)
      .filter((v) => v.doc === '')
      .map((v) => v.name);
    expect(undocumented).toEqual([]);
  });

  it('lists the variables of every section, with defaults as the classes set them', () => {
    const vars = new Map(collectVariables(root).map((v) => [v.name, v]));
    expect(vars.get('INGEST_MAX_BODY_BYTES')?.defaults.get('ingest')).toBe(String(10 * 1024 * 1024));
    expect(vars.get('KAFKA_BROKERS')?.services).toEqual(['ingest', 'normaliser', 'store']);
    expect(vars.get('KAFKA_BROKERS')?.defaults.get('store')).toBeUndefined();
    expect(vars.get('METRICS_PORT')?.defaults.get('normaliser')).toBe('9464');
    expect(vars.get('DATABASE_POOL_SIZE')?.defaults).toEqual(
      new Map([
        ['ingest', '5'],
        ['store', '10'],
      ]),
    );
    expect(vars.get('DATABASE_URL')?.secret).toBe(true);
    expect(vars.get('DATABASE_URL')?.requiredBy).toEqual(['store']);
    expect(vars.get('KAFKA_GROUP_ID')?.requiredBy).toEqual(['normaliser', 'store']);
    expect(vars.get('NORMALISER_WORKERS')?.computed).toBe('usableCores()');
  });

  it('names variables read outside the classes only where they are still read', () => {
    for (const v of EXTRA_VARIABLES) expect(readFileSync(join(root, v.readBy), 'utf8')).toContain(v.name);
  });

  it('takes the first sentence of a doc comment', () => {
    expect(firstSentence('Largest body, in bytes (413 beyond).\n More detail. ')).toBe(
      'Largest body, in bytes (413 beyond).',
    );
    expect(firstSentence('No full stop')).toBe('No full stop');
    expect(firstSentence('Some, e.g. this, i.e. that? Yes.')).toBe('Some, e.g. this, i.e. that?');
  });
});
