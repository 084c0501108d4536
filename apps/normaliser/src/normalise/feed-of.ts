import { FeedConcept, FeedMetadata, Provenance, RawArticle, toFeedConcept } from '@news/contracts';
import { titleText } from '@news/cleaning';

/** Formats whose bodies are pages or text of unknown making (see ingest's provenanceOf). */
const UNKNOWN_ORIGIN_FORMATS = new Set(['html', 'text']);

/** A raw event's provenance; events written before ingest recorded it get what their format implies. */
export function provenanceOfRaw(a: RawArticle): Provenance {
  if (a.provenance) return a.provenance;
  return a.format === undefined || UNKNOWN_ORIGIN_FORMATS.has(a.format) ? 'unknown' : 'edited';
}

/** One line of plain text: no markup, entities decoded, whitespace collapsed; undefined when nothing is left. */
const plain = (s: string | undefined): string | undefined => {
  if (s === undefined) return undefined;
  const t = titleText(s);
  return t === '' ? undefined : t;
};

const plainList = (list: string[] | undefined): string[] | undefined => {
  const out = (list ?? []).map(plain).filter((s): s is string => s !== undefined);
  return out.length > 0 ? out : undefined;
};

const plainConcepts = (list: FeedConcept[] | undefined): FeedConcept[] | undefined => {
  const out = (list ?? [])
    .map((c) => defined({ scheme: plain(c.scheme), code: plain(c.code), name: plain(c.name), uri: plain(c.uri) }))
    .filter((c) => c.code !== undefined || c.name !== undefined || c.uri !== undefined);
  return out.length > 0 ? out : undefined;
};

function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/**
 * What the feed declared, as the normalised event carries it: every text
 * field plain text (feeds send markup and escaped markup in bylines and
 * notes too). Raw events from before `feed` existed give their flat fields.
 */
export function feedOf(a: RawArticle, provenance: Provenance): FeedMetadata {
  const f: FeedMetadata = a.feed ?? {
    language: a.language,
    format: a.format,
    urgency: a.urgency,
    subjects: a.subjects?.map(toFeedConcept),
    authors: a.authors,
    versionCreated: a.versionCreated,
    embargoedUntil: a.embargoedUntil,
  };
  return defined<FeedMetadata>({
    ...f,
    provenance,
    subjects: plainConcepts(f.subjects),
    genres: plainConcepts(f.genres),
    authors: plainList(f.authors),
    keywords: plainList(f.keywords),
    byline: plain(f.byline),
    description: plain(f.description),
    slugline: plain(f.slugline),
    editorialNote: plain(f.editorialNote),
    located: plain(f.located),
    dateline: plain(f.dateline),
    copyright: plain(f.copyright),
    usageTerms: plain(f.usageTerms),
  });
}
