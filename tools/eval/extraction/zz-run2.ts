import { cleanArticle } from '@news/cleaning';
import { loadDevPages } from './load-pages';
import { pageVisibleText } from './visible-text';
const texts = loadDevPages('/work/shared/datasets/extraction-dev').map((p) => pageVisibleText(p.html));
const s = performance.now();
for (let r = 0; r < 40; r++) for (const t of texts) cleanArticle({ body: t, contentType: 'text/plain', url: 'https://x.com/a' });
console.log('ms/doc', (performance.now() - s) / (40 * texts.length));
