'use strict';
// Imports stand at the top of a module, in three groups: external packages (node: built-ins included), then
// the @news/* libs, then relative paths. A reader sees what a file depends on before any of its code.
// Side-effect imports (reflect-metadata) keep their place: their position is their meaning.

const GROUPS = ['an external package', 'a @news lib', 'a relative path'];
const rankOf = (source) => (source.startsWith('.') ? 2 : source.startsWith('@news/') ? 1 : 0);

/** Statements that are neither code nor imports: re-exports and directives. */
const isNeutral = (st) =>
  (st.type === 'ExportAllDeclaration' || (st.type === 'ExportNamedDeclaration' && st.source)) ||
  (st.type === 'ExpressionStatement' && typeof st.directive === 'string');

/** @type {import('eslint').Rule.RuleModule} */
module.exports = {
  meta: {
    type: 'suggestion',
    docs: { description: 'Imports at the top, grouped: external, then @news libs, then relative' },
    schema: [],
    messages: {
      belowCode: 'import below code: move it to the top of the file',
      order: '{{what}} imported after {{after}}: external packages, then @news libs, then relative paths',
    },
  },
  create(context) {
    return {
      Program(program) {
        let seenCode = false;
        let highest = 0;
        for (const st of program.body) {
          const isImport = st.type === 'ImportDeclaration' || st.type === 'TSImportEqualsDeclaration';
          if (!isImport) {
            if (!isNeutral(st)) seenCode = true;
            continue;
          }
          if (seenCode) context.report({ node: st, messageId: 'belowCode' });
          if (st.type !== 'ImportDeclaration' || st.specifiers.length === 0) continue;
          const rank = rankOf(String(st.source.value));
          if (rank < highest) {
            context.report({ node: st, messageId: 'order', data: { what: GROUPS[rank], after: GROUPS[highest] } });
          }
          highest = Math.max(highest, rank);
        }
      },
    };
  },
};
