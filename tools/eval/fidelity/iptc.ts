import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FidelityCase } from './corpus';

/**
 * The IPTC's own published examples (`<shared>/datasets/iptc-examples/`):
 * every ninjs text item, and the NewsML-G2 listings that carry their text
 * inline. The reference is the item's text as the publisher wrote it, read
 * here without the pipeline's code: a ninjs plain-text body when there is one,
 * else its HTML body's text, else its descriptions (a brief with no body); for
 * NITF, the paragraphs of body.content (hedline and byline are metadata).
 */

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

const BLOCK_TAG = new RegExp(
  String.raw`<\/?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|` +
    String.raw`header|footer|blockquote|pre|dd|dt|dl|figure|figcaption|hr)\b[^>]*>`,
  'gi',
);

/**
 * Markup to text as a browser shows it, with nothing of the pipeline: block
 * tags break, inline tags join what they wrap to its neighbours (a drop cap
 * `<span>T</span>he` is one word; so are two spans the sender wrote with no
 * space between them), the usual entities decoded.
 */
export function markupText(markup: string): string {
  return markup
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(BLOCK_TAG, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
      e[0] === '#'
        ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
        : (XML_ENTITIES[e.toLowerCase()] ?? m),
    )
    .replace(/[ \t]+/g, ' ')
    .trim();
}

const typeOf = (b: Obj): string => {
  const t = b.contenttype ?? b.contentType;
  return typeof t === 'string' ? t : '';
};

/** The rendition ingest reads: HTML (it keeps paragraphs and tables) when the item has one, else plain text. */
function ninjsReference(doc: Obj): string | undefined {
  const bodies = (Array.isArray(doc.bodies) ? doc.bodies : []).filter(isObj);
  const html = bodies.find((b) => /html/i.test(typeOf(b)) && typeof b.value === 'string');
  if (html) return markupText(html.value as string);
  const plain = bodies.find((b) => /^text\/plain/i.test(typeOf(b)) && typeof b.value === 'string');
  if (plain) return plain.value as string;
  const descriptions = (Array.isArray(doc.descriptions) ? doc.descriptions : [])
    .filter(isObj)
    .map((d) => d.value)
    .filter((v) => typeof v === 'string');
  return descriptions.length > 0 ? descriptions.join('\n\n') : undefined;
}

function ninjsTitle(doc: Obj): string | undefined {
  const headlines = (Array.isArray(doc.headlines) ? doc.headlines : []).filter(isObj);
  const main = headlines.find((h) => h.role === undefined || h.role === 'main') ?? headlines[0];
  return typeof main?.value === 'string' ? main.value : typeof doc.title === 'string' ? doc.title : undefined;
}

/** Held out by the same rule as elsewhere: files sorted by name, every 4th. */
const inSplit = (i: number, split: 'dev' | 'heldout' | 'all') =>
  split === 'all' || (i % 4 === 3) === (split === 'heldout');

function ninjsCases(dir: string): FidelityCase[] {
  if (!existsSync(dir)) return [];
  const cases: FidelityCase[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const raw = readFileSync(join(dir, file), 'utf8');
    const doc = JSON.parse(raw) as Obj;
    // Events and planning items are not stories: ingest refuses them (422), and the fidelity target is text.
    if (
      doc.eventDetails !== undefined ||
      doc.planningDetails !== undefined ||
      (typeof doc.type === 'string' && doc.type !== 'text')
    )
      continue;
    const referenceText = ninjsReference(doc);
    if (!referenceText) continue;
    const language = typeof doc.language === 'string' ? doc.language.split('-')[0] : 'en';
    cases.push({
      id: `iptc-ninjs-${file.replace(/\.json$/, '')}`,
      language,
      shape: 'iptc',
      provenance: 'edited',
      push: { contentType: 'application/ninjs+json', body: raw },
      referenceText,
      title: ninjsTitle(doc),
    });
  }
  return cases;
}

function newsmlCases(dir: string): FidelityCase[] {
  if (!existsSync(dir)) return [];
  const cases: FidelityCase[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => /^LISTING_\d+_.*\.xml$/.test(f))
    .sort()) {
    const raw = readFileSync(join(dir, file), 'utf8');
    // Whole news items with inline text only (fragments and remote-content items have no text to keep).
    if (!/<newsItem\b/.test(raw)) continue;
    const content = /<body\.content>([\s\S]*?)<\/body\.content>/.exec(raw);
    if (!content) continue;
    const paragraphs = [...content[1].matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/g)].map((m) =>
      markupText(m[1]).replace(/\s+/g, ' '),
    );
    const headline = /<headline[^>]*>([\s\S]*?)<\/headline>/.exec(raw);
    const lang = /xml:lang="([a-zA-Z-]+)"/.exec(raw)?.[1]?.split('-')[0] ?? 'en';
    cases.push({
      id: `iptc-newsml-${file.replace(/\.xml$/, '')}`,
      language: lang,
      shape: 'iptc',
      provenance: 'edited',
      push: { contentType: 'application/vnd.iptc.g2.newsitem+xml', body: raw },
      referenceText: paragraphs.join('\n\n'),
      title: headline ? markupText(headline[1]) : undefined,
    });
  }
  return cases;
}

export function iptcCases(sharedDir: string, split: 'dev' | 'heldout' | 'all'): FidelityCase[] {
  const root = join(sharedDir, 'datasets', 'iptc-examples');
  const all = [...ninjsCases(join(root, 'ninjs')), ...newsmlCases(join(root, 'newsml-g2'))];
  return all.filter((_, i) => inSplit(i, split));
}
