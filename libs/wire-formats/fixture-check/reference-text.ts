import { parseHTML } from 'linkedom';

/**
 * The words of a wire item's own text, found in the raw file without the
 * readers (so a reader's mistakes cannot agree with themselves), and how
 * many of them a reader kept. Text is read with linkedom, which decodes
 * every HTML entity; tags are padded with spaces so that table cells and
 * paragraphs never run into one word.
 */

/** Where an item's text is in its file. */
export type ReferenceSpec =
  /** The content of these XML elements (escaped markup inside read as markup), without the excluded elements. */
  | { xml: string[]; exclude?: string[] }
  /**
   * JSON values at these paths (`bodies.0.value`, `components.*.text`), markup in them read without the excluded
   * elements.
   */
  | { json: string[]; exclude?: string[] }
  /** The raw text from the first `from` to the end of the first `to` after it (control characters removed). */
  | { between: [string, string] }
  /** The same, in the text of a markup file (tags removed, references decoded, escaped markup read again). */
  | { textBetween: [string, string]; exclude?: string[] }
  /** The text itself, where the file encodes it (e-mail). */
  | { words: string };

export function htmlText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html.replace(/</g, ' <')}</body></html>`);
  return document.body.textContent ?? '';
}

export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 0);
}

const localName = (n: string) => n.replace(/[.$]/g, '\\$&');

/** The opening tag of element `name` in any namespace prefix, and its closing tag. */
function tagPatterns(name: string): { open: string; close: string } {
  return { open: `<(?:[\\w-]+:)?${localName(name)}(?:\\s[^>]*)?`, close: `</(?:[\\w-]+:)?${localName(name)}\\s*>` };
}

function elementContents(xml: string, name: string): string[] {
  const { open, close } = tagPatterns(name);
  const re = new RegExp(`${open}>([\\s\\S]*?)${close}`, 'g');
  return [...xml.matchAll(re)].map((m) => m[1]);
}

function withoutElements(xml: string, names: string[]): string {
  let out = xml;
  for (const n of names) {
    const { open, close } = tagPatterns(n);
    out = out.replace(new RegExp(`${open}/>`, 'g'), ' ');
    out = out.replace(new RegExp(`${open}>[\\s\\S]*?${close}`, 'g'), ' ');
  }
  return out;
}

/** Markup that was escaped in the XML is markup once decoded: read it again. */
function xmlFragmentText(fragment: string): string {
  const escapeCdata = (_: string, c: string) => c.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const once = htmlText(fragment.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, escapeCdata));
  return /<\/?[a-z][^>]*>/i.test(once) ? htmlText(once) : once;
}

function jsonValues(doc: unknown, path: string): unknown[] {
  let current: unknown[] = [doc];
  for (const step of path.split('.')) {
    current = current.flatMap((v) => {
      if (v === null || typeof v !== 'object') return [];
      if (step === '*') return Array.isArray(v) ? v : Object.values(v);
      return [(v as Record<string, unknown>)[step]];
    });
  }
  return current.flatMap((v) => (Array.isArray(v) ? v : [v]));
}

/** The reference text of an item: `text` is the file decoded (in the charset the manifest names). */
function between(text: string, [from, to]: [string, string]): string {
  const start = text.indexOf(from);
  const end = text.indexOf(to, start);
  if (start < 0 || end < 0) throw new Error(`reference anchors not found: ${from} … ${to}`);
  return text.slice(start, end + to.length);
}

export function referenceText(text: string, spec: ReferenceSpec): string {
  if ('words' in spec) return spec.words;
  if ('between' in spec) {
    return between(text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' '), spec.between);
  }
  if ('textBetween' in spec) {
    const bare = text.replace(/<!--[\s\S]*?-->/g, ' ').replace(/^\s*<\?xml[^>]*\?>/, '');
    const markup = withoutElements(bare, spec.exclude ?? []);
    return between(xmlFragmentText(markup).replace(/\s+/g, ' '), spec.textBetween);
  }
  if ('json' in spec) {
    const doc: unknown = JSON.parse(text);
    return spec.json
      .flatMap((p) => jsonValues(doc, p))
      .filter((v): v is string => typeof v === 'string')
      .map((v) => htmlText(withoutElements(v, spec.exclude ?? [])))
      .join('\n');
  }
  const xml = withoutElements(text.replace(/<!--[\s\S]*?-->/g, ' '), spec.exclude ?? []);
  return spec.xml
    .flatMap((name) => elementContents(xml, name))
    .map(xmlFragmentText)
    .join('\n');
}

/** The share of the reference's words (counted with repetition) that the output kept. */
export function wordsKept(reference: string, output: string): { kept: number; total: number; missing: string[] } {
  const available = new Map<string, number>();
  for (const w of wordsOf(output)) available.set(w, (available.get(w) ?? 0) + 1);
  let kept = 0;
  const missing: string[] = [];
  const words = wordsOf(reference);
  for (const w of words) {
    const n = available.get(w) ?? 0;
    if (n > 0) {
      available.set(w, n - 1);
      kept++;
    } else missing.push(w);
  }
  return { kept, total: words.length, missing };
}

/** The words of a reader's body, whatever its content type. */
export function outputText(body: string | undefined, contentType: string | undefined): string {
  if (!body) return '';
  return contentType === 'text/html' ? htmlText(body) : body;
}
