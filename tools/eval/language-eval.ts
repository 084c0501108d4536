/**
 * Language identification evaluation.
 *
 *   npm run --silent eval:language [-- --errors]
 *
 * 1. English news sentences, hand-written (tools/eval/language/english-news-sentences.ts):
 *    300 sentences over 14 beats (sport, markets, courts, weather, tech, politics, …),
 *    with names, numbers, quotes and very short lines.
 * 1b. Held-out English news sentences (tools/eval/language/english-news-heldout.ts): 335
 *    sentences written later, before the detector changes they check, over 13 beats, many
 *    short and many crowded with foreign names and places.
 * 1c. Check set (tools/eval/language/english-news-check.ts): 60 English sentences written
 *    after the English prior was tuned (short lines, lines crowded with foreign names), and
 *    52 short non-English lines with names and numbers that must not come out `en`; then
 *    20 English and 20 non-English lines written last and measured once.
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
import { ENGLISH_NEWS_CHECK, ENGLISH_NEWS_FINAL, NON_ENGLISH_SHORT, NON_ENGLISH_SHORT_FINAL } from './language/english-news-check';
import { ENGLISH_NEWS_HELDOUT } from './language/english-news-heldout';
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

  /** Scores a set grouped by beat or language; `expected` gives each group's right answer. */
  const scoreSet = (name: string, tag: string, set: Record<string, string[]>, expected: (group: string) => string) => {
    let ok = 0;
    let n = 0;
    const perGroup: string[] = [];
    for (const [group, sentences] of Object.entries(set)) {
      let groupOk = 0;
      for (const s of sentences) {
        const r = detectLanguage('', s);
        n++;
        if (r.language === expected(group)) {
          ok++;
          groupOk++;
        } else errors.push(`${tag} (${group}) → ${r.language}: ${s}`);
      }
      perGroup.push(`${group} ${groupOk}/${sentences.length}`);
    }
    console.log(`${name}: ${pct(ok, n)}`);
    console.log(`  ${perGroup.join(', ')}`);
  };
  const englishSet = (name: string, tag: string, set: Record<string, string[]>) => scoreSet(name, tag, set, () => 'en');
  englishSet('English news sentences (hand-written)', 'en news', ENGLISH_NEWS_SENTENCES);
  englishSet('English news sentences, held out (hand-written later)', 'en held-out', ENGLISH_NEWS_HELDOUT);
  englishSet('English news sentences, check set (written after tuning)', 'en check', ENGLISH_NEWS_CHECK);
  const notEnglish = (name: string, set: Record<string, string[]>) => {
    let notEn = 0;
    let n = 0;
    for (const [lang, sentences] of Object.entries(set)) {
      for (const s of sentences) {
        const r = detectLanguage('', s);
        n++;
        if (r.language !== 'en') notEn++;
        else errors.push(`${name}, ${lang} → en: ${s}`);
      }
    }
    console.log(`${name}, not taken for English: ${pct(notEn, n)}`);
  };
  notEnglish('Short non-English lines', NON_ENGLISH_SHORT);
  englishSet('English news sentences, final check (written last, measured once)', 'en final', ENGLISH_NEWS_FINAL);
  notEnglish('Short non-English lines, final check', NON_ENGLISH_SHORT_FINAL);

  const web = englishWebSentences();
  let webOk = 0;
  for (const s of web) {
    const r = detectLanguage('', s);
    if (r.language === 'en') webOk++;
    else errors.push(`en web → ${r.language}: ${s.slice(0, 100)}`);
  }
  console.log(`English web sentences (extraction-dev bodies): ${pct(webOk, web.length)}`);

  scoreSet('24 languages, hand-written news sentences', 'news', NEWS_SENTENCES, (lang) => lang);
  if (showErrors) for (const e of errors) console.log(e);
}

main();
