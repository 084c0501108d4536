import { isCapitalised, tokenize } from '../text/tokenize';
import { loadGazetteer } from './gazetteer';
import { addStatesAfterTowns, retypeSurnamesNamedLikePlaces, typeClubTowns, typeResultLines } from './news-passes';
import { resolvePending } from './resolve-pending';
import type { ExtractOptions, ScanContext, Span } from './scan-context';
import { scanField, scanTitleCase } from './scan-runs';

export type { ExtractOptions, Field, Span, UnresolvedRun } from './scan-context';
export { MAX_NAME_TOKENS } from './name-tokens';

/**
 * Finds people, organisations and places in a title and body. Precision first: a capitalised run becomes an
 * entity only on evidence (gazetteer, a title such as "President", an organisation suffix, a known first name,
 * a reporting verb) or as a short form of an entity found that way elsewhere in the article.
 *
 * The passes: scan the runs of each field (scan-runs.ts) and classify them by cues (classify-run.ts); read
 * news copy's own forms (news-passes.ts: results lines, club towns); link short forms and run the classifier
 * on what is left (resolve-pending.ts).
 */
export function extractSpans(title: string, text: string, options: ExtractOptions = {}): Span[] {
  const ctx: ScanContext = { gaz: loadGazetteer(), spans: [], pending: [], options };
  const cues = !options.gazetteerOnly;
  const textTokens = tokenize(text);
  scanField(ctx, 'text', textTokens);
  const titleTokens = tokenize(title);
  // Headlines in Title Case carry no case evidence: there only gazetteer names and short forms count.
  const words = titleTokens.filter((t) => /^\p{L}/u.test(t.text));
  const titleCase = words.length > 2 && words.filter((t) => isCapitalised(t.text)).length / words.length > 0.6;
  if (titleCase) scanTitleCase(ctx, titleTokens);
  else scanField(ctx, 'title', titleTokens);
  if (cues) typeResultLines(ctx, text, textTokens);
  if (cues) typeClubTowns(textTokens, ctx.spans);
  resolvePending(ctx);
  if (cues) addStatesAfterTowns(textTokens, ctx.spans);
  retypeSurnamesNamedLikePlaces(ctx.spans, ctx.gaz);
  return ctx.spans.sort((a, b) => (a.field === b.field ? a.start - b.start : a.field === 'title' ? -1 : 1));
}
