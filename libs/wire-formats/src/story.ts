import { unprocessable, ItemError, WireItem } from './types';
import { cleanMetadata } from './metadata';

/** Named references an HTML body commonly carries; others stay as written (they are rare in wire copy). */
const HTML_NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

const BLOCK_TAG = /<\/?(p|div|h[1-6]|li|tr|td|th|br|hr|blockquote|pre|dd|dt|table|section|article)\b[^>]*>/gi;

/** The words a reader of the body would see: tags and scripts removed, blocks on their own lines, references decoded. */
export function visibleText(body: string | undefined, html: boolean): string {
  if (!body) return '';
  if (!html) return body.replace(/[ \t\f\v\u00a0]+/g, ' ').trim();
  return body
    .replace(/<(script|style|head|title)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(BLOCK_TAG, '\n')
    .replace(/<[a-zA-Z/!?][^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
      if (ref[0] !== '#') return HTML_NAMED[ref.toLowerCase()] ?? whole;
      const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
    })
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim();
}

/** A full stop before a space (or the end); in scripts written without spaces, the ideographic stops alone. */
const SENTENCE_END = /[.!?…](?=["'”’»)\]]*(\s|$))|[。！？]/g;
const MAX_DERIVED_HEADLINE = 200;

/**
 * A headline made from the body's first sentence, as newsroom systems do
 * for items sent without one (flashes, takes). The first sentence ends at
 * a full stop after at least three words; a long one is cut at a word.
 */
export function deriveHeadline(text: string): string | undefined {
  const first = text
    .split('\n')
    .map((l) => l.trim())
    .find((l) => /\p{L}|\p{N}/u.test(l));
  if (!first) return undefined;
  let sentence = first;
  for (const m of first.matchAll(SENTENCE_END)) {
    const candidate = first.slice(0, m.index + 1);
    if (candidate.split(/\s+/).length >= 3 || /[。！？]/.test(m[0])) {
      sentence = candidate;
      break;
    }
  }
  if (sentence.length > MAX_DERIVED_HEADLINE) {
    const cut = sentence.slice(0, MAX_DERIVED_HEADLINE);
    const space = cut.lastIndexOf(' ');
    sentence = space > MAX_DERIVED_HEADLINE / 2 ? cut.slice(0, space) : cut;
  }
  return sentence.trim() || undefined;
}

export interface StoryOptions {
  /** Where the text is, when the item only points at it (remoteContent href, rendition). */
  remote?: string;
  /** Why this item is not a text item at all (a picture, an event). */
  notText?: string;
}

/**
 * The last step of every wire reader: an item that is not text, or has no
 * text (only remote content, or nothing), is refused with the reason (422)
 * instead of being stored empty; one without a headline gets one derived
 * from its first sentence, flagged; metadata the contract would refuse is
 * brought within its limits so that a long slugline never costs the story.
 */
export function storyItem(item: WireItem, index: number, options: StoryOptions = {}): WireItem | ItemError {
  if (options.notText) return unprocessable(index, 'type', `not a text item: ${options.notText}`);
  const text = visibleText(item.body, item.contentType === 'text/html' || (item.contentType === undefined && /<\/?[a-z][^>]*>/i.test(item.body ?? '')));
  if (!/\p{L}|\p{N}/u.test(text)) {
    if (options.remote) {
      return unprocessable(index, 'body', `remote content: the item's text is only at ${options.remote}, which ingest does not fetch; send the text inline`);
    }
    return unprocessable(index, 'body', 'no text: the item carries no body, description or other story text');
  }
  const out: WireItem = { ...item };
  if (!out.title?.trim()) {
    const derived = deriveHeadline(text);
    if (derived) {
      out.title = derived;
      out.headlineDerived = true;
    }
  }
  return cleanMetadata(out);
}
