import { concept, uniquePlain } from './metadata';
import { storyItem } from './story';
import { bodyText, compact, ItemError, ParseMeta, ParseResult, resultOf, WireFormatError, WireItem } from './types';
import { datelineOf, ETX, EOT, linesOf, SOH, storyText, STX, withoutControls } from './wire-text';
import { isZczc, zczcStories } from './zczc';

/**
 * ANPA 1312 (AP, Kyodo and others): each story framed by SOH … STX … ETX
 * (… EOT), several per file. The header names the service, priority,
 * category and keyword (slug); the text opens with the headline, byline
 * and dateline lines. AAP's ZCZC framing, a descendant of it, is read by
 * zczc.ts through the same entry point.
 */

/** ANPA priority code → IPTC urgency (1 most urgent). */
export const ANPA_PRIORITY: Record<string, number> = { f: 1, b: 2, u: 3, r: 5, d: 6, a: 5, s: 5 };

interface AnpaHeader {
  priority?: string;
  category?: string;
  slug?: string;
  version?: string;
  date?: string;
  /** AAP's racing services send unit-separated fields instead (venue, race, state, day). */
  fields: string[];
}

const SERVICE = /^[a-z]\d{3,4}/i;
const DATE = /^\d\d-\d\d$/;

/** `a0105KYODO<US>koko-` / `u s BC-Soccer-Emperor's-Cup   09-12 0344` → priority, category, slug, date. */
function parseHeader(header: string): AnpaHeader {
  const tokens = withoutControls(header).split(/\s+/).filter(Boolean);
  const out: AnpaHeader = { fields: [] };
  let i = tokens.findIndex((t) => SERVICE.test(t));
  i = i < 0 ? 0 : i + 1;
  // The priority is one letter, the category one or two.
  for (; i < tokens.length - 1; i++) {
    if (/^[a-z]$/i.test(tokens[i]) && /^[a-z]{1,2}$/i.test(tokens[i + 1])) {
      out.priority = tokens[i].toLowerCase();
      out.category = tokens[i + 1].toLowerCase();
      i += 2;
      break;
    }
  }
  const rest = tokens.slice(i);
  out.slug =
    rest.find((t) => /^BC-/i.test(t)) ??
    (rest[0] && !DATE.test(rest[0]) && !/^\d{3,4}$/.test(rest[0]) ? rest[0] : undefined);
  out.date = rest.find((t) => DATE.test(t));
  const slugAt = out.slug ? rest.indexOf(out.slug) : -1;
  const version = slugAt >= 0 ? rest[slugAt + 1] : undefined;
  out.version = version && !DATE.test(version) ? version : undefined;
  return out;
}

/**
 * AAP's racing services: no STX, one header line of unit-separated fields (`SHDRACE:
 * CANTERBURY<US>6<US>N<US>N<US>NSW<US>Wednesday`).
 */
function racingHeader(line: string): AnpaHeader {
  return {
    fields: line
      .split('\u001f')
      .map((f) => withoutControls(f).trim())
      .filter(Boolean),
  };
}

const bare = (line: string) =>
  line
    .replace(/^\^/, '')
    .replace(/[<=+]+\s*$/, '')
    .trim();

interface StoryHead {
  headline?: string;
  byline?: string;
  editorialNote?: string;
  bodyLines: string[];
}

/**
 * The lines before the first paragraph: AP marks headline lines `^…<` and
 * byline lines `…=`; Kyodo repeats the keyword, then the headline. The
 * paragraphs start indented.
 */
function splitHead(lines: string[], slug: string | undefined): StoryHead {
  const first = lines.findIndex((l) => /^(\t| {2,})\S/.test(l) || l.trim() === '');
  const headCount = first < 0 ? Math.min(1, lines.length) : Math.min(first, 6);
  const head: StoryHead = { bodyLines: lines.slice(headCount) };
  const bylines: string[] = [];
  for (const raw of lines.slice(0, headCount)) {
    const line = bare(raw);
    if (line === '' || (slug && line.toLowerCase() === slug.toLowerCase()) || /^BC-/i.test(line)) continue;
    if (/^(eds?|editor'?s note)\b[:.]/i.test(line)) head.editorialNote = line;
    else if (/=\s*$/.test(raw) || /^by\s/i.test(line)) bylines.push(line);
    else if (head.headline === undefined) head.headline = line;
    else head.bodyLines.unshift(raw);
  }
  if (bylines.length > 0) head.byline = bylines.join(', ');
  return head;
}

function anpaStory(chunk: string, index: number, meta: ParseMeta): WireItem | ItemError {
  const stx = chunk.indexOf(STX);
  const etx = chunk.indexOf(ETX);
  if (stx >= 0 && etx < 0) {
    return { index, field: '(take)', messages: ['truncated ANPA take: the text (STX) never ends (no ETX)'] };
  }
  const header = stx >= 0 ? parseHeader(chunk.slice(0, stx)) : racingHeader(linesOf(chunk)[0]);
  const text = stx >= 0 ? chunk.slice(stx + 1, etx) : linesOf(chunk).slice(1).join('\n');
  const head = splitHead(linesOf(withoutControls(text)), header.slug);
  const body = storyText(head.bodyLines);
  const racing = header.fields.length > 1 ? header.fields.filter((f) => !/^[YN]$/.test(f)).join(' ') : undefined;
  const slug = header.slug ?? racing;
  const externalId = slug
    ? [slug, header.date].filter(Boolean).join(' ')
    : meta.externalId
      ? `${meta.externalId}${index > 0 ? `#${index}` : ''}`
      : undefined;
  if (!externalId)
    return {
      index,
      field: 'keyword',
      messages: ['an ANPA story without a keyword (slug) needs X-External-Id to identify it'],
    };
  return storyItem(
    compact({
      sourceId: meta.sourceId,
      externalId,
      title: head.headline ?? racing,
      body,
      contentType: 'text/plain' as const,
      byline: head.byline,
      dateline: datelineOf(body.split('\n')[0]),
      urgency: header.priority ? ANPA_PRIORITY[header.priority] : undefined,
      slugline: slug,
      editorialNote: head.editorialNote,
      keywords: uniquePlain([header.version]),
      subjects: header.category ? [concept({ scheme: 'anpa-category', code: header.category })!] : undefined,
      format: 'anpa1312',
      provenance: 'edited' as const,
    }),
    index,
  );
}

/** The stories of an SOH-framed file: each from its SOH to its EOT (or the next SOH). */
function sohStories(text: string): string[] {
  return text
    .split(SOH)
    .slice(1)
    .map((s) => (s.includes(EOT) ? s.slice(0, s.indexOf(EOT)) : s))
    .filter((s) => s.trim() !== '');
}

/** ANPA 1312 (SOH framing) or AAP's ZCZC framing; several stories per file. Undeclared 8-bit text is detected. */
export function parseAnpa(body: Buffer | string, meta: ParseMeta = {}): ParseResult {
  const text = bodyText(body, meta.charset, { detect8Bit: true });
  if (text.includes(SOH)) {
    const stories = sohStories(text);
    return resultOf(
      stories.map((s, i) => anpaStory(s, i, meta)),
      stories.length > 1,
    );
  }
  if (isZczc(text)) {
    const stories = zczcStories(text, meta);
    return resultOf(stories, stories.length > 1);
  }
  throw new WireFormatError('not ANPA 1312: no story framing (SOH … STX … ETX, or ZCZC … NNNN) was found');
}
