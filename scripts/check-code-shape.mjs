#!/usr/bin/env node
// Checks what eslint and prettier do not: the size of files and functions, positional parameters, line
// length, import order, and the one dependency-injection style. The rules are in CONTRIBUTING.md; they keep
// each unit small enough to read top to bottom. Usage: node scripts/check-code-shape.mjs [paths...]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '..');
const DIRS = ['apps', 'libs', 'test', 'bench', 'tools', 'scripts', 'examples'];
const SKIP_DIRS = new Set(['node_modules', 'dist', '.cache', '.run', 'coverage']);
const CODE = /\.(ts|mts|cts|mjs|cjs|js)$/;

const MAX_LINE = 120;
const MAX_FILE_LINES = 300;
const MAX_FUNCTION_LINES = 60;
const MAX_POSITIONAL_PARAMS = 4;

/** Word lists, fixtures and generated tables: long by nature, and not read as code. */
const isData = (path) => /(^|\/)(data|fixtures)\//.test(path);
const isSpec = (path) => /\.(spec|e2e-spec|int-spec|fuzz\.spec)\.ts$/.test(path);
/** Size rules hold for the product code: apps and libs, specs aside. */
const isProduct = (path) => /^(apps|libs)\//.test(path) && path.endsWith('.ts') && !isSpec(path) && !isData(path);

/** Nest classes whose constructors the container calls. */
const DI_DECORATORS = new Set(['Injectable', 'Controller', 'Module', 'Catch', 'Global']);

function walk(dir, out) {
  for (const name of readdirSync(dir)) {
    if (SKIP_DIRS.has(name)) continue;
    const full = join(dir, name);
    const st = statSync(full, { throwIfNoEntry: false });
    if (!st || (st.isSymbolicLink?.() ?? false)) continue;
    if (st.isDirectory()) walk(full, out);
    else if (CODE.test(name)) out.push(relative(ROOT, full));
  }
  return out;
}

function filesToCheck(args) {
  const roots = args.length > 0 ? args : DIRS;
  const files = [];
  for (const r of roots) {
    const full = resolve(ROOT, r);
    const st = statSync(full, { throwIfNoEntry: false });
    if (!st) continue;
    if (st.isDirectory()) walk(full, files);
    else if (CODE.test(full)) files.push(relative(ROOT, full));
  }
  return files.sort();
}

const lineOf = (sf, pos) => sf.getLineAndCharacterOfPosition(pos).line + 1;

function functionName(node) {
  if (node.name && ts.isIdentifier(node.name)) return node.name.text;
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isPropertyDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  return '(anonymous)';
}

const decoratorName = (d) => {
  const e = ts.isCallExpression(d.expression) ? d.expression.expression : d.expression;
  return ts.isIdentifier(e) ? e.text : undefined;
};
const decoratorsOf = (node) => (ts.canHaveDecorators(node) ? (ts.getDecorators(node) ?? []) : []);

/** Size and parameter rules on every function-like node. */
function checkFunctions(sf, path, report) {
  const visit = (node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const name = functionName(node);
      const lines = lineOf(sf, node.getEnd()) - lineOf(sf, node.getStart(sf)) + 1;
      if (lines > MAX_FUNCTION_LINES) {
        report(path, lineOf(sf, node.getStart(sf)), 'function-lines', `${name} has ${lines} lines (max ${MAX_FUNCTION_LINES})`);
      }
      const positional = node.parameters.filter((p) => !(ts.isIdentifier(p.name) && p.name.text === 'this'));
      // A constructor the Nest container calls takes its dependencies by token, not from a caller.
      const injected = ts.isConstructorDeclaration(node) && positional.every((p) => decoratorsOf(p).length > 0);
      if (positional.length > MAX_POSITIONAL_PARAMS && !injected) {
        const what = `${name} takes ${positional.length} positional parameters (max ${MAX_POSITIONAL_PARAMS})`;
        report(path, lineOf(sf, node.getStart(sf)), 'positional-params', `${what}: pass an options object`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

/** External packages first, then @news/* libs, then relative paths; nothing imported below code. */
function checkImports(sf, path, report) {
  const rank = (spec) => (spec.startsWith('.') ? 2 : spec.startsWith('@news/') ? 1 : 0);
  const group = ['an external package', 'a @news lib', 'a relative path'];
  let seenCode = false;
  let last = 0;
  for (const st of sf.statements) {
    if (!ts.isImportDeclaration(st) && !ts.isImportEqualsDeclaration(st)) {
      seenCode = true;
      continue;
    }
    const line = lineOf(sf, st.getStart(sf));
    if (seenCode) report(path, line, 'import-order', 'import below code: move it to the top');
    if (!ts.isImportDeclaration(st) || !ts.isStringLiteral(st.moduleSpecifier)) continue;
    // A side-effect import (reflect-metadata) may stand anywhere in the header: its place is its meaning.
    if (!st.importClause) continue;
    const r = rank(st.moduleSpecifier.text);
    if (r < last) report(path, line, 'import-order', `${group[r]} imported after ${group[last]}`);
    last = Math.max(last, r);
  }
}

/** Every constructor parameter of a Nest-managed class names its token: tsx and esbuild emit no decorator metadata. */
function checkInjection(sf, path, report) {
  const visit = (node) => {
    if (ts.isClassDeclaration(node) && decoratorsOf(node).some((d) => DI_DECORATORS.has(decoratorName(d)))) {
      for (const member of node.members) {
        if (!ts.isConstructorDeclaration(member)) continue;
        for (const p of member.parameters) {
          if (decoratorsOf(p).some((d) => /^Inject/.test(decoratorName(d) ?? ''))) continue;
          const name = ts.isIdentifier(p.name) ? p.name.text : '?';
          report(path, lineOf(sf, p.getStart(sf)), 'explicit-inject', `${node.name?.text}: parameter ${name} has no @Inject(token)`);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

function checkLines(text, path, report) {
  text.split('\n').forEach((line, i) => {
    if (line.length > MAX_LINE) report(path, i + 1, 'line-length', `${line.length} characters (max ${MAX_LINE})`);
  });
}

function main() {
  const problems = [];
  const report = (path, line, rule, message) => problems.push(`${path}:${line}: ${rule}: ${message}`);
  const files = filesToCheck(process.argv.slice(2));
  for (const path of files) {
    if (isData(path)) continue;
    const text = readFileSync(join(ROOT, path), 'utf8');
    checkLines(text, path, report);
    const kind = path.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS;
    const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
    checkImports(sf, path, report);
    checkInjection(sf, path, report);
    if (!isProduct(path)) continue;
    const lines = text.endsWith('\n') ? text.split('\n').length - 1 : text.split('\n').length;
    if (lines > MAX_FILE_LINES) report(path, 1, 'file-lines', `${lines} lines (max ${MAX_FILE_LINES}): split it by job`);
    checkFunctions(sf, path, report);
  }
  for (const p of problems) console.log(p);
  if (problems.length > 0) {
    console.error(`check-code-shape: ${problems.length} problems in ${files.length} files`);
    process.exit(1);
  }
  console.log(`check-code-shape: ${files.length} files ok`);
}

main();
