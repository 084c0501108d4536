import { RuleTester } from 'eslint';
import type { Rule } from 'eslint';
import tseslint from 'typescript-eslint';

// The rules are CommonJS so that eslint.config.mjs and this spec load the same files.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const plugin = require('./index.cjs') as { rules: Record<'import-order' | 'explicit-inject', Rule.RuleModule> };

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });

describe('news/import-order', () => {
  tester.run('import-order', plugin.rules['import-order'], {
    valid: [
      {
        code: [
          "import 'reflect-metadata';",
          "import { join } from 'node:path';",
          "import { Kafka } from 'kafkajs';",
          "import { TOPICS } from '@news/contracts';",
          "import { x } from './x';",
          "export * from './y';",
          'const a = 1;',
        ].join('\n'),
      },
      { code: "'use strict';\nimport { a } from 'a';\nexport { b } from './b';\nimport { c } from './c';" },
    ],
    invalid: [
      {
        code: "import { x } from './x';\nimport { TOPICS } from '@news/contracts';",
        errors: [{ messageId: 'order' }],
      },
      {
        code: "import { TOPICS } from '@news/contracts';\nimport { Kafka } from 'kafkajs';",
        errors: [{ messageId: 'order' }],
      },
      {
        code: "import { a } from 'a';\nconst b = a;\nimport { c } from './c';",
        errors: [{ messageId: 'belowCode' }],
      },
    ],
  });
});

describe('news/explicit-inject', () => {
  tester.run('explicit-inject', plugin.rules['explicit-inject'], {
    valid: [
      {
        code: [
          '@Injectable()',
          'class A {',
          '  constructor(@Inject(B) private readonly b: B, @Optional() @Inject(C) c?: C) {}',
          '}',
        ].join('\n'),
      },
      { code: '@Controller()\nclass A {\n  constructor(@InjectDataSource() ds: DataSource) {}\n}' },
      // Not built by Nest: a plain class takes what its caller passes.
      { code: 'class A {\n  constructor(private readonly b: B) {}\n}' },
    ],
    invalid: [
      {
        code: '@Injectable()\nclass A {\n  constructor(private readonly b: B) {}\n}',
        errors: [{ messageId: 'missing', data: { cls: 'A', param: 'b' } }],
      },
      {
        code: '@Controller()\nclass A {\n  constructor(@Inject(B) b: B, @Optional() c?: C) {}\n}',
        errors: [{ messageId: 'missing', data: { cls: 'A', param: 'c' } }],
      },
    ],
  });
});
