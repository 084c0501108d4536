import { concept, isoDate, uniqueConcepts, uniquePlain } from './metadata';
import { storyItem } from './story';
import { compact, ItemError, ParseMeta, WireConcept, WireItem } from './types';
import { datelineOf, linesOf, storyText, withoutControls } from './wire-text';

/**
 * AAP's ZCZC framing (ANPA's descendant on AAP's services): a story runs
 * from a `ZCZC` line to `NNNN` (or the next ZCZC), its header lines each
 * start with a field character. AAP's services use the characters
 * differently, so values decide as much as characters: `$T` is a category
 * but `$Legionella found…` a headline, `*X` a format but `*07000000` an
 * IPTC subject code. News Bites items code their fields as `TI#`, `AB#`…
 */
const FIELD_CHARS = '%#$:&*@~=^+';
const ROUTING = /^[A-Z]{2}( [A-Za-z0-9():]+)+$/;
const CODED = /^([A-Z]{2})#(.*)$/;

export function isZczc(text: string): boolean {
  return /^[\s\u007f\u0016]*zczc\b/i.test(text.slice(0, 256)) || /(^|[\r\n])zczc\b/i.test(text);
}

interface ZczcFields {
  headline?: string;
  slug?: string;
  takeKey?: string;
  located?: string;
  byline?: string;
  description?: string;
  publishedAt?: string;
  id?: string;
  tabular?: boolean;
  categories: string[];
  subjects: WireConcept[];
  keywords: string[];
}

/** One header field by its character and value. */
function readField(f: ZczcFields, char: string, value: string, hasCaret: boolean): void {
  if (value === '') return;
  if (char === '^') f.headline = value;
  else if (char === '$') {
    if (value.length <= 2) f.categories.push(value);
    else if (!hasCaret) f.headline ??= value;
  } else if (char === '#') f.slug ??= value;
  else if (char === ':') {
    const place = /^\((.+)\)$/.exec(value);
    if (place) f.located = place[1];
    else if (hasCaret && f.slug === undefined) f.slug = value;
    else f.takeKey ??= value;
  } else if (char === '=') f.takeKey ??= value;
  else if (char === '*' || char === '+') {
    if (/^\d{8}$/.test(value)) f.subjects.push(concept({ scheme: 'iptc-subjectcode', code: `subj:${value}` })!);
    else if (/^T$/i.test(value)) f.tabular = true;
  } else if (char === '&') {
    if (value.length > 1) f.byline = value;
  } else if (char === '%') f.categories.push(...value.split(/\s+/));
  else if (char === '@') f.keywords.push(value);
  else if (char === '~') f.keywords.push(value);
}

/** News Bites' coded fields (`TI#headline`, `AB#abstract`, `TX#` then the text). */
function readCoded(f: ZczcFields, code: string, value: string): void {
  const v = value.trim();
  if (v === '') return;
  if (code === 'TI') f.headline = v;
  else if (code === 'AB') f.description = v;
  else if (code === 'BY') f.byline = v;
  else if (code === 'AN') f.id = v;
  else if (code === 'PD') f.publishedAt = isoDate(v);
  else if (code === 'KY') f.keywords.push(...v.split(/\s+/));
  else if (code === 'CO') f.subjects.push(concept({ scheme: 'ticker', code: v })!);
  else if (code === 'KN') f.slug ??= v;
}

/** Splits a story's lines into its header fields and its text lines. */
function readHeader(lines: string[]): { fields: ZczcFields; body: string[] } {
  const fields: ZczcFields = { categories: [], subjects: [], keywords: [] };
  const hasCaret = lines.some((l) => l.trimStart().startsWith('^'));
  let i = 0;
  if (ROUTING.test(lines[0]?.trim() ?? '')) i = 1;
  for (; i < lines.length; i++) {
    const line = lines[i].trim();
    const coded = CODED.exec(line);
    if (coded) {
      readCoded(fields, coded[1], coded[2]);
      if (coded[1] === 'TX') return { fields, body: [coded[2], ...lines.slice(i + 1)] };
      continue;
    }
    // A blank line inside the header (after a headline) does not end it when more fields follow.
    if (
      line === '' &&
      FIELD_CHARS.includes(
        lines
          .slice(i + 1)
          .find((l) => l.trim() !== '')
          ?.trim()[0] ?? '\n',
      )
    )
      continue;
    if (line === '' || !FIELD_CHARS.includes(line[0])) break;
    readField(fields, line[0], line.slice(1).trim(), hasCaret);
  }
  return { fields, body: lines.slice(i) };
}

/** The stories of a ZCZC file: from each ZCZC line to NNNN or the next ZCZC. */
function split(text: string): string[][] {
  const stories: string[][] = [];
  let current: string[] | undefined;
  for (const raw of linesOf(withoutControls(text))) {
    const line = raw.trim();
    if (/^zczc\b/i.test(line)) {
      current = [];
      stories.push(current);
    } else if (/^NNNN/.test(line)) current = undefined;
    else current?.push(raw);
  }
  return stories;
}

function zczcStory(lines: string[], index: number, meta: ParseMeta): WireItem | ItemError {
  const { fields, body } = readHeader(lines);
  const text = fields.tabular
    ? body
        .map((l) => l.replace(/\s+$/, ''))
        .join('\n')
        .trim()
    : storyText(body);
  const identity = fields.id ?? [fields.slug, fields.takeKey].filter(Boolean).join(' ');
  const externalId = identity || (meta.externalId ? `${meta.externalId}${index > 0 ? `#${index}` : ''}` : undefined);
  if (!externalId)
    return {
      index,
      field: 'keyword',
      messages: ['a ZCZC story without a keyword (#) or take key needs X-External-Id to identify it'],
    };
  return storyItem(
    compact({
      sourceId: meta.sourceId,
      externalId,
      title: fields.headline,
      body: text,
      contentType: 'text/plain' as const,
      byline: fields.byline,
      description: fields.description,
      located: fields.located,
      dateline: datelineOf(text.split('\n')[0]),
      slugline: fields.slug,
      publishedAt: fields.publishedAt,
      keywords: uniquePlain([fields.takeKey, ...fields.keywords]),
      subjects: uniqueConcepts([
        ...fields.subjects,
        ...fields.categories.map((c) => concept({ scheme: 'anpa-category', code: c })),
      ]),
      format: 'anpa1312',
      provenance: 'edited' as const,
    }),
    index,
  );
}

export function zczcStories(text: string, meta: ParseMeta): Array<WireItem | ItemError> {
  return split(text).map((lines, i) => zczcStory(lines, i, meta));
}
