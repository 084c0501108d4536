/**
 * IPTC top-level subject accuracy on our BBC-style dev set (tools/eval/subjects/dev-labels.ts):
 * an article counts as right when the tagger's first top-level subject is the IPTC topic
 * of its BBC category. Title = the URL slug's words (the ground truth holds bodies only).
 *
 *   npm run --silent eval:subjects [-- --errors]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tagArticle } from '@news/tagging';
import { BBC_TO_IPTC, DEV_LABELS } from './subjects/dev-labels';

const shared = join(resolve(__dirname, '..', '..'), '..', 'shared', 'datasets');

function titleFromUrl(url: string): string {
  const slug = url.replace(/[?#].*$/, '').split('/').filter(Boolean).pop() ?? '';
  return slug.replace(/\.(html?|php)$/, '').replace(/[-_]+/g, ' ').replace(/\b\d+\b/g, '').trim();
}

function main() {
  const showErrors = process.argv.includes('--errors');
  const truth = JSON.parse(readFileSync(join(shared, 'extraction-dev', 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const pages = Object.values(truth);
  let ok = 0;
  let anyOk = 0;
  let n = 0;
  const perCat: Record<string, [number, number]> = {};
  const errors: string[] = [];
  for (const [urlPart, cat] of DEV_LABELS) {
    const page = pages.find((p) => p.url.includes(urlPart));
    if (!page) throw new Error(`dev label matches no page: ${urlPart}`);
    const r = tagArticle({ title: titleFromUrl(page.url), text: page.articleBody });
    const tops = r.subjects.filter((s) => /^medtop:\d\d000000$/.test(s.code));
    const expected = BBC_TO_IPTC[cat];
    n++;
    perCat[cat] ??= [0, 0];
    perCat[cat][1]++;
    if (tops[0]?.code === expected) {
      ok++;
      perCat[cat][0]++;
    } else errors.push(`${cat}: got ${tops.map((t) => `${t.name} (${t.confidence})`).join(', ') || 'none'} — ${page.url}`);
    if (tops.some((t) => t.code === expected)) anyOk++;
  }
  console.log(`top-level accuracy (first subject): ${ok}/${n} = ${((100 * ok) / n).toFixed(1)}%`);
  console.log(`expected topic among the subjects:  ${anyOk}/${n} = ${((100 * anyOk) / n).toFixed(1)}%`);
  console.log(`  ${Object.entries(perCat).map(([c, [a, b]]) => `${c} ${a}/${b}`).join(', ')}`);
  if (showErrors) for (const e of errors) console.log(e);
}

main();
