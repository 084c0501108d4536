import { BoilerplateModel, cleanArticle, plainTextField } from '@news/cleaning';
import { articleIdFor, NormalisedArticleEvent, QualityFlag, RawArticleEvent } from '@news/contracts';
import { tagArticle } from '@news/tagging';
import { feedOf, provenanceOfRaw } from './feed-of';

const HTTP_URL = /^https?:\/\/[^\s]+$/i;

/**
 * Raw event in, normalised event out: clean, then tag; pure but for the
 * optional per-source boilerplate model it learns into. The output's event
 * id is derived from the input's, so processing the same raw event twice
 * yields the same normalised event (downstream sees a duplicate, not a new
 * version).
 */
export function normaliseRawEvent(
  raw: RawArticleEvent,
  boilerplate?: BoilerplateModel,
  learn = true,
): NormalisedArticleEvent {
  const a = raw.article;
  const provenance = provenanceOfRaw(a);
  const feed = feedOf(a, provenance);
  const cleaned = cleanArticle(
    { body: a.body, contentType: a.contentType, title: a.title, url: a.url, source: raw.envelope.sourceId, provenance },
    { boilerplate, learn, documentKey: a.articleId },
  );
  const tags = tagArticle({ title: cleaned.title, text: cleaned.text, languageHint: feed.language ?? a.language });
  const m = cleaned.metadata;
  const date = (iso: string | null) => (iso ? new Date(iso) : undefined);
  const qualityFlags = qualityFlagsOf(cleaned.qualityFlags, feed.headlineDerived === true, tags.truncated);
  const authors = feed.authors ?? m.authors.map(plainTextField).filter((s) => s !== '');
  // Built as the contract's type directly, not through class-transformer: the event is only ever
  // serialised (encodeContract is JSON.stringify, which ignores prototypes).
  const event: NormalisedArticleEvent = {
    envelope: normalisedEnvelope(raw.envelope),
    article: {
      articleId: a.articleId,
      externalId: a.externalId,
      url: a.url,
      canonicalUrl: m.canonicalUrl && HTTP_URL.test(m.canonicalUrl) ? m.canonicalUrl : undefined,
      title: cleaned.title,
      text: cleaned.text,
      authors: authors.length > 0 ? authors : undefined,
      siteName: m.siteName ? plainTextField(m.siteName) || undefined : undefined,
      description: feed.description ?? (m.description ? plainTextField(m.description) || undefined : undefined),
      leadImage: m.leadImage ?? undefined,
      language: tags.language,
      detectedLanguage: tags.detectedLanguage,
      languageConfidence: tags.languageConfidence,
      publishedAt: a.publishedAt ?? date(m.publishedAt),
      modifiedAt: date(m.modifiedAt),
      version: a.version,
      versionCreated: a.versionCreated,
      pubStatus: a.pubStatus,
      embargoedUntil: feed.embargoedUntil ?? a.embargoedUntil,
      provenance,
      feed,
      contentHash: cleaned.contentHash,
      wordCount: cleaned.wordCount,
      qualityFlags,
      people: tags.people,
      organisations: tags.organisations,
      places: tags.places,
      subjects: tags.subjects,
      keywords: tags.keywords,
    },
  };
  return event;
}

/** The normalised event's envelope: caused by the raw event, with an id derived from it. */
function normalisedEnvelope(raw: RawArticleEvent['envelope']): NormalisedArticleEvent['envelope'] {
  return {
    eventId: articleIdFor('normaliser', raw.eventId),
    schemaVersion: 1,
    sourceId: raw.sourceId,
    receivedAt: raw.receivedAt,
    correlationId: raw.correlationId,
    causationId: raw.eventId,
  };
}

/** The cleaner's flags plus those the feed reader and the tagger raised. */
function qualityFlagsOf(
  cleaning: readonly QualityFlag[],
  headlineDerived: boolean,
  tagsTruncated: boolean,
): QualityFlag[] {
  const flags: QualityFlag[] = [...cleaning];
  if (headlineDerived) flags.push('headline_derived');
  if (tagsTruncated) flags.push('tags_truncated');
  return flags;
}
