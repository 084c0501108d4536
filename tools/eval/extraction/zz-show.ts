import { cleanArticle } from '@news/cleaning';
import { loadDevPages } from './load-pages';
import { pageVisibleText } from './visible-text';
const [prefix, mode] = process.argv.slice(2);
const p = loadDevPages('/work/shared/datasets/extraction-dev').find((x) => x.id.startsWith(prefix))!;
const out = mode === 'text' ? cleanArticle({ body: pageVisibleText(p.html), contentType: 'text/plain' }) : cleanArticle({ body: p.html, contentType: 'text/html', url: p.url });
console.log('URL', p.url, '\n==== TRUTH\n' + p.truth.slice(0, 3000) + '\n==== PRED ' + JSON.stringify(out.qualityFlags) + ' ' + out.title + '\n' + out.text.slice(0, 5000));
