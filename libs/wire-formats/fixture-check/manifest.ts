import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readWire } from '../src/read-wire';
import { ParseResult, WireFormatError, WireItem } from '../src/types';
import { outputText, ReferenceSpec, referenceText, wordsKept } from './reference-text';
import { wireFixturesDir } from './shared-dir';

/**
 * What each item of ../shared/datasets/wire-fixtures is: how a newsroom
 * sends it (Content-Type, X-Wire-Format, the source's charset), and for a
 * text item its headline, the metadata fields it carries and where its text
 * is in the file; for anything else, the refusal (status and reason).
 * Headlines and fields were checked by hand against each file.
 */
export interface FixtureItem {
  headline: string;
  headlineDerived?: boolean;
  fields: string[];
  text: ReferenceSpec;
}

export interface FixtureEntry {
  file: string;
  send?: { contentType?: string; wireFormat?: string; charset?: string };
  items?: FixtureItem[];
  refused?: Array<{ status: number; reason: string }>;
}

export const FIXTURES: FixtureEntry[] = JSON.parse(
  readFileSync(join(__dirname, 'wire-fixtures.json'), 'utf8'),
) as FixtureEntry[];

/** Dev/held-out split: files in sorted order, every 4th held out (tuning looked at the dev part only). */
export const isHeldOut = (entry: FixtureEntry): boolean => FIXTURES.indexOf(entry) % 4 === 3;

export interface FixtureRun {
  result?: ParseResult;
  error?: { status: number; message: string };
}

/** Reads a fixture the way ingest would (the file name standing in for X-External-Id, as a drop folder gives it). */
export async function runFixture(entry: FixtureEntry): Promise<FixtureRun> {
  const bytes = readFileSync(join(wireFixturesDir(), entry.file));
  try {
    return { result: await readWire(bytes, { ...entry.send, sourceId: 'fixtures', externalId: basename(entry.file) }) };
  } catch (err) {
    if (err instanceof WireFormatError) return { error: { status: err.status, message: err.message } };
    throw err;
  }
}

/** The file as text, in the charset it declares or the manifest names (the reference side decodes on its own). */
export function fixtureText(entry: FixtureEntry): string {
  const bytes = readFileSync(join(wireFixturesDir(), entry.file));
  const declared = entry.send?.charset ?? /encoding=["']([^"']+)/.exec(bytes.subarray(0, 200).toString('latin1'))?.[1];
  if (declared) return new TextDecoder(declared.toLowerCase()).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export function coverage(entry: FixtureEntry, expected: FixtureItem, item: WireItem) {
  return wordsKept(referenceText(fixtureText(entry), expected.text), outputText(item.body, item.contentType));
}
