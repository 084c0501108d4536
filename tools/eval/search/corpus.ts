import { decodeHTML } from 'entities';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectLanguage } from '@news/tagging';
import { loadDevPages } from '../extraction/load-pages';
import { cleanSentences, FIDELITY_LANGUAGES } from '../fidelity/sentences';

/**
 * The articles of the search-quality corpus (docs/store.md, "Search quality"):
 *
 * - `web`: the extraction-dev pages from ../shared, with their ground-truth
 *   body and their headline (og:title or <title>, without the site's name);
 *   the language is what detection finds, as the store gets for a scraped page.
 * - `leipzig`: the 24 languages of ../shared/datasets/multilingual-dev (our own
 *   Japanese and extra Chinese copy added), four sentences an article, the
 *   first as headline, the language declared as a wire declares it (with a
 *   region for some, and the old `no` for some Norwegian articles).
 * - `wire`: the hand-written English news sentences of the language
 *   evaluation, five per article by beat, the first as headline.
 *
 * Every article is in the index; every 4th of each group is held out: the
 * queries made from it are the held-out set, never used for tuning.
 */

export type CorpusGroup = 'web' | 'leipzig' | 'wire';
export type Split = 'dev' | 'heldout';

export interface CorpusArticle {
  /** Stable, unique: `<group>-<language>-<n>` or the page id. */
  key: string;
  group: CorpusGroup;
  /** The language the store holds (BCP 47, maybe with a region). */
  language: string;
  /** The language the article is reported under (its primary subtag, `nb` for `no`). */
  reportLanguage: string;
  title: string;
  body: string;
  split: Split;
}

const DECLARED: Record<string, string> = {
  en: 'en-GB',
  nb: 'nb-NO',
  pt: 'pt-BR',
  zh: 'zh-CN',
  fr: 'fr-FR',
  de: 'de-DE',
};
const SENTENCES_PER_ARTICLE = 4;
const splitOf = (i: number): Split => (i % 4 === 3 ? 'heldout' : 'dev');

/** A page's headline: og:title, else <title>, without the site's name ("… - The New York Times"). */
export function headlineOf(html: string): string {
  const og = /<meta[^>]+property=["']og:title["'][^>]*content=["']([^"']*)["']/i.exec(html)?.[1];
  const title = og ?? /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '';
  const parts = decodeHTML(title)
    .replace(/\s+/g, ' ')
    .trim()
    .split(/\s+[|\-–—:]\s+/);
  return parts.reduce((a, b) => (b.length > a.length ? b : a), '');
}

function webArticles(sharedDir: string): CorpusArticle[] {
  const pages = loadDevPages(join(sharedDir, 'datasets', 'extraction-dev'));
  return pages
    .map((p) => ({ id: p.id, title: headlineOf(p.html), body: p.truth.trim() }))
    .filter((p) => p.title.split(/\s+/).length >= 3 && p.body.length > 200)
    .map((p, i) => {
      const language = detectLanguage(p.title, p.body).language;
      return {
        key: `web-${p.id.slice(0, 12)}`,
        group: 'web' as const,
        language,
        reportLanguage: language,
        title: p.title,
        body: p.body,
        split: splitOf(i),
      };
    });
}

function leipzigArticles(sharedDir: string): CorpusArticle[] {
  const out: CorpusArticle[] = [];
  for (const lang of FIDELITY_LANGUAGES) {
    const sentences = cleanSentences(sharedDir, lang);
    for (let n = 0; (n + 1) * SENTENCES_PER_ARTICLE <= sentences.length; n++) {
      const [title, ...body] = sentences.slice(n * SENTENCES_PER_ARTICLE, (n + 1) * SENTENCES_PER_ARTICLE);
      // Articles stored before Norwegian was canonicalised say `no`.
      const language = lang === 'nb' && n % 5 === 4 ? 'no' : (DECLARED[lang] ?? lang);
      out.push({
        key: `leipzig-${lang}-${n}`,
        group: 'leipzig',
        language,
        reportLanguage: lang,
        title,
        body: body.join(' '),
        split: splitOf(n),
      });
    }
  }
  return out;
}

/** The hand-written English news sentences of the language evaluation, by beat (tools/eval/language/*.json). */
const englishNews = (name: string): Record<string, string[]> =>
  (
    JSON.parse(readFileSync(join(__dirname, '..', 'language', `${name}.json`), 'utf8')) as {
      sentences: Record<string, string[]>;
    }
  ).sentences;

function wireArticles(): CorpusArticle[] {
  const out: CorpusArticle[] = [];
  const beats = [englishNews('english-news-sentences'), englishNews('english-news-heldout')].flatMap((set) =>
    Object.entries(set),
  );
  let n = 0;
  for (const [beat, sentences] of beats) {
    for (let i = 0; i + 5 <= sentences.length; i += 5) {
      const [title, ...body] = sentences.slice(i, i + 5);
      out.push({
        key: `wire-${beat}-${n}`,
        group: 'wire',
        language: 'en',
        reportLanguage: 'en',
        title,
        body: body.join(' '),
        split: splitOf(n++),
      });
    }
  }
  return out;
}

export function searchCorpus(opts: { sharedDir: string }): CorpusArticle[] {
  return [...webArticles(opts.sharedDir), ...leipzigArticles(opts.sharedDir), ...wireArticles()];
}
