#!/usr/bin/env node
// Checks what eslint and prettier do not: the size of files and functions, positional parameters and line
// length (import order and the injection style are eslint rules, scripts/eslint-rules). The rules are in
// CONTRIBUTING.md; they keep each unit small enough to read top to bottom. Line length skips data files and the
// lines of a template literal that spans several lines (sample documents, SQL): splitting one changes its value.
// Usage: node scripts/check-code-shape.mjs [--line-length] [paths...]
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
/** Applied migrations are history: rewriting one to fit a size rule could change a schema already deployed. */
const isMigration = (path) => /\/migrations\//.test(path);
/** Size rules hold for the product code: apps and libs, specs and migrations aside. */
const isProduct = (path) =>
  /^(apps|libs)\//.test(path) && path.endsWith('.ts') && !isSpec(path) && !isData(path) && !isMigration(path);

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

/** A function that only returns an object literal (an OpenAPI document) is a data table, not logic to read. */
function isTable(node) {
  let body = node.body;
  if (ts.isBlock(body)) {
    const only = body.statements.length === 1 ? body.statements[0] : undefined;
    body = only && ts.isReturnStatement(only) ? only.expression : undefined;
  }
  while (body && ts.isParenthesizedExpression(body)) body = body.expression;
  return body !== undefined && ts.isObjectLiteralExpression(body);
}

const decoratorsOf = (node) => (ts.canHaveDecorators(node) ? (ts.getDecorators(node) ?? []) : []);

/** Size and parameter rules on every function-like node. */
function checkFunctions(sf, path, report) {
  const visit = (node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const name = functionName(node);
      const lines = lineOf(sf, node.getEnd()) - lineOf(sf, node.getStart(sf)) + 1;
      if (lines > MAX_FUNCTION_LINES && !isTable(node)) {
        report(
          path,
          lineOf(sf, node.getStart(sf)),
          'function-lines',
          `${name} has ${lines} lines (max ${MAX_FUNCTION_LINES})`,
        );
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

const TEMPLATE_TEXT = new Set([
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateHead,
  ts.SyntaxKind.TemplateMiddle,
  ts.SyntaxKind.TemplateTail,
]);

/**
 * Lines holding text of a template literal that runs over several lines (a sample document, SQL): breaking
 * such a line would change the string's value. Code in the template's ${} on lines of its own is still checked.
 */
function templateLines(text, path) {
  const kind = path.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  const lines = new Set();
  const visit = (node) => {
    if (TEMPLATE_TEXT.has(node.kind)) {
      const first = lineOf(sf, node.getStart(sf));
      const last = lineOf(sf, node.getEnd());
      if (last > first) for (let l = first; l <= last; l++) lines.add(l);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return lines;
}

function checkLines(text, path, report) {
  let inTemplate;
  text.split('\n').forEach((line, i) => {
    if (line.length <= MAX_LINE) return;
    inTemplate ??= templateLines(text, path);
    if (inTemplate.has(i + 1)) return;
    report(path, i + 1, 'line-length', `${line.length} characters (max ${MAX_LINE})`);
  });
}

/** Size rules (files, functions, parameters) on apps and libs; with --line-length, line length on every code file. */
function checkFile(path, lineLength, report) {
  const text = readFileSync(join(ROOT, path), 'utf8');
  if (lineLength) return checkLines(text, path, report);
  if (!isProduct(path)) return;
  const lines = text.endsWith('\n') ? text.split('\n').length - 1 : text.split('\n').length;
  if (lines > MAX_FILE_LINES) report(path, 1, 'file-lines', `${lines} lines (max ${MAX_FILE_LINES}): split it by job`);
  const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  checkFunctions(sf, path, report);
}

function main() {
  const args = process.argv.slice(2);
  const lineLength = args.includes('--line-length');
  const problems = [];
  const report = (path, line, rule, message) => problems.push(`${path}:${line}: ${rule}: ${message}`);
  const files = filesToCheck(args.filter((a) => !a.startsWith('--'))).filter((path) => !isData(path));
  for (const path of files) checkFile(path, lineLength, report);
  for (const p of problems) console.log(p);
  if (problems.length > 0) {
    console.error(`check-code-shape: ${problems.length} problems in ${files.length} files`);
    process.exit(1);
  }
  console.log(`check-code-shape: ${files.length} files ok`);
}

main();
