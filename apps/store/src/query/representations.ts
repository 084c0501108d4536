import type { SearchHitRow, SearchTotal, StoredArticleRow } from '@news/database';
import type { NinjsVersion, Representation } from '../http/negotiate';
import { NINJS_MEDIA_TYPE } from '../http/negotiate';
import { pick } from '../http/fields';
import { ninjsForm, NinjsDoc } from '../ninjs/ninjs-forms';
import { ninjsUri, toNinjs } from '../ninjs/to-ninjs';
import { rowToArticle } from '../persist/row-to-article';
import { toArticleView, toSearchHitView } from './article-view';
import type { HitField } from './hit-fields';

export const JSON_TYPE = 'application/json; charset=utf-8';
export const ninjsType = (version: NinjsVersion) => `${NINJS_MEDIA_TYPE}; version=${version}; charset=utf-8`;

/** Top-level members a client may select with `fields=`, per representation. */
export const ARTICLE_JSON_FIELDS = [
  'id',
  'source',
  'sourceId',
  'externalId',
  'url',
  'canonicalUrl',
  'title',
  'text',
  'language',
  'detectedLanguage',
  'publishedAt',
  'receivedAt',
  'version',
  'versionCreated',
  'pubStatus',
  'embargoedUntil',
  'provenance',
  'contentHash',
  'wordCount',
  'qualityFlags',
  'authors',
  'siteName',
  'description',
  'leadImage',
  'modifiedAt',
  'feed',
  'tags',
  'duplicateOf',
  'duplicates',
  'versionCount',
  'storedAt',
  'updatedAt',
  'links',
];
export const NINJS_FIELDS = [
  'uri',
  'type',
  'representationtype',
  'version',
  'firstcreated',
  'versioncreated',
  'embargoed',
  'pubstatus',
  'urgency',
  'copyrightnotice',
  'usageterms',
  'ednote',
  'language',
  'headlines',
  'descriptions',
  'bodies',
  'by',
  'slugline',
  'located',
  'people',
  'organisations',
  'places',
  'subjects',
  'genres',
  'infosources',
  'altids',
  'associations',
];
/** ninjs keeps `uri` whatever is selected (the schema requires it), and says when it is not the whole item. */
export function selectNinjs(doc: NinjsDoc, fields: ReadonlySet<string> | null): NinjsDoc {
  if (!fields) return doc;
  return { ...pick(doc, fields, ['uri']), representationtype: 'partial' };
}

export function articleNinjs(row: StoredArticleRow, baseUrl: string): NinjsDoc {
  return toNinjs({
    article: rowToArticle(row),
    sourceId: row.source_id,
    duplicateOf: row.duplicate_of ? { id: row.duplicate_of, externalId: row.duplicate_of_external_id } : null,
    duplicates: row.duplicates,
    baseUrl,
  });
}

/** The current version as the client asked for it. */
export function articleBody(
  row: StoredArticleRow,
  rep: Representation,
  fields: ReadonlySet<string> | null,
  baseUrl: string,
): { body: unknown; contentType: string } {
  if (rep.kind === 'json') return { body: pick(toArticleView(row), fields, ['id']), contentType: JSON_TYPE };
  const ninjs = ninjsForm(selectNinjs(articleNinjs(row, baseUrl), fields), rep.version);
  return { body: ninjs, contentType: ninjsType(rep.version) };
}

export interface SearchPage {
  hits: SearchHitRow[];
  sort: string;
  limit: number;
  nextCursor: string | null;
  nextHref: string | null;
  total: SearchTotal;
  selfHref: string;
}

/**
 * A page of results as ninjs: a composite item (the search) whose associations
 * are the hits as partial text items, each linking to its full ninjs.
 */
export function searchNinjs(
  page: SearchPage,
  externalIds: Map<string, string | null>,
  baseUrl: string,
  fields: ReadonlySet<string> | null,
): NinjsDoc {
  const associations = page.hits.map((h, i) => {
    const item: NinjsDoc = {
      uri: ninjsUri(h.id, externalIds.get(h.id)),
      type: 'text',
      representationtype: 'partial',
      version: String(h.version),
      firstcreated: (h.published_at ?? h.received_at).toISOString(),
      pubstatus: 'usable',
      language: h.language ?? undefined,
      headlines: [{ role: 'main', value: h.title }],
      descriptions: [{ role: 'excerpt', contenttype: 'text/plain', value: h.excerpt }],
      altids: [
        { role: 'articleId', value: h.id },
        { role: 'source', value: h.source_id },
        ...(h.url ? [{ role: 'url', value: h.url }] : []),
      ],
      renditions: [{ name: 'ninjs', href: `${baseUrl}/v1/articles/${h.id}`, contenttype: NINJS_MEDIA_TYPE }],
    };
    const selected = fields ? pick(item, fields, ['uri']) : item;
    return { name: `hit-${i + 1}`, ...Object.fromEntries(Object.entries(selected).filter(([, v]) => v !== undefined)) };
  });
  return {
    uri: page.selfHref,
    type: 'composite',
    representationtype: 'partial',
    headlines: [{ role: 'main', value: `Search results (${page.total.exact ? '' : 'about '}${page.total.value})` }],
    ...(associations.length ? { associations } : {}),
  };
}

export function searchJson(page: SearchPage, fields: Set<HitField>) {
  return {
    items: page.hits.map((h) => toSearchHitView(h, fields)),
    sort: page.sort,
    limit: page.limit,
    nextCursor: page.nextCursor,
    total: page.total,
    links: { self: page.selfHref, next: page.nextHref },
  };
}
