'use strict';
// One dependency-injection style: every constructor parameter of a class Nest builds names its token with
// @Inject (or an @Inject* helper). tsx and esbuild emit no decorator metadata, so a parameter that relies on
// its type alone would be undefined when the services run from source.

/** Nest classes whose constructors the container calls. */
const MANAGED = new Set(['Injectable', 'Controller', 'Module', 'Catch']);

const decoratorName = (d) => {
  const e = d.expression.type === 'CallExpression' ? d.expression.callee : d.expression;
  return e.type === 'Identifier' ? e.name : undefined;
};

const paramName = (p) => {
  const inner = p.type === 'TSParameterProperty' ? p.parameter : p;
  const id = inner.type === 'AssignmentPattern' ? inner.left : inner;
  return id.type === 'Identifier' ? id.name : '?';
};

/** @type {import('eslint').Rule.RuleModule} */
module.exports = {
  meta: {
    type: 'problem',
    docs: { description: 'Constructor parameters of Nest-managed classes name their token with @Inject' },
    schema: [],
    messages: { missing: '{{cls}}: constructor parameter `{{param}}` has no @Inject(token)' },
  },
  create(context) {
    const check = (cls) => {
      if (!(cls.decorators ?? []).some((d) => MANAGED.has(decoratorName(d)))) return;
      const ctor = cls.body.body.find((m) => m.type === 'MethodDefinition' && m.kind === 'constructor');
      for (const p of ctor?.value.params ?? []) {
        if ((p.decorators ?? []).some((d) => /^Inject/.test(decoratorName(d) ?? ''))) continue;
        const cls_ = cls.id?.name ?? '(anonymous class)';
        context.report({ node: p, messageId: 'missing', data: { cls: cls_, param: paramName(p) } });
      }
    };
    return { ClassDeclaration: check, ClassExpression: check };
  },
};
