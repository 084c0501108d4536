import { concept, firstPlain, isoDate, languageTag, pubStatusOf, uniquePlain, urgencyOf } from './metadata';
import { MARKUP_IN_TEXT, textToHtml } from './markup';
import { storyItem } from './story';
import {
  compact,
  ItemError,
  ParseMeta,
  ParseResult,
  resultOf,
  unprocessable,
  WireFormatError,
  WireItem,
} from './types';
import { attrOf, element, elements, rawText, textOf, XmlElement } from './xml';

/**
 * Agencies' own XML that newsrooms receive beside the IPTC standards:
 * Ritzau's RBNews, the Solita/NTB Info press release, the Canadian Press
 * `Publish` export. Each is a small mapping of named elements; NTB's news
 * calendar, AAP's sports data and image archive listings are recognised
 * and refused as not text.
 */

const field = (root: XmlElement, name: string) => textOf(element(root, name));

/** Escaped HTML in an element (RBNews content, a release body) as HTML; plain text as paragraphs. */
function htmlOf(el: XmlElement | undefined): string | undefined {
  if (!el) return undefined;
  const s = rawText(el).trim();
  if (s === '') return undefined;
  return MARKUP_IN_TEXT.test(s) ? s : textToHtml(s);
}

/** Ritzau RBNews: NewsID, headline, content (escaped HTML), strapline, town, section, byLine, Priority, version. */
function ritzau(root: XmlElement, meta: ParseMeta): WireItem | ItemError {
  const id = field(root, 'NewsID');
  if (!id) return { index: 0, field: 'NewsID', messages: ['an RBNews item needs its NewsID'] };
  return storyItem(
    compact({
      sourceId: meta.sourceId,
      externalId: id,
      title: firstPlain(field(root, 'headline')),
      body: htmlOf(element(root, 'content')),
      contentType: 'text/html' as const,
      description: field(root, 'subtitle'),
      publishedAt: isoDate(field(root, 'PublishDate')),
      version:
        /^\d{1,9}$/.test(field(root, 'version') ?? '') && Number(field(root, 'version')) >= 1
          ? Number(field(root, 'version'))
          : undefined,
      pubStatus: field(root, 'Annuleret') === 'true' ? 'canceled' : undefined,
      urgency: urgencyOf(field(root, 'Priority')),
      slugline: field(root, 'strapline'),
      located: field(root, 'town'),
      byline: field(root, 'byLine'),
      authors: uniquePlain([field(root, 'byLine')]),
      editorialNote: field(root, 'TilRedaktionen'),
      subjects: [
        concept({ scheme: 'ritzau-section', code: field(root, 'sectionShort'), name: field(root, 'section') }),
      ].filter((c) => c !== undefined),
      keywords: uniquePlain(elements(element(root, 'SubjectKeyword')).map(textOf)),
      format: 'ritzau',
      provenance: 'edited' as const,
    }),
    0,
  );
}

/** `11.07.2019 12:17` (Solita's pattern dd.MM.yyyy HH:mm, Norwegian time) as ISO 8601. */
function solitaDate(s: string | undefined): string | undefined {
  const m = s ? /^(\d\d)\.(\d\d)\.(\d{4}) (\d\d):(\d\d)$/.exec(s.trim()) : null;
  return m ? isoDate(`${m[3]}-${m[2]}-${m[1]}T${m[4]}:${m[5]}:00+01:00`) : undefined;
}

/** A Solita (NTB Info) press release: title, leadtext, body (escaped HTML), boilerplate, contacts, embargo. */
function solitaRelease(root: XmlElement, meta: ParseMeta): WireItem | ItemError {
  const id = attrOf(root, 'id');
  if (!id) return { index: 0, field: 'release@id', messages: ['a release needs its id'] };
  const parts = [
    htmlOf(element(root, 'leadtext')),
    htmlOf(element(root, 'body')),
    htmlOf(element(root, 'boilerplate')),
    htmlOf(element(root, 'contactsAsText')),
  ];
  return storyItem(
    compact({
      sourceId: meta.sourceId,
      externalId: `release:${id}`,
      url: field(root, 'longurl'),
      title: field(root, 'title'),
      body: parts.filter(Boolean).join('\n'),
      contentType: 'text/html' as const,
      language: languageTag(attrOf(root, 'lang')),
      publishedAt: solitaDate(field(root, 'publicationDate')),
      embargoedUntil: solitaDate(field(root, 'embargo')),
      keywords: uniquePlain((field(root, 'keywords') ?? '').split(',')),
      byline: textOf(element(element(root, 'publisher'), 'name')),
      genres: [
        concept({ code: attrOf(element(root, 'type'), 'id'), name: textOf(element(element(root, 'type'), 'label')) }),
      ].filter((c) => c !== undefined),
      subjects: elements(element(root, 'categories'), 'category')
        .map((c) => concept({ scheme: 'ntbinfo-category', code: attrOf(c, 'id'), name: textOf(element(c, 'label')) }))
        .filter((c) => c !== undefined),
      format: 'solita',
      provenance: 'edited' as const,
    }),
    0,
  );
}

/** A Canadian Press `Publish` export: one ContentItem, text or a photo. */
function cpPublish(root: XmlElement, meta: ParseMeta): WireItem | ItemError {
  const item = element(root, 'ContentItem');
  if (!item) return { index: 0, field: 'ContentItem', messages: ['a Publish document needs its ContentItem'] };
  const type = field(item, 'ContentType');
  if (type && type !== 'Text')
    return unprocessable(0, 'ContentType', `not a text item: a Canadian Press ${type.toLowerCase()} item`);
  const id = field(item, 'SystemSlug') ?? field(item, 'ContentItemID');
  if (!id)
    return { index: 0, field: 'SystemSlug', messages: ['a Publish ContentItem needs its SystemSlug or ContentItemID'] };
  const embargo = isoDate(field(item, 'EmbargoTime'));
  return storyItem(
    compact({
      sourceId: meta.sourceId,
      externalId: id,
      title: field(item, 'Headline') ?? field(item, 'Headline2'),
      body: htmlOf(element(item, 'ContentText')),
      contentType: 'text/html' as const,
      description: field(item, 'DirectoryText'),
      versionCreated: isoDate(field(item, 'UpdatedDateTime')),
      embargoedUntil: embargo && !embargo.startsWith('0001') ? embargo : undefined,
      urgency: urgencyOf(field(item, 'RankingValue')),
      pubStatus: pubStatusOf(field(item, 'Status')),
      byline: field(item, 'Byline'),
      authors: uniquePlain([field(item, 'Byline')]),
      slugline: field(item, 'SlugProper'),
      located: firstPlain(field(item, 'City'), field(item, 'Country')),
      copyright: field(item, 'Copyright'),
      keywords: uniquePlain((field(item, 'Keyword') ?? '').split(',')),
      subjects: [concept({ scheme: 'cp-category', code: field(item, 'Category') })].filter((c) => c !== undefined),
      format: 'cp-publish',
      provenance: 'edited' as const,
    }),
    0,
  );
}

/** Documents of agency systems that are never stories. */
const NOT_TEXT: Record<string, (root: XmlElement) => string | undefined> = {
  Response: (r) => (r.children.length > 0 ? 'AAP sports data (fixtures and results)' : undefined),
  dc_rest_node: () => 'an AAP image archive listing (pictures)',
  document: (r) => (field(r, 'service') === 'newscalendar' ? 'an NTB news calendar entry (an event)' : undefined),
  result: (r) =>
    elements(r, 'document').every((d) => field(d, 'service') === 'newscalendar')
      ? 'NTB news calendar entries (events)'
      : undefined,
};

const READERS: Record<string, (root: XmlElement, meta: ParseMeta) => WireItem | ItemError> = {
  RBNews: ritzau,
  release: solitaRelease,
  Publish: cpPublish,
};

/** True when the root is one of these agency documents. */
export function isAgencyXml(root: XmlElement): boolean {
  return root.name in READERS || root.name in NOT_TEXT;
}

export function agencyXmlResult(root: XmlElement, meta: ParseMeta): ParseResult {
  const reader = READERS[root.name];
  if (reader) return resultOf([reader(root, meta)], false);
  const reason = NOT_TEXT[root.name]?.(root);
  if (reason) throw new WireFormatError(`not a text item: ${reason}`, '(body)', 422);
  throw new WireFormatError(`XML with root element <${root.name}> is not a format ingest reads`, '(body)', 422);
}
