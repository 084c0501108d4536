import vocabulary from './data/chrome-vocabulary.json';
import { TOKEN } from './line-features';

/**
 * The chrome vocabulary (data/chrome-vocabulary.json) as lookup sets. Each set
 * is the union over every language: a page's language is not known when its
 * lines are judged, and a menu word of one language is still a menu word on a
 * page in another.
 */

interface LanguageVocabulary {
  ui: string[];
  headers: string[];
  commentVerbs: string[];
}

const languages = vocabulary.languages as Record<string, LanguageVocabulary>;

/** A line's word tokens, lower case, joined by single spaces: how lines and headers are compared (LineFeatures.key). */
export function lineKey(text: string): string {
  return (text.toLowerCase().match(TOKEN) ?? []).join(' ');
}

const union = (pick: (v: LanguageVocabulary) => string[], key: (s: string) => string): ReadonlySet<string> =>
  new Set(
    Object.values(languages)
      .flatMap((v) => pick(v).map(key))
      .filter((s) => s.length > 0),
  );

/** Menu, share, account and section words: a line made only of them is chrome. */
export const UI_WORDS = union(
  (v) => v.ui,
  (s) => s.toLowerCase(),
);
/** Whole-line headers of lists of other stories ("Related articles", "Most read", "Lesen Sie auch"). */
export const SECTION_HEADERS = union((v) => v.headers, lineKey);
/** Verbs that sign a reader comment ("jane123 says:"). */
export const COMMENT_VERBS = union((v) => v.commentVerbs, lineKey);
/** The languages the vocabulary covers. */
export const VOCABULARY_LANGUAGES: readonly string[] = Object.keys(languages);
