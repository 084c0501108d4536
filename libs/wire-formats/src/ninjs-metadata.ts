import {
  bylineAuthors,
  concept,
  firstPlain,
  isoDate,
  languageTag,
  plain,
  uniqueConcepts,
  uniquePlain,
  urgencyOf,
} from './metadata';
import type { NinjsBody } from './ninjs-body';
import type { Obj } from './ninjs';
import { WireConcept, WireItem } from './types';

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const objects = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : isObj(v) ? [v] : []);

function headlineOf(doc: Obj): string | undefined {
  const headlines = objects(doc.headlines);
  const main = headlines.find((h) => h.role === undefined || h.role === 'main') ?? headlines[0];
  return firstPlain(main?.value, doc.headline, doc.title);
}

/** Roles of a byline entry that did not write the text (photographers, desk staff). */
const NOT_A_WRITER = /foto|photo|kuva|bild|ansvarig|desk|editor/i;

function bylineEntries(doc: Obj): Obj[] {
  return objects(doc.bylines).filter((b) => !(typeof b.role === 'string' && NOT_A_WRITER.test(b.role)));
}

function bylineOf(doc: Obj): string | undefined {
  const fromList = uniquePlain(bylineEntries(doc).map((b) => b.byline ?? b.by)).join('; ');
  return firstPlain(doc.by, doc.byline, fromList);
}

function authorsOf(doc: Obj, byline: string | undefined): string[] {
  const named = bylineEntries(doc).map((b) => {
    const full = [plain(b.firstname), plain(b.lastname)].filter(Boolean).join(' ');
    return plain(b.name) ?? (full || bylineAuthors(plain(b.byline) ?? plain(b.by))[0]);
  });
  const people = [...objects(doc.people), ...objects(doc.person)]
    .filter((p) => typeof p.rel === 'string' && /author|creator/i.test(p.rel))
    .map((p) => p.name);
  const authors = uniquePlain([...named, ...people]);
  return authors.length > 0 ? authors : bylineAuthors(byline);
}

/** ninjs has no keywords member: a subject with `rel: keyword` carries one (as the store writes them). */
const isKeyword = (s: Obj) => typeof s.rel === 'string' && s.rel.toLowerCase() === 'keyword';

/**
 * A ninjs subject, genre or place: 2.x/3.x `{uri, name, literal}`, 1.x `{code, name, scheme}`, Superdesk `{qcode, name,
 * scheme}`.
 */
function conceptsOf(...lists: unknown[]): WireConcept[] {
  return uniqueConcepts(
    lists
      .flatMap(objects)
      .filter((s) => !isKeyword(s))
      .map((s) => concept({ scheme: s.scheme, code: s.qcode ?? s.code ?? s.literal, name: s.name, uri: s.uri })),
  );
}

function descriptionOf(doc: Obj, body: NinjsBody): string | undefined {
  if (body.fromDescription) return undefined;
  const described = objects(doc.descriptions).find((d) => plain(d.value) !== undefined && d.role !== 'dateline');
  return firstPlain(
    described?.value,
    doc.description_text,
    doc.description_html,
    doc.abstract,
    doc.headline_extended,
    body.nitf?.description,
  );
}

/** Superdesk writes the dateline as `{text, located: {city, …}}`; ninjs as a string. */
function datelineOf(doc: Obj): { dateline?: string; located?: string } {
  const d = doc.dateline;
  if (isObj(d)) {
    const located = isObj(d.located) ? firstPlain(d.located.city, d.located.state, d.located.country) : undefined;
    return { dateline: plain(d.text), located };
  }
  // ninjs 2.x/3.x have no dateline member: a description with role `dateline` carries it.
  return { dateline: plain(d) ?? plain(objects(doc.descriptions).find((x) => x.role === 'dateline')?.value) };
}

function keywordsOf(doc: Obj): string[] {
  const raw = Array.isArray(doc.keywords)
    ? doc.keywords
    : typeof doc.keywords === 'string'
      ? doc.keywords.split(',')
      : [];
  const fromSubjects = objects(doc.subjects)
    .filter(isKeyword)
    .map((k) => k.name ?? k.literal);
  return uniquePlain([...raw.map((k) => (isObj(k) ? (k.name ?? k.value) : k)), ...fromSubjects]);
}

function usageTermsOf(doc: Obj): string | undefined {
  const u = doc.usageterms;
  return Array.isArray(u) ? uniquePlain(u).join(' ') || undefined : plain(u);
}

function embargoOf(doc: Obj, body: NinjsBody): string | undefined {
  const schedule = isObj(doc.schedule_settings) ? doc.schedule_settings.utc_embargo : undefined;
  return isoDate(firstPlain(doc.embargoed, doc.embargo, schedule)) ?? body.nitf?.embargoedUntil;
}

/** Everything a ninjs document (any version) says about its story, besides the identity, dates and text. */
export function ninjsMetadata(doc: Obj, body: NinjsBody): Partial<WireItem> {
  const nitf = body.nitf;
  const byline = bylineOf(doc) ?? nitf?.byline;
  const { dateline, located } = datelineOf(doc);
  const keywords = uniquePlain([...keywordsOf(doc), ...(nitf?.keywords ?? [])]);
  return {
    title: headlineOf(doc) ?? nitf?.title,
    language: languageTag(doc.language) ?? nitf?.language,
    urgency: urgencyOf(doc.urgency) ?? nitf?.urgency,
    byline,
    authors: authorsOf(doc, byline).length > 0 ? authorsOf(doc, byline) : nitf?.authors,
    description: descriptionOf(doc, body),
    slugline: firstPlain(doc.slugline, doc.slug, nitf?.slugline),
    editorialNote: firstPlain(doc.ednote, nitf?.editorialNote),
    located: firstPlain(doc.located, located, nitf?.located),
    dateline: dateline ?? nitf?.dateline,
    keywords,
    copyright: firstPlain(doc.copyrightnotice, doc.copyrightholder, nitf?.copyright),
    usageTerms: usageTermsOf(doc),
    subjects: [
      ...conceptsOf(doc.subjects, doc.subject),
      ...conceptsOf(doc.places, doc.place),
      ...(nitf?.subjects ?? []),
    ],
    genres: conceptsOf(doc.genres, doc.genre),
    embargoedUntil: embargoOf(doc, body),
  };
}
