import {
  ArticleSubmission,
  DeclaredProvenance,
  FeedConcept,
  FeedMetadata,
  Provenance,
  RawArticle,
  toFeedConcept,
} from '@news/contracts';
import { hasBlockMarkup } from '@news/cleaning';

/** Formats whose bodies are pages or text of unknown making; every structured format carries edited copy. */
const UNKNOWN_ORIGIN_FORMATS = new Set(['html', 'text']);

/**
 * Which cleaning an item gets: what the item declares, else what its source
 * is configured as, else what its format implies.
 */
export function provenanceOf(s: ArticleSubmission, sourceDefault: DeclaredProvenance | undefined): Provenance {
  if (s.provenance) return s.provenance;
  if (sourceDefault) return sourceDefault;
  return s.format !== undefined && UNKNOWN_ORIGIN_FORMATS.has(s.format) ? 'unknown' : 'edited';
}

const concepts = (list: Array<string | FeedConcept> | undefined): FeedConcept[] | undefined =>
  list && list.length > 0 ? list.map(toFeedConcept) : undefined;

/** A concept as the flat `subjects` strings of the first v1 events carried it. */
const conceptString = (c: FeedConcept): string => c.code ?? c.name ?? c.uri ?? '';

/** Drops undefined fields so the event carries only what the feed gave. */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function feedOf(s: ArticleSubmission, provenance: Provenance, subjects: FeedConcept[] | undefined): FeedMetadata {
  return defined<FeedMetadata>({
    language: s.language,
    format: s.format,
    provenance,
    urgency: s.urgency,
    subjects,
    genres: concepts(s.genres),
    authors: s.authors?.length ? s.authors : undefined,
    byline: s.byline,
    description: s.description,
    slugline: s.slugline,
    editorialNote: s.editorialNote,
    located: s.located,
    dateline: s.dateline,
    keywords: s.keywords?.length ? s.keywords : undefined,
    copyright: s.copyright,
    usageTerms: s.usageTerms,
    firstCreated: s.firstCreated,
    versionCreated: s.versionCreated,
    embargoedUntil: s.embargoedUntil,
    headlineDerived: s.headlineDerived || undefined,
  });
}

/** A validated submission as the raw contract carries it (the edge between the HTTP API and Kafka). */
export function toRawArticle(s: ArticleSubmission, articleId: string, provenance: Provenance): RawArticle {
  const subjects = concepts(s.subjects);
  return defined<RawArticle>({
    articleId,
    externalId: s.externalId,
    url: s.url,
    title: s.title,
    body: s.body,
    // Undeclared: HTML only on the evidence of a block element. Inline tags alone (<b>, <a>) are read as
    // text with markup in it, which keeps its blank-line paragraphs; HTML would run them together.
    contentType: s.contentType ?? (hasBlockMarkup(s.body) ? 'text/html' : 'text/plain'),
    language: s.language,
    publishedAt: s.publishedAt,
    version: s.version ?? 1,
    versionCreated: s.versionCreated,
    pubStatus: s.pubStatus ?? 'usable',
    format: s.format,
    urgency: s.urgency,
    subjects: subjects?.map(conceptString).filter((x) => x !== ''),
    authors: s.authors,
    embargoedUntil: s.embargoedUntil,
    provenance,
    feed: feedOf(s, provenance, subjects),
  });
}
