import { Readability } from '@mozilla/readability';
import { parseHtmlDocument } from '@news/cleaning';
import { loadDevPages } from './load-pages';
const [prefix] = process.argv.slice(2);
const p = loadDevPages('/work/shared/datasets/extraction-dev').find((x) => x.id.startsWith(prefix))!;
for (const opts of [{}, { keepClasses: true }, { nbTopCandidates: 5 }]) {
  const r = new Readability(parseHtmlDocument(p.html), opts).parse();
  console.log(JSON.stringify(opts), r?.textContent?.length, r?.textContent?.includes('Two hostages'));
}
