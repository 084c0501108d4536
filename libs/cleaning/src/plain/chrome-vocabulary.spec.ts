import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMENT_VERBS, lineKey, SECTION_HEADERS, UI_WORDS, VOCABULARY_LANGUAGES } from './chrome-vocabulary';

/** The languages the tagger's language profiles know (libs/tagging/data/language-ngrams.json). */
const taggerLanguages = (
  JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'tagging', 'data', 'language-ngrams.json'), 'utf8')) as {
    languages: string[];
  }
).languages;

describe('the chrome vocabulary', () => {
  it('covers every language the tagger detects', () => {
    expect(taggerLanguages.length).toBeGreaterThan(50);
    for (const language of taggerLanguages) expect(VOCABULARY_LANGUAGES).toContain(language);
  });

  it('compares lines by their lower-cased word tokens', () => {
    expect(lineKey('  Related Articles: ')).toBe('related articles');
    expect(SECTION_HEADERS.has(lineKey('Lesen Sie auch:'))).toBe(true);
    expect(SECTION_HEADERS.has(lineKey('関連記事'))).toBe(true);
    expect(UI_WORDS.has('startseite')).toBe(true);
    expect(COMMENT_VERBS.has('says')).toBe(true);
  });
});
