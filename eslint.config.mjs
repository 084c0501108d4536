// Lint: type-aware rules that protect data (no floating or misused promises: an
// un-awaited write in a consumer commits an offset before the data is safe),
// import boundaries between apps and libs, import order and one dependency-injection style (scripts/eslint-rules).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import news from './scripts/eslint-rules/index.cjs';

const FRAMEWORK = ['@nestjs/*', 'kafkajs', 'typeorm', 'pg', '@news/kafka', '@news/database', '@news/config'];

/** Pure cores: plain TypeScript, runnable in a CLI, a test or a benchmark. */
const pureLib = (name) => ({
  files: [`libs/${name}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: FRAMEWORK, message: `libs/${name} is a pure core: no Nest, Kafka or database code.` },
          { group: ['**/apps/**', '../../../apps/**'], message: 'libs never import apps.' },
        ],
      },
    ],
  },
});

/** An app may use every lib, never another app. */
const app = (name, others) => ({
  files: [`apps/${name}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: others.map((o) => ({
          group: [`**/${o}/src/**`, `**/apps/${o}/**`],
          message: `apps/${name} must not import apps/${o}: share through libs/contracts.`,
        })),
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.tools/**', '.cache/**', '.run/**', 'coverage/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { news },
    rules: {
      'news/import-order': 'error',
      'news/explicit-inject': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
      'no-control-regex': 'off',
    },
  },
  pureLib('cleaning'),
  pureLib('tagging'),
  pureLib('wire-formats'),
  pureLib('contracts'),
  {
    files: ['libs/kafka/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['typeorm', 'pg', '@news/database'], message: 'libs/kafka holds Kafka plumbing only.' },
            { group: ['**/apps/**'], message: 'libs never import apps.' },
          ],
        },
      ],
    },
  },
  {
    files: ['libs/database/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['kafkajs', '@news/kafka', '@nestjs/microservices'], message: 'libs/database holds persistence only.' },
            { group: ['**/apps/**'], message: 'libs never import apps.' },
          ],
        },
      ],
    },
  },
  app('ingest', ['normaliser', 'store']),
  app('normaliser', ['ingest', 'store']),
  app('store', ['ingest', 'normaliser']),
  {
    files: ['**/*.spec.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
