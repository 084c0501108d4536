/**
 * IPTC top-level subject accuracy on three dev sets:
 *
 * 1. BBC-style: 40 short UK news articles in the BBC News dataset's five categories,
 *    written for this project (tools/eval/subjects/bbc-style-articles.json).
 * 1b. BBC-style, held out: 40 more such articles (200–500 words), written later, before
 *    the cue changes they check (tools/eval/subjects/bbc-style-heldout.json).
 * 1c. BBC-style, cross-topic: 20 articles whose words lean to a topic outside their BBC
 *    category (politics of the Iraq war, a pop star's trial, a fraud trial of a former chief
 *    executive, a doping hearing, a jailed hacker), written before the cue changes
 *    (tools/eval/subjects/bbc-style-crossover.json).
 * 2. BBC categories on real pages: 43 pages of extraction-dev in the shared datasets (MIT)
 *    labelled with one of the five BBC categories (tools/eval/subjects/dev-labels.ts).
 * 3. All 17 topics on real pages: 80 English news pages of extraction-dev labelled with
 *    their main IPTC top-level topic and the others a reader would accept
 *    (tools/eval/subjects/extraction-dev-labels.ts).
 *
 * An article counts as right when the tagger's first top-level subject is the expected
 * topic ("first"); "accepted" also counts a first subject among the accepted others, and
 * "among" counts the expected topic anywhere in the subjects. BBC categories map to IPTC
 * as in dev-labels.ts (tech → science and technology). Pages have no title in the ground
 * truth: the URL slug's words stand in.
 *
 *   npm run --silent eval:subjects [-- --errors]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SubjectTag } from '@news/contracts';
import { tagArticle } from '@news/tagging';
import { sharedDir } from './extraction/load-pages';
import { BbcCategory, BBC_TO_IPTC, DEV_LABELS } from './subjects/dev-labels';
import { EXTRACTION_DEV_LABELS } from './subjects/extraction-dev-labels';

const shared = join(sharedDir(resolve(__dirname, '..', '..')), 'datasets');

interface BbcStyleArticle {
  id: string;
  category: BbcCategory;
  title: string;
  text: string;
}

/** A set of written articles: a JSON fixture beside this script, `{ about, articles }`. */
function writtenSet(name: string): BbcStyleArticle[] {
  const file = JSON.parse(readFileSync(join(__dirname, 'subjects', `${name}.json`), 'utf8')) as {
    articles: BbcStyleArticle[];
  };
  return file.articles;
}
const showErrors = process.argv.includes('--errors');

function titleFromUrl(url: string): string {
  const slug = url.replace(/[?#].*$/, '').split('/').filter(Boolean).pop() ?? '';
  return slug.replace(/\.(html?|php)$/, '').replace(/[-_]+/g, ' ').replace(/\b\d+\b/g, '').trim();
}

const topLevel = (subjects: SubjectTag[]) => subjects.filter((s) => /^medtop:\d\d000000$/.test(s.code));
const code = (two: string) => `medtop:${two}000000`;
const describe = (tops: SubjectTag[]) => tops.map((t) => `${t.name} (${t.confidence})`).join(', ') || 'none';
const pct = (a: number, b: number) => `${a}/${b} = ${((100 * a) / b).toFixed(1)}%`;

class Tally {
  n = 0;
  first = 0;
  accepted = 0;
  among = 0;
  perGroup: Record<string, [number, number]> = {};
  errors: string[] = [];

  add(group: string, tops: SubjectTag[], expected: string, alsoOk: string[], label: string) {
    this.n++;
    this.perGroup[group] ??= [0, 0];
    this.perGroup[group][1]++;
    const got = tops[0]?.code;
    if (got === expected) {
      this.first++;
      this.perGroup[group][0]++;
    } else this.errors.push(`${group}: got ${describe(tops)} — ${label}`);
    if (got === expected || (got !== undefined && alsoOk.includes(got))) this.accepted++;
    if (tops.some((t) => t.code === expected)) this.among++;
  }

  print(name: string, withAccepted = false) {
    console.log(`${name}: first ${pct(this.first, this.n)}${withAccepted ? `; accepted ${pct(this.accepted, this.n)}` : ''}; among ${pct(this.among, this.n)}`);
    console.log(`  ${Object.entries(this.perGroup).map(([c, [a, b]]) => `${c} ${a}/${b}`).join(', ')}`);
    if (showErrors) for (const e of this.errors) console.log(`  ✗ ${e}`);
  }
}

function main() {
  const truth = JSON.parse(readFileSync(join(shared, 'extraction-dev', 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const pages = Object.values(truth);
  const page = (urlPart: string) => {
    const p = pages.find((x) => x.url.includes(urlPart));
    if (!p) throw new Error(`dev label matches no page: ${urlPart}`);
    return p;
  };

  const writtenSets: [string, BbcStyleArticle[]][] = [
    ['1. BBC-style articles, BBC categories', writtenSet('bbc-style-articles')],
    ['1b. BBC-style articles, held out, BBC categories', writtenSet('bbc-style-heldout')],
    ['1c. BBC-style articles, cross-topic, BBC categories', writtenSet('bbc-style-crossover')],
  ];
  for (const [name, articles] of writtenSets) {
    const tally = new Tally();
    for (const a of articles) {
      tally.add(a.category, topLevel(tagArticle({ title: a.title, text: a.text }).subjects), BBC_TO_IPTC[a.category], [], `${a.id} ${a.title}`);
    }
    tally.print(name);
  }

  const old = new Tally();
  for (const [urlPart, cat] of DEV_LABELS) {
    const p = page(urlPart);
    old.add(cat, topLevel(tagArticle({ title: titleFromUrl(p.url), text: p.articleBody }).subjects), BBC_TO_IPTC[cat], [], p.url);
  }
  old.print('2. extraction-dev pages, BBC categories');

  const all = new Tally();
  for (const [urlPart, main, others] of EXTRACTION_DEV_LABELS) {
    const p = page(urlPart);
    all.add(main, topLevel(tagArticle({ title: titleFromUrl(p.url), text: p.articleBody }).subjects), code(main), others.map(code), p.url);
  }
  all.print('3. extraction-dev pages, 17 IPTC topics', true);
}

main();
