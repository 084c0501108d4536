import { assertJsonDepth, prototypeKeysOf } from './structure-limits';
import { bodyText, ItemError, ParseMeta, ParseResult, resultOf, WireFormatError, WireItem } from './types';

function asItem(value: unknown, index: number, meta: ParseMeta): WireItem | ItemError {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { index, field: '(item)', messages: ['must be a JSON object'] };
  }
  const reserved = prototypeKeysOf(value);
  if (reserved.length > 0) return { index, field: reserved[0], messages: [`${reserved[0]} is not a field of an article`] };
  const item = { ...(value as WireItem) };
  if (item.bodyHtml !== undefined) {
    if (typeof item.bodyHtml !== 'string') return { index, field: 'bodyHtml', messages: ['bodyHtml must be a string'] };
    if (item.body !== undefined || item.contentType !== undefined) {
      return { index, field: 'bodyHtml', messages: ['give either body (with contentType) or bodyHtml, not both'] };
    }
    // `bodyHtml` is the body declared as HTML, the way many CMS exports name it.
    item.body = item.bodyHtml;
    item.contentType = 'text/html';
    delete item.bodyHtml;
  }
  // The authenticated source fills in a missing sourceId; a different one is left for ingest to refuse (403).
  if (item.sourceId === undefined && meta.sourceId !== undefined) item.sourceId = meta.sourceId;
  return item;
}

/** The project's own JSON: one article object, or a JSON array of them (a batch). */
export function parseProjectJson(body: Buffer | string, meta: ParseMeta = {}): ParseResult {
  const text = bodyText(body, meta.charset);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new WireFormatError(`request body is not valid JSON: ${(err as Error).message}`);
  }
  assertJsonDepth(parsed);
  if (Array.isArray(parsed)) return resultOf(parsed.map((v, i) => asItem(v, i, meta)), true);
  return resultOf([asItem(parsed, 0, meta)], false);
}

/** Newline-delimited JSON: one article object per line; blank lines are skipped, a bad line is that item's error. */
export function parseNdjson(body: Buffer | string, meta: ParseMeta = {}): ParseResult {
  const lines = bodyText(body, meta.charset)
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  return resultOf(
    lines.map((line, index) => {
      try {
        const value: unknown = JSON.parse(line);
        assertJsonDepth(value);
        return asItem(value, index, meta);
      } catch (err) {
        const problem = err instanceof WireFormatError ? err.message : `is not valid JSON: ${(err as Error).message}`;
        return { index, field: '(item)', messages: [`line ${index + 1} ${problem}`] };
      }
    }),
    true,
  );
}
