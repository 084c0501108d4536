import { MARKUP_IN_TEXT, xhtmlToHtml } from './markup';
import { htmlBodyOf } from './ninjs-body';
import { NitfStory, readNitf } from './nitf';
import { visibleText } from './story';
import { attrOf, descendants, elements, isElement, parseXmlTree, rawText, textOf, XmlElement } from './xml';
import { childrenToHtml, MarkupDialect } from './xml-to-html';

export interface G2Content {
  body?: string;
  contentType?: 'text/html' | 'text/plain';
  nitf?: NitfStory;
  /** Metadata a feed's own markup carried beside the text (TT's BYLINE and DAT). */
  byline?: string;
  dateline?: string;
  /** Where the text is when the item only has remoteContent. */
  remote?: string;
}

/**
 * TT's own NITF dialect (`application/ttnitf+xml`): RUBRIK headlines, DAT
 * dateline, INGRESS lead, BRODTEXT body, CITAT quotes, MELLIS crossheads,
 * BYLINE and BILD (a picture). The first RUBRIK is the item's headline.
 */
const TT_NITF: MarkupDialect = {
  rubrik: 'h2',
  dat: null,
  byline: null,
  bild: null,
  citat: 'p',
  mellis: 'h3',
  ingress: 'div',
  brodtext: 'div',
  text: 'div',
};

function fromTtNitf(root: XmlElement): G2Content {
  const headline = descendants(root, 'RUBRIK')[0];
  const strip = (el: XmlElement): XmlElement => ({
    ...el,
    children: el.children.filter((c) => c !== headline).map((c) => (isElement(c) ? strip(c) : c)),
  });
  const dat = descendants(root, 'DAT')[0];
  return {
    body: childrenToHtml(strip(root).children, TT_NITF),
    contentType: 'text/html',
    byline: textOf(descendants(root, 'BYLINE')[0]),
    dateline: dat ? elements(dat).map(textOf).filter(Boolean).join(', ') || undefined : undefined,
  };
}

/** `inlineXML`: NITF (the story and its body.head metadata), XHTML, or another fragment of markup. */
function fromInlineXml(inline: XmlElement): G2Content {
  const type = attrOf(inline, 'contenttype') ?? '';
  const roots = elements(inline);
  const nitfRoot = roots.find((r) => r.name.toLowerCase() === 'nitf');
  if (nitfRoot) {
    const nitf = readNitf(nitfRoot);
    return { body: nitf.body, contentType: 'text/html', nitf };
  }
  if (/ttnitf/i.test(type) && roots.length === 1) return fromTtNitf(roots[0]);
  const html = roots.length === 1 ? xhtmlToHtml(roots[0]) : childrenToHtml(inline.children);
  return { body: html, contentType: 'text/html' };
}

/**
 * `inlineData`: text in the declared content type, unless it plainly holds paragraphs of markup (then it is read as
 * HTML).
 */
function fromInlineData(inline: XmlElement): G2Content {
  const type = attrOf(inline, 'contenttype') ?? 'text/plain';
  if (inline.children.some(isElement)) return { body: childrenToHtml(inline.children), contentType: 'text/html' };
  const text = rawText(inline).trim();
  if (/nitf/i.test(type)) {
    const nitf = readNitf(parseXmlTree(text));
    return { body: nitf.body, contentType: 'text/html', nitf };
  }
  // ANSA sends `<p>` paragraphs as text/plain: markup in text declared plain is read as markup.
  if (/html|xml/i.test(type) || MARKUP_IN_TEXT.test(text)) return { body: htmlBodyOf(text), contentType: 'text/html' };
  return { body: text, contentType: 'text/plain' };
}

const hasText = (c: G2Content) => /\p{L}|\p{N}/u.test(visibleText(c.body, c.contentType === 'text/html'));

/** The story of a contentSet: the first inline rendition that holds text; else where the remote content is. */
export function g2Content(contentSet: XmlElement | undefined): G2Content {
  let remote: string | undefined;
  for (const child of elements(contentSet)) {
    if (child.name === 'inlineXML' || child.name === 'inlineData') {
      const content = child.name === 'inlineXML' ? fromInlineXml(child) : fromInlineData(child);
      if (hasText(content)) return content;
    } else if (child.name === 'remoteContent' && remote === undefined) {
      const href = attrOf(child, 'href') ?? attrOf(child, 'residref');
      if (href) remote = `${href} (remoteContent)`;
    }
  }
  return { remote };
}
