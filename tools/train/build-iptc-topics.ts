/**
 * Builds libs/tagging/data/iptc-topics.json from the IPTC Media Topics vocabulary
 * (../shared/datasets/iptc/cptall-en-US.json, CC BY 4.0, © IPTC): the top-level
 * topics and their second-level children, each with its English label, URI and
 * the label terms of it and its descendants (the second-level classifier's cues).
 *
 *   npx tsx tools/train/build-iptc-topics.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface Concept {
  uri: string;
  qcode: string;
  prefLabel?: Record<string, string>;
  definition?: Record<string, string>;
  narrower?: string[];
  broader?: string[];
  retired?: string;
}

const repoRoot = resolve(__dirname, '..', '..');
const source = join(repoRoot, '..', 'shared', 'datasets', 'iptc', 'cptall-en-US.json');
const outFile = join(repoRoot, 'libs', 'tagging', 'data', 'iptc-topics.json');

const doc = JSON.parse(readFileSync(source, 'utf8')) as {
  hasTopConcept: string[];
  conceptSet: Concept[];
  dateReleased?: string;
};
const byCode = new Map(doc.conceptSet.map((c) => [c.qcode, c]));
const label = (c: Concept) => c.prefLabel?.['en-US'] ?? c.qcode;

function descendantLabels(c: Concept, depth = 0): string[] {
  if (depth > 4) return [];
  const out = [label(c)];
  for (const n of c.narrower ?? []) {
    const child = byCode.get(n);
    if (child && !child.retired) out.push(...descendantLabels(child, depth + 1));
  }
  return out;
}

const topLevel = doc.conceptSet
  .filter((c) => /^medtop:\d\d000000$/.test(c.qcode) && !c.retired)
  .sort((a, b) => a.qcode.localeCompare(b.qcode));
const topics = topLevel.map((t) => ({
  code: t.qcode,
  name: label(t),
  uri: t.uri,
  children: (t.narrower ?? [])
    .map((n) => byCode.get(n))
    .filter((c): c is Concept => !!c && !c.retired)
    .map((c) => ({
      code: c.qcode,
      name: label(c),
      uri: c.uri,
      terms: [...new Set(descendantLabels(c).map((l) => l.toLowerCase()))],
    })),
}));
writeFileSync(
  outFile,
  JSON.stringify({
    about:
      `Derived from IPTC Media Topics (release ${doc.dateReleased ?? 'unknown'}), CC BY 4.0, (c) IPTC, ` +
      `https://iptc.org/standards/media-topics/ by tools/train/build-iptc-topics.ts`,
    topics,
  }),
);
console.log(
  `wrote ${outFile}: ${topics.length} top-level topics, ${topics.reduce((n, t) => n + t.children.length, 0)} ` +
    `second-level`,
);
