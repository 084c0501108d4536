import { unprocessable, ItemError, WireItem } from './types';
import { bylineAuthors, cleanMetadata } from './metadata';
import { MARKUP_IN_TEXT } from './markup';
import { stripMarkup } from './markup-scan';
import { datelineOf } from './wire-text';

/** Named references an HTML body commonly carries; others stay as written (they are rare in wire copy). */
const HTML_NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * The words a reader of the body would see: tags and scripts removed (in one pass), blocks on their own lines,
 * references decoded.
 */
export function visibleText(body: string | undefined, html: boolean): string {
  if (!body) return '';
  if (!html) return body.replace(/[ \t\f\v\u00a0]+/g, ' ').trim();
  return stripMarkup(body, true)
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
      if (ref[0] !== '#') return HTML_NAMED[ref.toLowerCase()] ?? whole;
      const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
    })
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim();
}

/**
 * A full stop before a capital, a quote or the end (so "No. 3855" and
 * "Mr. Smith" go on); in scripts written without spaces, the ideographic stops alone.
 */
const SENTENCE_END = /[.!?…](?=["'”’»)\]]*(\s+[\p{Lu}"'“‘«(]|\s*$))|[。！？]/gu;
const MAX_DERIVED_HEADLINE = 200;

/**
 * Lines that label a release rather than open its story (press-release wires): "Source: X", "MEDIA RELEASE PR67276".
 */
const LABEL_LINE = /^(source:\s.*|from:\s.*|(media|press|news) release( [A-Z]{0,3}\d+)?|for immediate release)$/i;

/** Words a full stop follows without ending the sentence. */
const ABBREVIATIONS = new Set([
  'inc',
  'ltd',
  'corp',
  'co',
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'vs',
  'no',
  'nr',
  'gen',
  'gov',
  'sen',
  'rep',
  'prof',
  'dept',
]);

/** The line the headline is made from: the first with words that is neither a label nor a lone code (`IDN38100`). */
function openingLine(text: string): string | undefined {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /\p{L}|\p{N}/u.test(l))
    .slice(0, 6);
  const candidates = lines.filter((l) => !LABEL_LINE.test(l) && /\s/.test(l));
  return candidates[0] ?? lines[0];
}

/** A stop that ends a sentence: not after an abbreviation or an initial. */
function endsSentence(line: string, at: number): boolean {
  const word = /([\p{L}]+)$/u.exec(line.slice(0, at))?.[1] ?? '';
  return !ABBREVIATIONS.has(word.toLowerCase()) && !/^\p{Lu}$/u.test(word);
}

/**
 * A headline made from the body's first sentence, as newsroom systems do
 * for items sent without one (flashes, takes): the dateline that opens it
 * left out, ending at a full stop after at least three words; a long one
 * is cut at a word.
 */
export function deriveHeadline(text: string): string | undefined {
  const line = openingLine(text);
  if (!line) return undefined;
  const dateline = datelineOf(line);
  const first = dateline && line.length > dateline.length + 10 ? line.slice(dateline.length).trim() : line;
  let sentence = first;
  for (const m of first.matchAll(SENTENCE_END)) {
    const candidate = first.slice(0, m.index + 1);
    if (m[0] === '.' && !endsSentence(first, m.index)) continue;
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

const BYLINE_PARAGRAPH = /^(By|BY|Von|VON|Par|PAR|Por|POR|Av|AV) [\p{Lu}][\p{L}.'’ -]{2,60}(,[\p{L} .'’-]{2,40})?$/u;

/**
 * A byline or dateline that the feed printed only in the text ("By Joseph
 * Ax" as a paragraph, "LIMA, Jan 21 (Reuters) -" opening the first one)
 * becomes a field as well; the text keeps its words.
 */
function leadMetadata(item: WireItem, text: string): Partial<WireItem> {
  const paragraphs = text
    .split('\n')
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .slice(0, 4);
  const out: Partial<WireItem> = {};
  if (!item.byline) {
    const byline = paragraphs.find((p) => BYLINE_PARAGRAPH.test(p) && p.split(/\s+/).length <= 9);
    if (byline) {
      out.byline = byline;
      if (!item.authors?.length) out.authors = bylineAuthors(byline);
    }
  }
  if (!item.dateline) {
    for (const p of paragraphs) {
      const dateline = datelineOf(p);
      if (dateline) {
        out.dateline = dateline;
        break;
      }
    }
  }
  return out;
}

export interface StoryOptions {
  /** Where the text is, when the item only points at it (remoteContent href, rendition). */
  remote?: string;
  /** Why this item is not a text item at all (a picture, an event). */
  notText?: string;
  /** No headline is made up (a scraped page's first line may be its chrome). */
  keepTitle?: boolean;
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
  const text = visibleText(
    item.body,
    item.contentType === 'text/html' || (item.contentType === undefined && MARKUP_IN_TEXT.test(item.body ?? '')),
  );
  if (!/\p{L}|\p{N}/u.test(text)) {
    if (options.remote) {
      return unprocessable(
        index,
        'body',
        `remote content: the item's text is only at ${options.remote}, which ingest does not fetch; send the ` +
          `text inline`,
      );
    }
    return unprocessable(index, 'body', 'no text: the item carries no body, description or other story text');
  }
  const out: WireItem = { ...item, ...leadMetadata(item, text) };
  if (out.byline && !out.authors?.length) out.authors = bylineAuthors(out.byline);
  if (!out.title?.trim() && !options.keepTitle) {
    const derived = deriveHeadline(text);
    if (derived) {
      out.title = derived;
      out.headlineDerived = true;
    }
  }
  return cleanMetadata(out);
}
