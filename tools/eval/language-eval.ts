/**
 * Language identification evaluation.
 *
 *   npm run --silent eval:language [-- --errors]
 *
 * 1. English news sentences, hand-written (tools/eval/language/english-news-sentences.ts):
 *    300 sentences over 14 beats (sport, markets, courts, weather, tech, politics, …),
 *    with names, numbers, quotes and very short lines.
 * 2. English web sentences: every sentence (≥ 40 letters) of the English article bodies
 *    in ../shared/datasets/extraction-dev/ground-truth.json (pages from English-language
 *    sites, by URL and body; MIT), fed as title-less text. Noisier than news: recipes,
 *    stat tables, lists of names.
 * 3. 24 news languages: hand-written news sentences, 12 per language
 *    (tools/eval/language/news-sentences.ts).
 * Accuracy counts `und` as wrong. `--errors` lists the misses.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { detectLanguage } from '@news/tagging';
import { ENGLISH_NEWS_SENTENCES } from './language/english-news-sentences';
import { NEWS_SENTENCES } from './language/news-sentences';

const shared = join(resolve(__dirname, '..', '..'), '..', 'shared', 'datasets');

// Pages in ground-truth.json that are not English (checked by hand from their URLs and bodies).
const NON_ENGLISH_HOSTS = ['autoracing.com.br', 'remember8090.it', 'wday.ru', 'blog.comwrap.com', 'kabarislamia.com',
  'mensagensreflexao.com.br', 'gto-normativy.ru', 'entermedia.co.kr', 'vse-diety.com', 'jeongdongtheater.com'];

function englishWebSentences(): string[] {
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

const pct = (a: number, b: number) => `${a}/${b} = ${((100 * a) / b).toFixed(2)}%`;

function main() {
  const showErrors = process.argv.includes('--errors');
  const errors: string[] = [];

  let newsOk = 0;
  let newsN = 0;
  const perBeat: string[] = [];
  for (const [beat, sentences] of Object.entries(ENGLISH_NEWS_SENTENCES)) {
    let beatOk = 0;
    for (const s of sentences) {
      const r = detectLanguage('', s);
      newsN++;
      if (r.language === 'en') {
        newsOk++;
        beatOk++;
      } else errors.push(`en news (${beat}) → ${r.language}: ${s}`);
    }
    perBeat.push(`${beat} ${beatOk}/${sentences.length}`);
  }
  console.log(`English news sentences (hand-written): ${pct(newsOk, newsN)}`);
  console.log(`  ${perBeat.join(', ')}`);

  const web = englishWebSentences();
  let webOk = 0;
  for (const s of web) {
    const r = detectLanguage('', s);
    if (r.language === 'en') webOk++;
    else errors.push(`en web → ${r.language}: ${s.slice(0, 100)}`);
  }
  console.log(`English web sentences (extraction-dev bodies): ${pct(webOk, web.length)}`);

  let ok = 0;
  let n = 0;
  const perLang: string[] = [];
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
  console.log(`24 languages, hand-written news sentences: ${pct(ok, n)}`);
  console.log(`  ${perLang.join(', ')}`);
  if (showErrors) for (const e of errors) console.log(e);
}

main();
