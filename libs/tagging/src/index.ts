export { tagArticle } from './tag-article';
export { boundTags, MENTIONS_PER_ARTICLE } from './bound-tags';
export type { TagInput, TagResult } from './tag-article';
export { detectLanguage } from './language/detect-language';
export type { LanguageResult } from './language/detect-language';
export { extractSpans } from './entities/extract-entities';
export type { Span } from './entities/extract-entities';
export { classifySubjects } from './subjects/classify-subjects';
export { extractKeywords } from './keywords/extract-keywords';
