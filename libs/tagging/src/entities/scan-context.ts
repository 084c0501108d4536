import type { Token } from '../text/tokenize';
import type { EntityType, Gazetteer } from './gazetteer';
import { joinTokens } from './name-tokens';
import type { RunModel } from './run-classifier';

export type Field = 'title' | 'text';

/** One recognised span before mentions of the same entity are merged. */
export interface Span {
  field: Field;
  start: number;
  end: number;
  surface: string;
  type: EntityType;
  /** canonical name when known (gazetteer), else the surface */
  name: string;
  countryCode?: string;
  confidence: number;
}

/** A capitalised run that neither cues nor short forms explain (what the run classifier sees). */
export interface UnresolvedRun {
  field: Field;
  tokens: Token[];
  start: number;
  end: number;
}

export interface ExtractOptions {
  /** Only gazetteer matches and mentions of them (for non-English text, where the English cues do not apply). */
  gazetteerOnly?: boolean;
  /** Use the trained run classifier for runs the rules leave open (default true). */
  useModel?: boolean;
  /** Sees every run left open after cues and short forms (training data for the run classifier). */
  onUnresolved?: (run: UnresolvedRun) => void;
  /** A run classifier to use instead of the shipped one (out-of-fold evaluation in tools/train). */
  runModel?: RunModel;
}

/** Tokens [start, end) of one field; `tokens` are all of the field's tokens (the context around the run). */
export interface Run {
  field: Field;
  tokens: Token[];
  start: number;
  end: number;
}

/** A capitalised run not yet classified: it may still be a known entity's short form. */
export interface Pending extends Run {
  /** weak hint that it is a person (followed by "said", preceded by "spokesman") */
  personHint: boolean;
  /** no cue-based guesses here (non-English text, Title Case headline) */
  gazetteerOnly: boolean;
  /** a word on a line in capitals: only linked to an entity named in mixed case elsewhere */
  shouted?: boolean;
}

/** What every pass of one extraction shares: the gazetteer, what is found so far, and the caller's options. */
export interface ScanContext {
  gaz: Gazetteer;
  spans: Span[];
  pending: Pending[];
  options: ExtractOptions;
}

/** What a run is found to be (a gazetteer entry is one). */
export interface Found {
  type: EntityType;
  name: string;
  confidence: number;
  countryCode?: string;
}

export function addSpan(spans: Span[], run: Run, found: Found): void {
  spans.push({
    field: run.field,
    start: run.tokens[run.start].start,
    end: run.tokens[run.end - 1].end,
    surface: joinTokens(run.tokens, run.start, run.end),
    type: found.type,
    name: found.name,
    confidence: found.confidence,
    ...(found.countryCode ? { countryCode: found.countryCode } : {}),
  });
}

/** The run found as its own surface: a name nobody listed. */
export function asWritten(run: Run, type: EntityType, confidence: number): Found {
  return { type, name: joinTokens(run.tokens, run.start, run.end), confidence };
}
