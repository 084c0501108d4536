/**
 * Language identification evaluation.
 *
 *   npm run --silent eval:language [-- --errors]
 *
 * 1. English news sentences, hand-written (tools/eval/language/english-news-sentences.json):
 *    300 sentences over 14 beats (sport, markets, courts, weather, tech, politics, …),
 *    with names, numbers, quotes and very short lines.
 * 1b. Held-out English news sentences (tools/eval/language/english-news-heldout.json): 345
 *    sentences written later, before the detector changes they check, over 13 beats, many
 *    short and many crowded with foreign names and places.
 * 1c. Check set (tools/eval/language/english-news-check.json): 60 English sentences written
 *    after the English prior was tuned (short lines, lines crowded with foreign names), and
 *    52 short non-English lines with names and numbers that must not come out `en`; then
 *    20 English and 20 non-English lines written last and measured once.
 * 2. English web sentences: every sentence (≥ 40 letters) of the English article bodies
 *    in extraction-dev/ground-truth.json of the shared datasets (pages from English-language
 *    sites, by URL and body; MIT), fed as title-less text. Noisier than news: recipes,
 *    stat tables, lists of names.
 * 3. 24 news languages: hand-written news sentences, 12 per language
 *    (tools/eval/language/news-sentences.json).
 * Accuracy counts `und` as wrong. `--errors` lists the misses.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { detectLanguage } from '@news/tagging';
import { sharedDir } from './extraction/load-pages';

const shared = join(sharedDir(resolve(__dirname, '..', '..')), 'datasets');

/** Sentences grouped by beat or by language. */
type SentenceSet = Record<string, string[]>;

/** A JSON fixture beside this script: `{ about, sentences }`, or named sets. */
function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(join(__dirname, 'language', `${name}.json`), 'utf8')) as T;
}

const sentencesOf = (name: string): SentenceSet => fixture<{ sentences: SentenceSet }>(name).sentences;

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
  const scoreSet = (name: string, tag: string, set: SentenceSet, expected: (group: string) => string) => {
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
  const englishSet = (name: string, tag: string, set: SentenceSet) => scoreSet(name, tag, set, () => 'en');
  const checks = fixture<Record<'check' | 'nonEnglishShort' | 'final' | 'nonEnglishShortFinal', SentenceSet>>(
    'english-news-check',
  );
  englishSet('English news sentences (hand-written)', 'en news', sentencesOf('english-news-sentences'));
  englishSet('English news sentences, held out (hand-written later)', 'en held-out', sentencesOf('english-news-heldout'));
  englishSet('English news sentences, check set (written after tuning)', 'en check', checks.check);
  const notEnglish = (name: string, set: SentenceSet) => {
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
  notEnglish('Short non-English lines', checks.nonEnglishShort);
  englishSet('English news sentences, final check (written last, measured once)', 'en final', checks.final);
  notEnglish('Short non-English lines, final check', checks.nonEnglishShortFinal);

  const web = englishWebSentences();
  let webOk = 0;
  for (const s of web) {
    const r = detectLanguage('', s);
    if (r.language === 'en') webOk++;
    else errors.push(`en web → ${r.language}: ${s.slice(0, 100)}`);
  }
  console.log(`English web sentences (extraction-dev bodies): ${pct(webOk, web.length)}`);

  scoreSet('24 languages, hand-written news sentences', 'news', sentencesOf('news-sentences'), (lang) => lang);
  if (showErrors) for (const e of errors) console.log(e);
}

main();
