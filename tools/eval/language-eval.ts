/**
 * Language identification evaluation.
 *
 *   npm run --silent eval:language [-- --errors]
 *
 * 1. English news sentences: every sentence (≥ 40 letters) of the English
 *    article bodies in ../shared/datasets/extraction-dev/ground-truth.json (pages
 *    from English-language news sites, by URL and body; MIT), fed as title-less text.
 * 2. 24 news languages: hand-written news sentences (tools/eval/language/news-sentences.ts).
 * Accuracy counts `und` as wrong.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { detectLanguage } from '@news/tagging';
import { NEWS_SENTENCES } from './language/news-sentences';

const shared = join(resolve(__dirname, '..', '..'), '..', 'shared', 'datasets');

// Pages in ground-truth.json that are not English (checked by hand from their URLs and bodies).
const NON_ENGLISH_HOSTS = ['autoracing.com.br', 'remember8090.it', 'wday.ru', 'blog.comwrap.com', 'kabarislamia.com',
  'mensagensreflexao.com.br', 'gto-normativy.ru', 'entermedia.co.kr', 'vse-diety.com', 'jeongdongtheater.com'];

function englishSentences(): string[] {
  const truth = JSON.parse(readFileSync(join(shared, 'extraction-dev', 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const out: string[] = [];
  for (const { articleBody, url } of Object.values(truth)) {
    if (NON_ENGLISH_HOSTS.some((h) => url.includes(h))) continue;
    for (const s of articleBody.split(/(?<=[.!?])\s+|\n+/)) {
      if ((s.match(/\p{L}/gu)?.length ?? 0) >= 40) out.push(s.trim());
    }
  }
  return out;
}

function main() {
  const showErrors = process.argv.includes('--errors');
  const en = englishSentences();
  let enOk = 0;
  const enErrors: string[] = [];
  for (const s of en) {
    const r = detectLanguage('', s);
    if (r.language === 'en') enOk++;
    else if (enErrors.length < 30) enErrors.push(`${r.language}: ${s.slice(0, 100)}`);
  }
  console.log(`English news sentences (extraction-dev bodies): ${enOk}/${en.length} = ${((100 * enOk) / en.length).toFixed(2)}%`);
  let ok = 0;
  let n = 0;
  const perLang: string[] = [];
  const errors: string[] = [];
  for (const [lang, sentences] of Object.entries(NEWS_SENTENCES)) {
    let langOk = 0;
    for (const s of sentences) {
      const r = detectLanguage('', s);
      n++;
      if (r.language === lang) {
        ok++;
        langOk++;
      } else errors.push(`${lang} → ${r.language}: ${s}`);
    }
    perLang.push(`${lang} ${langOk}/${sentences.length}`);
  }
  console.log(`24 languages, hand-written news sentences: ${ok}/${n} = ${((100 * ok) / n).toFixed(2)}%`);
  console.log(`  ${perLang.join(', ')}`);
  if (showErrors) for (const e of [...enErrors, ...errors]) console.log(e);
}

main();
