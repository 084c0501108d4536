import { boundTags, TagLists } from './bound-tags';
import { extractSpans } from './entities/extract-entities';
import { mergeEntities } from './entities/merge-entities';
import { extractKeywords } from './keywords/extract-keywords';
import { detectLanguage } from './language/detect-language';
import { ResolvedLanguage, resolveLanguage } from './language/resolve-language';
import { classifySubjects } from './subjects/classify-subjects';
import { languageSample } from './text/language-sample';

export interface TagInput {
  title: string;
  /** clean body text, paragraphs separated by blank lines */
  text: string;
  /** the feed's declared language (BCP 47): it wins unless the text clearly contradicts it (resolveLanguage) */
  languageHint?: string;
}

/** The tag fields of NormalisedArticle, ready to copy into the event. */
export interface TagResult extends TagLists {
  /** What detection found (`und` when it could not decide); `language` is the resolved one. */
  detectedLanguage: string;
  /**
   * Some tag was cut or dropped to fit the tag contracts' bounds (a "name" of a
   * whole list, thousands of mentions): the normaliser flags `tags_truncated`.
   */
  truncated: boolean;
}

/**
 * How sure the stored language is: detection's confidence when it found that
 * language (a little more when the feed declared it too), 0.5 for a
 * declaration detection could not confirm.
 */
function languageConfidence(resolved: ResolvedLanguage, detectedConfidence: number): number {
  if (resolved.language.split('-')[0] !== resolved.detected) return 0.5;
  if (resolved.from === 'detected') return detectedConfidence;
  return Math.round(Math.min(1, detectedConfidence + 0.05) * 1000) / 1000;
}

/**
 * Tags one clean article; every tag it returns is inside the bounds of the tag
 * contracts (bound-tags.ts), whatever the text. Pure and synchronous; the
 * gazetteer and topic data load once, lazily, on the first call (docs/tagging.md, "Speed").
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
  const detected = detectLanguage(title, languageSample(text));
  const resolved = resolveLanguage(input.languageHint, detected.language, detected.confidence);
  const { language, detected: detectedLanguage } = resolved;
  const confidence = languageConfidence(resolved, detected.confidence);
  const english = language.split('-')[0] === 'en';
  const spans = extractSpans(title, text, { gazetteerOnly: !english });
  const entities = mergeEntities(spans);
  const subjects = english ? classifySubjects(title, text) : [];
  const keywords = english
    ? extractKeywords(
        title,
        text,
        [...entities.people, ...entities.organisations, ...entities.places].map((e) => e.name),
      )
    : [];
  const bounded = boundTags(
    { language, languageConfidence: confidence, ...entities, subjects, keywords },
    { title, text },
  );
  return { ...bounded, detectedLanguage };
}
