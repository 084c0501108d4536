import {
  bylineAuthors,
  clip,
  concept,
  firstPlain,
  isoDate,
  languageTag,
  optionalDate,
  uniqueConcepts,
  uniquePlain,
  urgencyOf,
} from './metadata';
import { storyItem } from './story';
import {
  bodyText,
  compact,
  ItemError,
  ParseMeta,
  ParseResult,
  resultOf,
  WireConcept,
  WireFormatError,
  WireItem,
} from './types';
import { at, attrOf, descendants, element, elements, parseXmlTree, textOf, XmlElement } from './xml';
import { childrenToHtml } from './xml-to-html';

/** What a NITF document says: its story as HTML and the metadata of its head and body.head. */
export interface NitfStory {
  docId?: string;
  title?: string;
  body?: string;
  byline?: string;
  authors: string[];
  dateline?: string;
  located?: string;
  description?: string;
  language?: string;
  urgency?: number;
  issued?: string;
  embargoedUntil?: string;
  slugline?: string;
  editorialNote?: string;
  copyright?: string;
  subjects: WireConcept[];
  keywords: string[];
}

/** NITF's tobject.subject: an IPTC subject code (refnum) named by its type, matter or detail. */
function subjectsOf(head: XmlElement | undefined): WireConcept[] {
  const fromTobject = descendants(head, 'tobject.subject').map((s) =>
    concept({
      scheme: 'iptc-subjectcode',
      code: attrOf(s, 'tobject.subject.refnum')
        ? `subj:${attrOf(s, 'tobject.subject.refnum')}`
        : attrOf(s, 'tobject.subject.code'),
      name:
        attrOf(s, 'tobject.subject.detail') ?? attrOf(s, 'tobject.subject.matter') ?? attrOf(s, 'tobject.subject.type'),
    }),
  );
  const classifiers = descendants(at(head, 'docdata/identified-content'), 'classifier').map((c) =>
    concept({
      scheme: attrOf(c, 'type'),
      code: attrOf(c, 'id-string') ?? attrOf(c, 'value'),
      name: textOf(c) ?? attrOf(c, 'value'),
    }),
  );
  return uniqueConcepts([...fromTobject, ...classifiers]);
}

/** `evloc` names the place of the event; the first with a city (else a district or state) wins. */
function locatedOf(docdata: XmlElement | undefined, dateline: XmlElement | undefined): string | undefined {
  for (const e of elements(docdata, 'evloc')) {
    const place = attrOf(e, 'city') ?? attrOf(e, 'county-dist') ?? attrOf(e, 'state-prov') ?? attrOf(e, 'iso-cc');
    if (place) return place;
  }
  return textOf(element(dateline, 'location'));
}

function bylineOf(bodyHead: XmlElement | undefined): { byline?: string; authors: string[] } {
  const bylines = elements(bodyHead, 'byline');
  const byline = uniquePlain(bylines.map(textOf)).join('; ') || undefined;
  const people = uniquePlain(bylines.flatMap((b) => descendants(b, 'person').map(textOf)));
  if (people.length > 0) return { byline, authors: people };
  // The byline without its title (byttl): "By Meredith Jameson, <byttl>Staff Reporter</byttl>".
  const names = bylines.flatMap((b) =>
    bylineAuthors(textOf({ ...b, children: b.children.filter((c) => typeof c === 'string' || c.name !== 'byttl') })),
  );
  return { byline, authors: uniquePlain(names) };
}

function embargoOf(docdata: XmlElement | undefined, issued: string | undefined): string | undefined {
  const release = isoDate(attrOf(element(docdata, 'date.release'), 'norm'));
  if (!release || !/^\d{4}-/.test(release)) return undefined;
  // A release time equal to the issue time is no embargo.
  return issued !== undefined && Date.parse(release) <= Date.parse(issued) ? undefined : release;
}

/** Reads a NITF 3.x document (standalone, or inside NewsML-G2 inlineXML, a NewsML 1.x ContentItem, a ninjs body). */
export function readNitf(nitf: XmlElement): NitfStory {
  const head = element(nitf, 'head');
  const docdata = element(head, 'docdata');
  const body = element(nitf, 'body');
  const bodyHead = element(body, 'body.head');
  const content = element(body, 'body.content');
  const bodyEnd = element(body, 'body.end');
  const dateline = element(bodyHead, 'dateline');
  const issued = optionalDate(attrOf(element(docdata, 'date.issue'), 'norm'));
  const html = [content ? childrenToHtml(content.children) : '', bodyEnd ? childrenToHtml(bodyEnd.children) : '']
    .filter((s) => s !== '')
    .join('\n');
  const copyright = element(docdata, 'doc.copyright');
  const hedline = element(bodyHead, 'hedline');
  const { byline, authors } = bylineOf(bodyHead);
  return {
    docId: attrOf(element(docdata, 'doc-id'), 'id-string'),
    title: firstPlain(textOf(element(hedline, 'hl1')), textOf(element(head, 'title'))),
    body: html || undefined,
    byline,
    authors,
    dateline: textOf(dateline),
    located: locatedOf(docdata, dateline),
    description: uniquePlain(elements(bodyHead, 'abstract').map(textOf)).join('\n') || undefined,
    language: languageTag(
      attrOf(nitf, 'baselang') ?? attrOf(body, 'lang') ?? attrOf(descendants(content, 'lang')[0], 'lang'),
    ),
    urgency: urgencyOf(attrOf(element(docdata, 'urgency'), 'ed-urg')),
    issued,
    embargoedUntil: embargoOf(docdata, issued),
    slugline: attrOf(element(docdata, 'du-key'), 'key'),
    editorialNote: firstPlain(attrOf(element(docdata, 'ed-msg'), 'info')),
    copyright: clip(firstPlain(attrOf(copyright, 'holder')), 1000),
    subjects: subjectsOf(head),
    keywords: uniquePlain(descendants(element(docdata, 'key-list'), 'keyword').map((k) => attrOf(k, 'key'))),
  };
}

/** The fields a NITF story gives an item. */
export function nitfFields(story: NitfStory): Partial<WireItem> {
  return compact({
    title: story.title,
    body: story.body,
    contentType: story.body ? ('text/html' as const) : undefined,
    byline: story.byline,
    authors: story.authors,
    dateline: story.dateline,
    located: story.located,
    description: story.description,
    language: story.language,
    urgency: story.urgency,
    embargoedUntil: story.embargoedUntil,
    slugline: story.slugline,
    editorialNote: story.editorialNote,
    copyright: story.copyright,
    subjects: story.subjects,
    keywords: story.keywords,
  });
}

function nitfItem(root: XmlElement, meta: ParseMeta): WireItem | ItemError {
  const story = readNitf(root);
  const externalId = story.docId ?? meta.externalId;
  if (!externalId && !meta.url) {
    return {
      index: 0,
      field: 'doc-id',
      messages: ['a NITF document needs head/docdata/doc-id@id-string (or X-External-Id) to identify the story'],
    };
  }
  return storyItem(
    compact({
      ...nitfFields(story),
      sourceId: meta.sourceId,
      externalId,
      url: meta.url,
      title: story.title ?? meta.title,
      publishedAt: story.issued,
      firstCreated: story.issued,
      format: 'nitf',
      provenance: 'edited' as const,
    }),
    0,
  );
}

/** A parsed standalone NITF document: one article. */
export function parseNitfRoot(root: XmlElement, meta: ParseMeta): ParseResult {
  if (root.name.toLowerCase() !== 'nitf')
    throw new WireFormatError(`not a NITF document: the root element is <${root.name}>, expected <nitf>`);
  return resultOf([nitfItem(root, meta)], false);
}

/** A standalone NITF 3.x document (a DOCTYPE may name the DTD; it is never read): one article. */
export function parseNitf(body: Buffer | string, meta: ParseMeta = {}): ParseResult {
  return parseNitfRoot(parseXmlTree(bodyText(body, meta.charset)), meta);
}
