/** Writes .env.example at the repository root from the config classes (npm run env:example). */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../harness/repo-root';
import { renderEnvExample } from './env-example';

const root = repoRoot();
writeFileSync(join(root, '.env.example'), renderEnvExample(root));
process.stdout.write('wrote .env.example\n');
