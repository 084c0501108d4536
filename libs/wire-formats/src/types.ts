import { BodyDecodeError, decodeBody, DecodeOptions } from './decode-body';
/**
 * What every wire-format parser returns: plain objects shaped like the
 * project's `ArticleSubmission` (ingest validates them against that contract),
 * plus the errors of the items it could not read, each with its index.
 */
export interface WireItem {
  sourceId?: string;
  externalId?: string;
  url?: string;
  title?: string;
  body?: string;
  contentType?: 'text/html' | 'text/plain';
  language?: string;
  /** ISO 8601 strings, as they travel in JSON; the contract turns them into dates. */
  publishedAt?: string;
  version?: number;
  versionCreated?: string;
  pubStatus?: string;
  format?: string;
  urgency?: number;
  /** Coded concepts (`{scheme, code, name, uri}`) or plain strings, as the feed gave them. */
  subjects?: Array<string | WireConcept>;
  genres?: Array<string | WireConcept>;
  authors?: string[];
  embargoedUntil?: string;
  /** `edited` for a wire's copy, `scraped` for a page; unset when the item does not say. */
  provenance?: 'edited' | 'scraped';
  byline?: string;
  description?: string;
  slugline?: string;
  editorialNote?: string;
  located?: string;
  dateline?: string;
  keywords?: string[];
  copyright?: string;
  usageTerms?: string;
  firstCreated?: string;
  headlineDerived?: boolean;
  /** Any other field the project's JSON carried (the contract refuses unknown ones). */
  [field: string]: unknown;
}

/** A subject, genre or place in the feed's own vocabulary. */
export interface WireConcept {
  scheme?: string;
  code?: string;
  name?: string;
  uri?: string;
}

export interface ItemError {
  /** Position of the item in the request (0 for a single-article body). */
  index: number;
  field: string;
  messages: string[];
  /**
   * 422 when the item is well-formed but cannot become an article (no text,
   * only remote content, a picture or an event); 400 (the default) when it is malformed.
   */
  status?: 400 | 422;
}

/** An item that is well-formed but carries nothing the pipeline can store as a story (answered 422). */
export function unprocessable(index: number, field: string, message: string): ItemError {
  return { index, field, messages: [message], status: 422 };
}

export interface ParseResult {
  /** Items read, in document order; `indexes[i]` is the position of `items[i]` in the request. */
  items: WireItem[];
  indexes: number[];
  errors: ItemError[];
  /** True when the body can carry several articles (array, NDJSON, feed, package). */
  batch: boolean;
  /**
   * Who sent it, when the format says (an e-mail's From address), for the transport to check against the source's
   * allow-list.
   */
  sender?: string;
}

/** Metadata that arrives beside the body (authenticated source, headers, query parameters). */
export interface ParseMeta {
  /** Content-Type's charset parameter, when given. */
  charset?: string;
  sourceId?: string;
  url?: string;
  title?: string;
  externalId?: string;
  language?: string;
  publishedAt?: string;
  /** `X-Article-Provenance` / `?provenance=`: `edited` or `scraped`, for bodies that cannot say it themselves. */
  provenance?: string;
  /** The media type of the bytes when the transport knows it (a MIME part), for readers that read nested parts. */
  contentType?: string;
}

/** The whole body could not be read (not JSON, not well-formed XML, DTD present…). */
export class WireFormatError extends Error {
  constructor(
    message: string,
    readonly field = '(body)',
    /**
     * 400: malformed; 413: too large to read; 422: well-formed but not something ingest can turn into articles (a
     * planning item, an unknown root).
     */
    readonly status: 400 | 413 | 422 = 400,
  ) {
    super(message);
    this.name = 'WireFormatError';
  }
}

export type WireParser = (body: Buffer | string, meta: ParseMeta) => ParseResult;

/** A reader: the bytes of one request or file in, the items and refusals out (e-mail reads asynchronously). */
export type WireReader = (body: Buffer | string, meta: ParseMeta) => ParseResult | Promise<ParseResult>;

/** The body as text; a body that cannot be text (bad UTF-8, NUL, unknown charset) is a WireFormatError. */
export function bodyText(body: Buffer | string, charset?: string, options?: DecodeOptions): string {
  try {
    return decodeBody(body, charset, options);
  } catch (err) {
    if (err instanceof BodyDecodeError) throw new WireFormatError(err.message);
    throw err;
  }
}

/** Builds a result where every item of `items` kept its natural position. */
export function resultOf(items: Array<WireItem | ItemError>, batch: boolean): ParseResult {
  const out: ParseResult = { items: [], indexes: [], errors: [], batch };
  items.forEach((it, index) => {
    if (isItemError(it)) out.errors.push({ ...it, index });
    else {
      out.items.push(it);
      out.indexes.push(index);
    }
  });
  return out;
}

export function isItemError(x: unknown): x is ItemError {
  return typeof x === 'object' && x !== null && 'messages' in x && 'field' in x && 'index' in x;
}

/** Keeps only the defined fields, so a parser's output carries no `undefined` keys. */
export function compact<T extends object>(o: T): T {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0)),
  ) as T;
}
