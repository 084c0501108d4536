import type { EntityTag, FeedConcept, NormalisedArticle } from '@news/contracts';
import type { NinjsDoc } from './ninjs-forms';

/** Our own tags say who made them: the feed's concepts carry the source id as creator. */
export const PIPELINE_CREATOR = 'news-pipeline';
const MEDTOP_URI = 'http://cv.iptc.org/newscodes/mediatopic/';
/** An absolute URI as ninjs `format: uri` wants it (a scheme, no spaces). */
const ABSOLUTE_URI = /^[a-z][a-z0-9+.-]*:[^\s]+$/i;

/** What the store knows of an article besides the contract: where it lives and what it is linked to. */
export interface NinjsContext {
  article: NormalisedArticle;
  sourceId: string;
  /** The article's own first copy when it is an exact duplicate. */
  duplicateOf?: { id: string; externalId: string | null } | null;
  duplicates?: Array<{ id: string; externalId?: string | null }>;
  /** Absolute base of the API (`https://host`); links are left out without it. */
  baseUrl?: string;
}

/** The story's ninjs uri: the feed's own identifier when it is a URI, else one made of our id. */
export function ninjsUri(articleId: string, externalId: string | null | undefined): string {
  return externalId && ABSOLUTE_URI.test(externalId) ? externalId : `urn:uuid:${articleId}`;
}

const compact = (o: NinjsDoc): NinjsDoc =>
  Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0)),
  );
const percent = (confidence: number) => Math.max(0, Math.min(100, Math.round(confidence * 100)));
const iso = (d: Date | string | undefined) => (d === undefined ? undefined : new Date(d).toISOString());

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The clean text's paragraphs (separated by a blank line) as HTML paragraphs; single line breaks kept. */
export function paragraphsHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br/>')}</p>`)
    .join('');
}

/** A feed concept as a ninjs concept: its code (with its scheme) as the literal, its URI when it is one. */
export function feedConcept(c: FeedConcept, creator?: string): NinjsDoc {
  const code = c.code && c.scheme && !c.code.includes(':') ? `${c.scheme}:${c.code}` : c.code;
  const uri = c.uri && ABSOLUTE_URI.test(c.uri) ? c.uri : undefined;
  return compact({ name: c.name, uri, literal: code ?? (uri ? undefined : c.uri), creator });
}

function ourSubjects(a: NormalisedArticle): NinjsDoc[] {
  const topics = (a.subjects ?? []).map((s) =>
    compact({
      name: s.name,
      rel: s.rel ?? 'about',
      uri: s.uri && ABSOLUTE_URI.test(s.uri) ? s.uri : `${MEDTOP_URI}${s.code.slice('medtop:'.length)}`,
      literal: s.code,
      creator: PIPELINE_CREATOR,
      confidence: percent(s.confidence),
    }),
  );
  // ninjs has no confidence on people, organisations and places: it goes on a subject naming the same concept.
  const entity = (kind: string) => (e: EntityTag) =>
    compact({
      name: e.name,
      rel: 'mentions',
      literal: `${kind}:${e.name}`,
      creator: PIPELINE_CREATOR,
      confidence: percent(e.confidence),
    });
  return [
    ...topics,
    ...(a.people ?? []).map(entity('person')),
    ...(a.organisations ?? []).map(entity('organisation')),
    ...(a.places ?? []).map(entity('place')),
  ];
}

const entities = (list: EntityTag[] | undefined) =>
  (list ?? []).map((e) =>
    compact({ name: e.name, rel: e.rel ?? 'mentions', uri: e.uri && ABSOLUTE_URI.test(e.uri) ? e.uri : undefined }),
  );

function descriptions(a: NormalisedArticle): NinjsDoc[] {
  const feed = a.feed ?? {};
  const out: NinjsDoc[] = [];
  if (feed.description) out.push({ role: 'summary', contenttype: 'text/plain', value: feed.description });
  if (a.description && a.description !== feed.description)
    out.push({ role: 'description', contenttype: 'text/plain', value: a.description });
  if (feed.dateline) out.push({ role: 'dateline', contenttype: 'text/plain', value: feed.dateline });
  return out;
}

function altids(ctx: NinjsContext): NinjsDoc[] {
  const a = ctx.article;
  const ids: Array<NinjsDoc | undefined> = [
    { role: 'articleId', value: a.articleId },
    { role: 'source', value: ctx.sourceId },
    a.externalId !== undefined ? { role: 'externalId', value: a.externalId } : undefined,
    a.url !== undefined ? { role: 'url', value: a.url } : undefined,
    a.canonicalUrl !== undefined ? { role: 'canonical', value: a.canonicalUrl } : undefined,
    { role: 'contentHash', value: `sha256:${a.contentHash}` },
  ];
  return ids.filter((x): x is NinjsDoc => x !== undefined);
}

const rendition = (name: string, href: string, contenttype: string) => ({ name, href, contenttype });

/** Links to the article's versions and to its exact duplicates, as partial associated items. */
function associations(ctx: NinjsContext, uri: string): NinjsDoc[] {
  const base = ctx.baseUrl;
  const href = (id: string, tail = '') => `${base}/v1/articles/${id}${tail}`;
  const linked = (name: string, id: string, externalId: string | null | undefined): NinjsDoc =>
    compact({
      name,
      uri: ninjsUri(id, externalId),
      type: 'text',
      representationtype: 'partial',
      altids: [{ role: 'articleId', value: id }],
      renditions: base
        ? [rendition('ninjs', href(id), 'application/ninjs+json'), rendition('json', href(id), 'application/json')]
        : undefined,
    });
  const out: NinjsDoc[] = [];
  if (base) {
    out.push({
      name: 'versions',
      uri,
      type: 'text',
      representationtype: 'partial',
      renditions: [rendition('json', href(ctx.article.articleId, '/versions'), 'application/json')],
    });
  }
  if (ctx.duplicateOf) out.push(linked('duplicate-of', ctx.duplicateOf.id, ctx.duplicateOf.externalId));
  (ctx.duplicates ?? []).forEach((d, i) => out.push(linked(`duplicate-${i + 1}`, d.id, d.externalId)));
  return out;
}

/**
 * An article as a ninjs document in 2.x spelling (see ninjsForm for the
 * others). Everything the contract holds goes where ninjs has a place for it;
 * docs/api.md lists the mapping.
 */
export function toNinjs(ctx: NinjsContext): NinjsDoc {
  const a = ctx.article;
  const feed = a.feed ?? {};
  const uri = ninjsUri(a.articleId, a.externalId);
  const killed = a.pubStatus === 'canceled';
  const keywords = [
    ...(feed.keywords ?? []).map((k) => ({ name: k, rel: 'keyword', creator: ctx.sourceId })),
    ...(a.keywords ?? []).map((k) => ({ name: k.phrase, rel: 'keyword', creator: PIPELINE_CREATOR })),
  ];
  return compact({
    uri,
    type: 'text',
    representationtype: 'full',
    version: String(a.version),
    firstcreated: iso(feed.firstCreated ?? a.publishedAt),
    versioncreated: iso(a.versionCreated),
    embargoed: iso(a.embargoedUntil),
    pubstatus: a.pubStatus,
    urgency: feed.urgency,
    copyrightnotice: feed.copyright,
    usageterms: feed.usageTerms,
    ednote: feed.editorialNote,
    language: a.language,
    headlines: a.title ? [{ role: 'main', value: a.title }] : undefined,
    descriptions: descriptions(a),
    bodies:
      killed || a.text === ''
        ? undefined
        : [
            {
              role: 'text',
              contenttype: 'text/plain',
              charcount: a.text.length,
              wordcount: a.wordCount,
              value: a.text,
            },
            { role: 'html', contenttype: 'text/html', value: paragraphsHtml(a.text) },
          ],
    by: feed.byline ?? (a.authors?.length ? a.authors.join(', ') : undefined),
    slugline: feed.slugline,
    located: feed.located,
    people: entities(a.people),
    organisations: entities(a.organisations),
    places: entities(a.places),
    subjects: [...(feed.subjects ?? []).map((c) => feedConcept(c, ctx.sourceId)), ...ourSubjects(a), ...keywords],
    genres: (feed.genres ?? []).map((g) => feedConcept(g)),
    infosources: [compact({ name: a.siteName, literal: ctx.sourceId })],
    altids: altids(ctx),
    associations: associations(ctx, uri),
  });
}
