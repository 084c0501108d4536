import { concept, uniquePlain, urgencyOf } from './metadata';
import { storyItem } from './story';
import { bodyText, compact, ItemError, ParseMeta, ParseResult, resultOf, WireFormatError, WireItem } from './types';
import { datelineOf, EOT, ETX, linesOf, SOH, storyText, STX, withoutControls } from './wire-text';

/**
 * IPTC 7901 (dpa, ATS, Kyodo…): SOH, a header line (service and message
 * number, priority, category, word count), keyword lines, STX, the text
 * whose head (catchwords, headline, byline) ends with a line ending in
 * `=`, ETX, a time stamp, EOT. dpa also sends it without the control
 * characters. Text after "not intended for publication" is the editors'.
 */

/** `bsf025 3 ec 121` / `eca00075 3 i 510`: service, message number, priority, category, word count. */
const HEADER = /^\s*([a-z]+)(\d+)\s+(\d)\s+([a-z]{1,3})\s+(\d+)/i;
const NOT_FOR_PUBLICATION = /not (intended )?for publication|nicht zur veröffentlichung|notebook|notizblock/i;
const TIME_STAMP = /^\d{6}( GMT)? \p{L}{3} \d\d$/u;

interface Head {
  headline?: string;
  byline?: string;
  keywords: string[];
  rest: string[];
}

/**
 * The head ends with the first line ending in `=` (within the first lines): headline, byline, catchwords before them.
 */
function splitHead(lines: string[]): Head {
  const end = lines.slice(0, 12).findIndex((l) => /=\s*$/.test(l));
  if (end < 0) return { keywords: [], rest: lines };
  const head = lines
    .slice(0, end + 1)
    .map((l) => l.replace(/=\s*$/, '').trim())
    .filter((l) => l !== '');
  const out: Head = { keywords: [], rest: lines.slice(end + 1) };
  if (/^(by|von|par|di|av|af)\s/i.test(head[head.length - 1] ?? '') && head.length > 1) out.byline = head.pop();
  out.headline = head.pop();
  for (const line of head) out.keywords.push(...(line.startsWith('/') ? line.split('/') : [line.replace(/:$/, '')]));
  return out;
}

/** The text up to "not intended for publication" (or dpa's notebook); what follows is for editors. */
function splitNote(lines: string[]): { text: string[]; note?: string } {
  const at = lines.findIndex((l) => NOT_FOR_PUBLICATION.test(l) && l.trim().length < 80);
  const body = at < 0 ? lines : lines.slice(0, at);
  while (body.length > 0 && /^[\s*]*$/.test(body[body.length - 1])) body.pop();
  if (at < 0) return { text: body };
  const note = lines
    .slice(at)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !TIME_STAMP.test(l))
    .join('\n');
  return { text: body, note };
}

function story7901(chunk: string, index: number, meta: ParseMeta): WireItem | ItemError {
  const stx = chunk.indexOf(STX);
  const etx = chunk.indexOf(ETX);
  if (stx >= 0 && etx < 0)
    return { index, field: '(message)', messages: ['truncated IPTC 7901 message: the text (STX) never ends (no ETX)'] };
  const lines = linesOf(withoutControls(stx >= 0 ? chunk.slice(0, etx) : chunk));
  const headerAt = lines.findIndex((l) => l.trim() !== '');
  const header = HEADER.exec(lines[headerAt] ?? '');
  if (!header)
    return {
      index,
      field: '(header)',
      messages: ['an IPTC 7901 message starts with its header line (service, number, priority, category, word count)'],
    };
  const trailer =
    stx >= 0
      ? withoutControls(chunk.slice(etx + 1))
          .trim()
          .split(/\r?\n/)[0]
          ?.trim()
      : undefined;
  const afterHeader = lines.slice(headerAt + 1);
  const head = splitHead(afterHeader.filter((l) => !TIME_STAMP.test(l.trim())));
  const { text, note } = splitNote(head.rest);
  const body = storyText(text);
  const [, service, number, priority, category] = header;
  return storyItem(
    compact({
      sourceId: meta.sourceId,
      externalId: meta.externalId ?? [`${service}${number}`, trailer].filter(Boolean).join(' '),
      title: head.headline,
      body,
      contentType: 'text/plain' as const,
      byline: head.byline,
      dateline: datelineOf(body.split('\n')[0]),
      urgency: urgencyOf(priority),
      editorialNote: note,
      keywords: uniquePlain(head.keywords),
      subjects: [concept({ scheme: 'iptc7901-category', code: category.toLowerCase() })!],
      format: 'iptc7901',
      provenance: 'edited' as const,
    }),
    index,
  );
}

/**
 * IPTC 7901: one or several messages (SOH … EOT), or one message without control characters. Undeclared 8-bit text is
 * detected.
 */
export function parseIptc7901(body: Buffer | string, meta: ParseMeta = {}): ParseResult {
  const text = bodyText(body, meta.charset, { detect8Bit: true });
  const chunks = text.includes(SOH)
    ? text
        .split(SOH)
        .slice(1)
        .map((s) => (s.includes(EOT) ? s.slice(0, s.indexOf(EOT)) : s))
    : [text];
  if (chunks.every((c) => !HEADER.test(withoutControls(c).trimStart().split(/\r?\n/)[0]))) {
    throw new WireFormatError(
      'not IPTC 7901: no message starts with a header line (service, number, priority, category, word count)',
    );
  }
  return resultOf(
    chunks.map((c, i) => story7901(c, i, meta)),
    chunks.length > 1,
  );
}
