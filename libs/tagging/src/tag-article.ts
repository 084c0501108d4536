import type { EntityTag, KeywordTag, SubjectTag } from '@news/contracts';
import { extractSpans } from './entities/extract-entities';
import { mergeEntities } from './entities/merge-entities';
import { extractKeywords } from './keywords/extract-keywords';
import { detectLanguage } from './language/detect-language';
import { classifySubjects } from './subjects/classify-subjects';
import { languageSample } from './text/language-sample';

export interface TagInput {
  title: string;
  /** clean body text, paragraphs separated by blank lines */
  text: string;
  /** the feed's declared language (BCP 47), used only when detection cannot decide */
  languageHint?: string;
}

/** The tag fields of NormalisedArticle, ready to copy into the event. */
export interface TagResult {
  language: string;
  languageConfidence: number;
  people: EntityTag[];
  organisations: EntityTag[];
  places: EntityTag[];
  subjects: SubjectTag[];
  keywords: KeywordTag[];
}

/**
 * Tags one clean article. Pure and synchronous; the gazetteer and topic data
 * load once, lazily, on the first call (about 100 ms).
 *
 * Entity cues, subjects and keywords are English: for other languages only
 * gazetteer entities (countries, cities, known organisations and leaders) are
 * tagged, and no subjects or keywords are guessed.
 */
export function tagArticle(input: TagInput): TagResult {
  if (typeof input?.title !== 'string' || typeof input?.text !== 'string') {
    throw new TypeError('tagArticle: title and text must be strings');
  }
  const { title, text } = input;
  const { language, confidence } = detectLanguage(title, languageSample(text), input.languageHint);
  const english = language === 'en';
  const spans = extractSpans(title, text, { gazetteerOnly: !english });
  const entities = mergeEntities(spans);
  const subjects = english ? classifySubjects(title, text) : [];
  const keywords = english
    ? extractKeywords(title, text, [...entities.people, ...entities.organisations, ...entities.places].map((e) => e.name))
    : [];
  return { language, languageConfidence: confidence, ...entities, subjects, keywords };
}
