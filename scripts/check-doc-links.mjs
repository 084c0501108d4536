#!/usr/bin/env node
// Checks every relative link in the repository's Markdown files: the file or folder must exist inside the
// repository, and an anchor must name a heading of the target file (GitHub's slugs). External links are not
// fetched. Usage: node scripts/check-doc-links.mjs; exits 1 and lists each broken link.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SKIP_DIRS = new Set(['.git', 'node_modules', '.tools', '.cache', '.run', 'dist', 'coverage']);

function markdownFiles(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) markdownFiles(join(dir, entry.name), out);
    } else if (entry.isFile() && entry.name.endsWith('.md')) {
      out.push(join(dir, entry.name));
    }
  }
  return out;
}

/** The file's lines outside fenced code blocks, with inline code spans blanked. */
function proseLines(text) {
  const lines = [];
  let fence = null;
  text.split('\n').forEach((line, i) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line);
    if (marker) {
      if (fence === null) fence = marker[1][0];
      else if (marker[1][0] === fence) fence = null;
      return;
    }
    if (fence === null) lines.push({ number: i + 1, text: line.replace(/`[^`]*`/g, (m) => ' '.repeat(m.length)) });
  });
  return lines;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
function slugsOf(text) {
  const counts = new Map();
  const slugs = new Set();
  for (const { text: line } of proseLines(text.replace(/`([^`]*)`/g, '$1'))) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const plain = heading[1].replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*]/g, '');
    const base = plain
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const n = counts.get(base) ?? 0;
    counts.set(base, n + 1);
    slugs.add(n === 0 ? base : `${base}-${n}`);
  }
  return slugs;
}

const slugCache = new Map();
function anchorsOf(file) {
  if (!slugCache.has(file)) slugCache.set(file, slugsOf(readFileSync(file, 'utf8')));
  return slugCache.get(file);
}

const LINK = /!?\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const problems = [];
const files = markdownFiles(ROOT);
let checked = 0;

for (const file of files) {
  const where = relative(ROOT, file);
  for (const { number, text } of proseLines(readFileSync(file, 'utf8'))) {
    for (const match of text.matchAll(LINK)) {
      const target = match[1];
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
      checked += 1;
      const [pathPart, anchor] = target.split('#', 2);
      const resolved = pathPart === '' ? file : resolve(dirname(file), decodeURIComponent(pathPart));
      const say = (why) => problems.push(`${where}:${number}: ${target}: ${why}`);
      if (resolved !== ROOT && !resolved.startsWith(ROOT + sep)) {
        say('points outside the repository');
        continue;
      }
      if (!existsSync(resolved)) {
        say('no such file or folder');
        continue;
      }
      if (anchor === undefined || anchor === '') continue;
      if (statSync(resolved).isDirectory() || !resolved.endsWith('.md')) {
        say('an anchor on something that is not a Markdown file');
      } else if (!anchorsOf(resolved).has(anchor)) {
        say(`no heading with the anchor #${anchor} in ${relative(ROOT, resolved)}`);
      }
    }
  }
}

for (const p of problems) console.error(p);
console.log(`${files.length} Markdown files, ${checked} relative links, ${problems.length} broken`);
process.exit(problems.length === 0 ? 0 : 1);
