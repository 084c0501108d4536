/**
 * Renders `.env.example` from the services' config classes: every variable a
 * service validates at start-up, with its default and the first sentence of
 * its doc comment. `npm run env:example` writes it; env-example.spec.ts fails
 * when the committed file differs (CI runs it with the unit specs).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { isSecret } from '@news/config';
import { INGEST_CONFIG_SECTIONS } from '../../apps/ingest/src/ingest.config';
import { NORMALISER_CONFIG_SECTIONS } from '../../apps/normaliser/src/normaliser.config';
import { STORE_CONFIG_SECTIONS } from '../../apps/store/src/store.config';
import { EXTRA_VARIABLES } from './extra-variables';

type ConfigClass = new () => object;
export const SERVICES: Record<string, Record<string, ConfigClass>> = {
  ingest: INGEST_CONFIG_SECTIONS,
  normaliser: NORMALISER_CONFIG_SECTIONS,
  store: STORE_CONFIG_SECTIONS,
};

/** Where the config classes are declared (parsed for their doc comments and default expressions). */
const SOURCES = [
  'libs/config/src/sections.ts',
  'apps/ingest/src/ingest.config.ts',
  'apps/normaliser/src/normaliser.config.ts',
  'apps/store/src/store.config.ts',
];

interface Declared {
  doc: string;
  initializer?: ts.Expression;
  /** Declared `NAME!:` (no default, not optional): start-up fails without it. */
  required: boolean;
}

/** Doc comment and initializer of every property of every class in SOURCES, by class and property name. */
function readDeclarations(root: string): Map<string, Map<string, Declared>> {
  const classes = new Map<string, Map<string, Declared>>();
  for (const file of SOURCES) {
    const source = ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.Latest, true);
    for (const node of source.statements.filter(ts.isClassDeclaration)) {
      const props = new Map<string, Declared>();
      for (const m of node.members.filter(ts.isPropertyDeclaration)) {
        const doc = ts
          .getJSDocCommentsAndTags(m)
          .map((d) => ts.getTextOfJSDocComment(d.comment) ?? '')
          .join(' ');
        props.set(m.name.getText(source), {
          doc,
          initializer: m.initializer,
          required: m.exclamationToken !== undefined,
        });
      }
      classes.set(node.name!.text, props);
    }
  }
  return classes;
}

/** The first sentence, on one line. */
export function firstSentence(doc: string): string {
  const flat = doc.replace(/\s+/g, ' ').trim();
  for (const m of flat.matchAll(/[.!?](?=\s|$)/g)) {
    if (!/\b(e\.g|i\.e|etc|vs)$/i.test(flat.slice(0, m.index))) return flat.slice(0, m.index + 1);
  }
  return flat;
}

/** A class's properties as declared, base class first (HttpEnv's METRICS_PORT is MetricsEnv's). */
function propertiesOf(cls: ConfigClass, declared: Map<string, Map<string, Declared>>): Array<[string, Declared]> {
  const chain: string[] = [];
  for (let c: unknown = cls; typeof c === 'function' && c.name !== ''; c = Object.getPrototypeOf(c))
    chain.unshift(c.name);
  return chain.flatMap((name) => [...(declared.get(name) ?? new Map<string, Declared>())]);
}

const hasCall = (e: ts.Node): boolean => ts.isCallExpression(e) || e.getChildren().some(hasCall);

export interface EnvVariable {
  name: string;
  services: string[];
  /** Per service, as `KEY=value` would set it; undefined when required or unset by default. */
  defaults: Map<string, string | undefined>;
  /** The default is computed at start-up (e.g. from the CPU limit), not a constant. */
  computed?: string;
  /** The services that refuse to start without it. */
  requiredBy: string[];
  secret: boolean;
  doc: string;
}

/** A default as the variable would be written: lists comma-separated, numbers and booleans as text. */
function show(v: unknown): string | undefined {
  if (v === undefined) return undefined;
  if (Array.isArray(v)) return v.join(',');
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);
}

/** Every variable of every service's config classes, in the order the classes first appear. */
export function collectVariables(root: string): EnvVariable[] {
  const declared = readDeclarations(root);
  const vars = new Map<string, EnvVariable>();
  for (const [service, sections] of Object.entries(SERVICES)) {
    for (const cls of Object.values(sections)) {
      const instance = new cls() as Record<string, unknown>;
      for (const [name, d] of propertiesOf(cls, declared)) {
        const v: EnvVariable = vars.get(name) ?? {
          name,
          services: [],
          requiredBy: [],
          defaults: new Map(),
          secret: isSecret(instance, name),
          doc: '',
        };
        if (!v.services.includes(service)) v.services.push(service);
        if (d.required && !v.requiredBy.includes(service)) v.requiredBy.push(service);
        if (d.initializer && hasCall(d.initializer)) v.computed = d.initializer.getText();
        v.defaults.set(service, v.computed ? undefined : show(instance[name]));
        v.doc ||= firstSentence(d.doc);
        vars.set(name, v);
      }
    }
  }
  return [...vars.values()];
}

function entry(v: EnvVariable): string[] {
  const values = [...new Set(v.defaults.values())];
  const lines = [`# ${v.doc || '(undocumented)'}`];
  const facts = [`Read by ${v.services.join(', ')}.`];
  if (v.requiredBy.length > 0)
    facts.push(v.requiredBy.length === v.services.length ? 'Required.' : `Required by ${v.requiredBy.join(', ')}.`);
  if (v.secret) facts.push('Secret: from a Secret in Kubernetes, never in a ConfigMap.');
  if (v.computed) facts.push(`Default: computed at start-up (${v.computed}).`);
  else if (values.length > 1)
    facts.push(`Default: ${[...v.defaults].map(([s, d]) => `${d ?? 'none'} (${s})`).join(', ')}.`);
  lines.push(`# ${facts.join(' ')}`);
  const value = v.computed ? undefined : [...v.defaults.values()][0];
  lines.push(v.computed ? `# ${v.name}=` : `${v.name}=${value ?? ''}`);
  return lines;
}

export function renderEnvExample(root: string): string {
  const head = [
    '# Every environment variable the services read, with its default and its meaning.',
    '# Generated from the config classes (libs/config/src/sections.ts, apps/*/src/*.config.ts) by',
    '# `npm run env:example`; do not edit by hand (CI checks it is current: tools/env-example/env-example.spec.ts).',
    '# An empty value is the same as unset.',
  ];
  const body = collectVariables(root).flatMap((v) => ['', ...entry(v)]);
  const extra = EXTRA_VARIABLES.flatMap((v) => [
    '',
    `# ${v.doc}`,
    `# Read by ${v.readBy}.`,
    `${v.commented ? '# ' : ''}${v.name}=${v.default}`,
  ]);
  return [...head, ...body, '', '# Read outside the config classes:', ...extra, ''].join('\n');
}
