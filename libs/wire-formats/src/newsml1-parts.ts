import { MARKUP_IN_TEXT, textToHtml, xhtmlToHtml } from './markup';
import { NitfStory, readNitf } from './nitf';
import { visibleText } from './story';
import { attrOf, element, elements, isElement, rawText, XmlElement } from './xml';

/**
 * The parts of a NewsML 1.x story: NewsComponents hold ContentItems (NITF,
 * XHTML or text inline in DataContent, or only an Href), and their Role
 * says what each part is.
 */

/** Roles whose content is the headline, a summary, or not story text at all. */
const HEADLINE_ROLES = new Set(['title', 'headline']);
const SUMMARY_ROLES = new Set(['abstract', 'summary', 'synopsis']);
const TRAILING_ROLES = new Set(['contact', 'boilerplate', 'about']);
const NOT_TEXT_ROLES = new Set([
  'stylesheet',
  'logo',
  'picture',
  'image',
  'photo',
  'caption',
  'thumbnail',
  'preview',
  'video',
  'audio',
  'graphic',
  'sketch',
  'tweettext',
]);

export const roleOf = (component: XmlElement): string | undefined =>
  attrOf(element(component, 'Role'), 'FormalName')?.toLowerCase();

export interface StoryParts {
  headline?: string;
  summary?: string;
  /** The story as HTML, its parts in document order. */
  html: string[];
  /** Parts that close a story whatever their place in the document (a press release's contact block). */
  trailing: string[];
  nitf?: NitfStory;
  /** Href of text the item only points at. */
  remote?: string;
  /** What the non-text content was (picture, audio…), to name in a refusal. */
  media: string[];
}

/** What a ContentItem is: its MediaType, MimeType or Format, lower case. */
function kindOf(item: XmlElement): string {
  return ['MediaType', 'MimeType', 'Format']
    .map((n) => attrOf(element(item, n), 'FormalName') ?? '')
    .join(' ')
    .toLowerCase();
}

const TEXT_KIND = /text|nitf|xhtml|html|xml|complexdata|^\s*$/;
const MEDIA_KIND = /image|photo|jpe?g|png|gif|audio|video|mpeg|pdf|graphic/;

/** One ContentItem as HTML (NITF's body.content, XHTML's body, text as paragraphs); undefined when it holds no text. */
function contentHtml(item: XmlElement, parts: StoryParts): string | undefined {
  const data = element(item, 'DataContent');
  if (!data) return undefined;
  const nitf = elements(data).find((e) => e.name.toLowerCase() === 'nitf');
  if (nitf) {
    const story = readNitf(nitf);
    parts.nitf ??= story;
    return story.body;
  }
  const root = elements(data)[0];
  if (root) return xhtmlToHtml(root);
  const text = rawText(data).trim();
  if (text === '') return undefined;
  return MARKUP_IN_TEXT.test(text) ? text.replace(/\r?\n\s*\n/g, '<br/><br/>') : textToHtml(text);
}

function collectItem(item: XmlElement, role: string | undefined, parts: StoryParts): void {
  const kind = kindOf(item);
  const href = attrOf(item, 'Href');
  if (MEDIA_KIND.test(kind) || (role !== undefined && NOT_TEXT_ROLES.has(role))) {
    parts.media.push(role ?? kind.trim());
    return;
  }
  if (!TEXT_KIND.test(kind)) return;
  const html = contentHtml(item, parts);
  if (html === undefined || !/\p{L}|\p{N}/u.test(visibleText(html, true))) {
    if (href && !element(item, 'DataContent')) parts.remote ??= `${href} (ContentItem Href)`;
    return;
  }
  if (role !== undefined && HEADLINE_ROLES.has(role)) parts.headline ??= visibleText(html, true).replace(/\s+/g, ' ');
  else if (role !== undefined && SUMMARY_ROLES.has(role))
    parts.summary ??= visibleText(html, true).replace(/\s+/g, ' ');
  else if (role !== undefined && TRAILING_ROLES.has(role)) parts.trailing.push(html);
  else parts.html.push(html);
}

/** Walks a component's tree in document order, the nearest Role deciding what each ContentItem is. */
export function storyParts(component: XmlElement): StoryParts {
  const parts: StoryParts = { html: [], trailing: [], media: [] };
  const stack: Array<{ el: XmlElement; role?: string }> = [{ el: component, role: roleOf(component) }];
  while (stack.length > 0) {
    const { el, role } = stack.pop()!;
    const children = el.children.filter(isElement);
    for (let i = children.length - 1; i >= 0; i--) {
      const c = children[i];
      if (c.name === 'NewsComponent') stack.push({ el: c, role: roleOf(c) ?? role });
      else if (c.name === 'ContentItem') stack.push({ el: c, role });
    }
    if (el.name === 'ContentItem') collectItem(el, role, parts);
  }
  parts.html.push(...parts.trailing.splice(0));
  return parts;
}

/** True when a component's tree holds inline text (a DataContent with words). */
export function hasText(component: XmlElement): boolean {
  const parts = storyParts(component);
  return parts.html.length > 0;
}
