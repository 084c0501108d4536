import {
  bylineAuthors,
  concept,
  firstPlain,
  languageTag,
  qcodeConcept,
  uniqueConcepts,
  uniquePlain,
  urgencyOf,
} from './metadata';
import type { G2Content } from './newsml-g2-content';
import { WireConcept, WireItem } from './types';
import { attrOf, element, elements, textOf, XmlElement } from './xml';

/** The main headline: one without a role, or whose role says main; else the first. */
function headlineOf(contentMeta: XmlElement | undefined): string | undefined {
  const headlines = elements(contentMeta, 'headline');
  const main = headlines.find((h) => !attrOf(h, 'role') || /main/i.test(attrOf(h, 'role')!)) ?? headlines[0];
  return textOf(main);
}

/** A G2 concept (subject, genre, located): `qcode` with its scheme, or `literal`, its name and uri. */
function g2Concept(el: XmlElement): WireConcept | undefined {
  const name = textOf(elements(el, 'name')[0]);
  const qcode = attrOf(el, 'qcode');
  if (qcode) return qcodeConcept(qcode, name, attrOf(el, 'uri'));
  return concept({ code: attrOf(el, 'literal'), name, uri: attrOf(el, 'uri') });
}

const conceptsOf = (parent: XmlElement | undefined, name: string): WireConcept[] =>
  uniqueConcepts(elements(parent, name).map(g2Concept));

/** Whoever the item names as creator: a person's or organisation's name, else its literal. */
function creatorsOf(contentMeta: XmlElement | undefined): string[] {
  return uniquePlain(elements(contentMeta, 'creator').map((c) => textOf(element(c, 'name')) ?? attrOf(c, 'literal')));
}

/** Descriptions: a summary or abstract first, any other role after. */
function descriptionOf(contentMeta: XmlElement | undefined): string | undefined {
  const all = elements(contentMeta, 'description');
  const summary = all.find((d) => /summary|abstract/i.test(attrOf(d, 'role') ?? ''));
  return textOf(summary ?? all[0]);
}

function locatedOf(contentMeta: XmlElement | undefined): string | undefined {
  const located = element(contentMeta, 'located');
  return firstPlain(textOf(element(located, 'name')), attrOf(located, 'literal'), attrOf(located, 'qcode'));
}

function rightsOf(item: XmlElement): { copyright?: string; usageTerms?: string } {
  const rights = element(item, 'rightsInfo');
  const holder = element(rights, 'copyrightHolder');
  return {
    copyright: firstPlain(
      textOf(element(rights, 'copyrightNotice')),
      textOf(element(holder, 'name')),
      attrOf(holder, 'literal'),
    ),
    usageTerms: uniquePlain(elements(rights, 'usageTerms').map(textOf)).join(' ') || undefined,
  };
}

/**
 * Everything a newsItem says about its story besides identity, dates and text; the inline NITF's head fills what it
 * leaves out.
 */
export function g2Metadata(item: XmlElement, content: G2Content): Partial<WireItem> {
  const nitf = content.nitf;
  const contentMeta = element(item, 'contentMeta');
  const itemMeta = element(item, 'itemMeta');
  const byline = firstPlain(
    uniquePlain(elements(contentMeta, 'by').map(textOf)).join('; '),
    nitf?.byline,
    content.byline,
  );
  const creators = creatorsOf(contentMeta);
  const authors = creators.length > 0 ? creators : nitf?.authors.length ? nitf.authors : bylineAuthors(byline);
  const { copyright, usageTerms } = rightsOf(item);
  return {
    title: headlineOf(contentMeta) ?? nitf?.title,
    language:
      languageTag(attrOf(element(contentMeta, 'language'), 'tag')) ??
      languageTag(attrOf(item, 'lang')) ??
      nitf?.language,
    urgency: urgencyOf(textOf(element(contentMeta, 'urgency'))) ?? nitf?.urgency,
    byline,
    authors,
    description: descriptionOf(contentMeta) ?? nitf?.description,
    slugline: textOf(element(contentMeta, 'slugline')) ?? nitf?.slugline,
    editorialNote: uniquePlain(elements(itemMeta, 'edNote').map(textOf)).join('\n') || nitf?.editorialNote,
    located: locatedOf(contentMeta) ?? nitf?.located,
    dateline: textOf(element(contentMeta, 'dateline')) ?? nitf?.dateline ?? content.dateline,
    keywords: uniquePlain([...elements(contentMeta, 'keyword').map(textOf), ...(nitf?.keywords ?? [])]),
    copyright: copyright ?? nitf?.copyright,
    usageTerms,
    subjects: uniqueConcepts([...conceptsOf(contentMeta, 'subject'), ...(nitf?.subjects ?? [])]),
    genres: conceptsOf(contentMeta, 'genre'),
  };
}
