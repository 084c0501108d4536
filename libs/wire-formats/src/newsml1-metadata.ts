import { bylineAuthors, concept, firstPlain, languageTag, uniqueConcepts, uniquePlain, urgencyOf } from './metadata';
import type { StoryParts } from './newsml1-parts';
import { WireConcept, WireItem } from './types';
import { at, attrOf, descendants, element, elements, textOf, XmlElement } from './xml';

/** Roles of components whose NewsLines describe something else (a picture's caption, a logo). */
const OTHER_ROLES = /picture|image|photo|logo|video|audio|graphic|stylesheet/i;

/**
 * The NewsComponents from the NewsItem down to `target`, then the story's
 * own sub-components (where TASS and Business Wire put the NewsLines), so
 * that the deepest, nearest one is read first.
 */
function chainTo(item: XmlElement, target: XmlElement): XmlElement[] {
  let path: XmlElement[] = [item, target];
  const stack: Array<{ el: XmlElement; path: XmlElement[] }> = [{ el: item, path: [item] }];
  while (stack.length > 0) {
    const { el, path: p } = stack.pop()!;
    if (el === target) {
      path = p;
      break;
    }
    for (const c of elements(el, 'NewsComponent')) stack.push({ el: c, path: [...p, c] });
  }
  const inner = descendants(target, 'NewsComponent').filter(
    (c) => !OTHER_ROLES.test(attrOf(element(c, 'Role'), 'FormalName') ?? ''),
  );
  return [...path, ...inner.reverse()];
}

/** DescriptiveMetadata, also as TASS misspells it. */
const descriptive = (c: XmlElement) => element(c, 'DescriptiveMetadata') ?? element(c, 'DescriptiveMetada');

/** The nearest non-empty value along the chain (the story's own component first). */
function nearest(chain: XmlElement[], read: (el: XmlElement) => string | undefined): string | undefined {
  for (let i = chain.length - 1; i >= 0; i--) {
    const v = read(chain[i]);
    if (v !== undefined) return v;
  }
  return undefined;
}

const line = (name: string) => (el: XmlElement) => textOf(element(element(el, 'NewsLines'), name));

/**
 * IPTC subject codes (`SubjectMatter FormalName="02001000"`) with their scheme; eight digits are the IPTC Subject
 * Codes.
 */
function subjectsOf(chain: XmlElement[]): WireConcept[] {
  const codes = chain.flatMap((c) => elements(descriptive(c), 'SubjectCode')).flatMap((sc) => elements(sc));
  return uniqueConcepts(
    codes.map((s) => {
      const code = attrOf(s, 'FormalName');
      if (!code) return undefined;
      return /^\d{8}$/.test(code)
        ? concept({ scheme: 'iptc-subjectcode', code: `subj:${code}` })
        : concept({ scheme: attrOf(s, 'Scheme'), code });
    }),
  );
}

/** `Location` properties: the city, else the country or region. */
function locatedOf(chain: XmlElement[]): string | undefined {
  return nearest(chain, (c) => {
    const props = elements(element(descriptive(c), 'Location'), 'Property');
    const value = (name: string) =>
      attrOf(
        props.find((p) => attrOf(p, 'FormalName')?.toLowerCase() === name),
        'Value',
      );
    return value('city') ?? value('countryarea') ?? value('country');
  });
}

function keywordsOf(chain: XmlElement[]): string[] {
  return uniquePlain(
    chain.flatMap((c) => [
      ...elements(element(c, 'NewsLines'), 'KeywordLine').map(textOf),
      ...elements(element(c, 'NewsLines'), 'NewsLine')
        .filter((l) => /catch|keyword/i.test(attrOf(element(l, 'NewsLineType'), 'FormalName') ?? ''))
        .map((l) => textOf(element(l, 'NewsLineText'))),
      ...elements(descriptive(c), 'Property')
        .filter((p) => /keyword/i.test(attrOf(p, 'FormalName') ?? ''))
        .map((p) => attrOf(p, 'Value')),
    ]),
  );
}

function authorsOf(chain: XmlElement[]): string[] {
  const parties = chain.flatMap((c) => elements(at(c, 'AdministrativeMetadata/Creator'), 'Party'));
  return uniquePlain(
    parties.filter((p) => !/editor/i.test(attrOf(p, 'Topic') ?? '')).map((p) => attrOf(p, 'FormalName')),
  );
}

/**
 * Everything a NewsML 1.x story says about itself: NewsLines, Descriptive and Administrative metadata, nearest
 * component first.
 */
export function newsml1Metadata(unit: XmlElement, item: XmlElement, parts: StoryParts): Partial<WireItem> {
  const chain = chainTo(item, unit);
  const nitf = parts.nitf;
  const byline = nearest(chain, line('ByLine')) ?? nitf?.byline;
  const authors = authorsOf(chain);
  return {
    title: nearest(chain, line('HeadLine')) ?? parts.headline ?? nitf?.title,
    byline,
    authors: authors.length > 0 ? authors : nitf?.authors.length ? nitf.authors : bylineAuthors(byline),
    dateline: nearest(chain, line('DateLine')) ?? nitf?.dateline,
    slugline: firstPlain(
      nearest(chain, line('SlugLine')),
      nitf?.slugline,
      textOf(at(item, 'Identification/NameLabel')),
    ),
    copyright: nearest(chain, line('CopyrightLine')) ?? nitf?.copyright,
    description: parts.summary ?? nitf?.description,
    language:
      languageTag(nearest(chain, (c) => attrOf(element(descriptive(c), 'Language'), 'FormalName'))) ??
      languageTag(nearest(chain, (c) => attrOf(c, 'lang'))) ??
      nitf?.language,
    located: locatedOf(chain) ?? nitf?.located,
    subjects: uniqueConcepts([...subjectsOf(chain), ...(nitf?.subjects ?? [])]),
    genres: uniqueConcepts(
      chain.flatMap((c) => elements(descriptive(c), 'Genre').map((g) => concept({ code: attrOf(g, 'FormalName') }))),
    ),
    keywords: uniquePlain([...keywordsOf(chain), ...(nitf?.keywords ?? [])]),
    urgency: urgencyOf(
      nearest(chain, (c) =>
        attrOf(
          elements(element(c, 'AdministrativeMetadata'), 'Property').find(
            (p) => attrOf(p, 'FormalName') === 'Priority',
          ),
          'Value',
        ),
      ),
    ),
  };
}
