import { ArticleMetadata, CleanFlag, cleanArticle, CleanOptions, Provenance } from '@news/cleaning';
import { tagArticle, TagResult } from '@news/tagging';

const PROVENANCES: readonly string[] = ['edited', 'scraped', 'unknown'];

/** One JSON Lines input record. */
export interface NormaliseInput {
  id: string;
  url: string;
  contentType: 'text/html' | 'text/plain';
  body: string;
  title?: string;
  source?: string;
  /** `edited`, `scraped` or `unknown` (the default): how the body is cleaned. */
  provenance?: Provenance;
}

/** One JSON Lines output record (success): clean text, metadata and tags. */
export interface NormaliseOutput extends ArticleMetadata, TagResult {
  id: string;
  url: string;
  title: string;
  text: string;
  wordCount: number;
  contentHash: string;
  qualityFlags: CleanFlag[];
}

export interface NormaliseError {
  id: string | null;
  error: string;
}

export class InputError extends Error {}

/** Checks one parsed line; a clear message names the field that is wrong. */
export function parseInput(value: unknown): NormaliseInput {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new InputError('line is not a JSON object');
  const v = value as Record<string, unknown>;
  const str = (k: string, optional = false) => {
    const x = v[k];
    if (x === undefined || x === null) {
      if (optional) return undefined;
      throw new InputError(`missing field "${k}"`);
    }
    if (typeof x !== 'string') throw new InputError(`field "${k}" must be a string`);
    return x;
  };
  const id = str('id')!;
  if (!id) throw new InputError('field "id" must not be empty');
  const contentType = str('contentType')!.split(';')[0].trim().toLowerCase();
  if (contentType !== 'text/html' && contentType !== 'text/plain') {
    throw new InputError(`field "contentType" must be text/html or text/plain, got "${contentType}"`);
  }
  const provenance = str('provenance', true);
  if (provenance !== undefined && !PROVENANCES.includes(provenance)) {
    throw new InputError(`field "provenance" must be one of ${PROVENANCES.join(', ')}, got "${provenance}"`);
  }
  return {
    id,
    url: str('url') ?? '',
    contentType,
    body: str('body')!,
    title: str('title', true),
    source: str('source', true),
    provenance: provenance as Provenance | undefined,
  };
}

/** The whole per-document pipeline of the CLI: clean, then tag the clean text. */
export function normaliseDocument(input: NormaliseInput, options: CleanOptions = {}): NormaliseOutput {
  const cleaned = cleanArticle(
    { body: input.body, contentType: input.contentType, title: input.title, url: input.url || undefined, source: input.source, provenance: input.provenance },
    { ...options, documentKey: options.documentKey ?? input.id },
  );
  const tags = tagArticle({ title: cleaned.title, text: cleaned.text });
  return {
    id: input.id,
    url: input.url,
    ...cleaned.metadata,
    title: cleaned.title,
    text: cleaned.text,
    wordCount: cleaned.wordCount,
    contentHash: cleaned.contentHash,
    qualityFlags: cleaned.qualityFlags,
    ...tags,
  };
}

/** One input line → exactly one output line; never throws. */
export function normaliseLine(line: string, options: CleanOptions = {}): NormaliseOutput | NormaliseError {
  let id: string | null = null;
  try {
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (e) {
      throw new InputError(`invalid JSON: ${(e as Error).message}`);
    }
    if (parsed && typeof parsed === 'object' && typeof (parsed as { id?: unknown }).id === 'string') id = (parsed as { id: string }).id;
    return normaliseDocument(parseInput(parsed), options);
  } catch (e) {
    const message = e instanceof InputError ? e.message : `cleaning failed: ${e instanceof Error ? e.message : String(e)}`;
    return { id, error: message };
  }
}
