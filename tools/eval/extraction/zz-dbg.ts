import { parseHtmlDocument } from '@news/cleaning';
import { runReadability } from '../../../libs/cleaning/src/html/readability-extract';
import { loadDevPages } from './load-pages';
const [prefix] = process.argv.slice(2);
const p = loadDevPages('/work/shared/datasets/extraction-dev').find((x) => x.id.startsWith(prefix))!;
const r = runReadability(parseHtmlDocument(p.html));
console.log(r.content?.textContent?.length, r.content?.outerHTML.slice(0, 3000));
