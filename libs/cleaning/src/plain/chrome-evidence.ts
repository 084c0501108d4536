import { isChromeText, isNoticeText } from '../html/chrome-patterns';
import { COMMENT_VERBS, SECTION_HEADERS, UI_WORDS } from './chrome-vocabulary';
import { LineFeatures } from './line-features';

/**
 * Evidence that one line is chrome, judged from the line alone and never from
 * the language it is written in: `strong` is enough to remove it, `weak` only
 * together with chrome next to it (a menu item on its own line, "Reply").
 */
export type Evidence = 'strong' | 'weak' | null;

export interface LineContext {
  /** lineKey of the known title: a line equal to it is the headline printed again. */
  titleKey: string;
  /** Share of the line's characters inside links (HTML fallback only). */
  linkRatio: number;
  /** A declared scraped page: page-only rules (bylines, credits, "read more" links, teasers) apply too. */
  page: boolean;
}

/** Icon-font names glued from CSS classes ("bookmarkicon", "chevron downicon", "v-playicon"). */
const ICON_TOKEN = /(?:icon|btn|button)s?$/;
const TRUNCATED = /(?:\[(?:…|\.\.\.)\]|\.\.\.|…)\s*$/;
const ENDS_QUOTE = /["”’»]$/;
/** At most this many tokens in a line judged only by its words. */
const MAX_UI_TOKENS = 12;

function uiShare(tokens: string[]): { ui: number; icons: number } {
  let ui = 0;
  let icons = 0;
  for (const t of tokens) {
    if (ICON_TOKEN.test(t) && t.length > 4) icons++;
    else if (UI_WORDS.has(t)) ui++;
  }
  return { ui, icons };
}

/** A run of icon-font names, or a menu on one line ("Home News Sport Business Weather"). */
function isUiRun(f: LineFeatures): boolean {
  const n = f.tokens.length;
  if (n < 3 || f.endsSentence || f.hasSentencePunct) return false;
  const { ui, icons } = uiShare(f.tokens);
  if (icons >= 2 && (ui + icons) / n >= 0.5) return true;
  return n <= MAX_UI_TOKENS && ui + icons === n;
}

/** A header over a list of other stories ("Related articles", "Most read", "Читайте также:"). */
export function isSectionHeader(text: string, f: LineFeatures): boolean {
  return f.tokens.length <= 8 && text.length <= 80 && SECTION_HEADERS.has(f.key);
}

const TIMESTAMP = new RegExp(
  String.raw`^(?:\p{L}+\.? \d{1,2},? \d{4}|\d{1,2}\.? \p{L}+\.? \d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|` +
    String.raw`\d+ (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|` +
    String.raw`years?) ago)(?:\s*(?:at|,|-|\|)?\s*\d{1,2}:\d{2}\s*(?:am|pm)?)?$`,
  'iu',
);
const ACTION =
  /^(?:reply|report|report abuse|flag|like|likes|share|permalink|\d+\s+(?:likes?|votes?|replies|points|comments?))$/i;
const RATING = /^rating:\s*-?\d+/i;

export type CommentMarker = 'signature' | 'timestamp' | 'action' | null;

/** Lines that head or sign a reader comment: "<name> says:", bare timestamps, vote counts, "Reply". */
export function commentMarker(text: string, f: LineFeatures): CommentMarker {
  if (text.length >= 90) return null;
  if (TIMESTAMP.test(text)) return 'timestamp';
  if (ACTION.test(text) || RATING.test(text)) return 'action';
  const n = f.tokens.length;
  if (n >= 2 && n <= 16 && (f.endsColon || !f.endsSentence)) {
    // The verb ends the line ("jane123 says:", "Alex on May 3 at 6:34 am a écrit :"): its last one to three words.
    for (let k = 1; k <= 3 && k < n; k++) if (COMMENT_VERBS.has(f.tokens.slice(n - k).join(' '))) return 'signature';
  }
  return null;
}

/** The evidence one line carries on its own. */
export function lineEvidence(text: string, f: LineFeatures, ctx: LineContext): Evidence {
  if (ctx.page ? isChromeText(text) : isNoticeText(text)) return 'strong';
  if (ctx.linkRatio > 0.5 && !(f.words > 20 && ctx.linkRatio < 0.7)) return 'strong';
  if (isUiRun(f)) return 'strong';
  if (isSectionHeader(text, f)) return 'strong';
  if (ctx.titleKey && f.key === ctx.titleKey) return 'strong';
  // Truncated teasers of other stories ("… the number of players […]"); a wire's copy may trail off.
  if (ctx.page && TRUNCATED.test(text.slice(-12)) && !ENDS_QUOTE.test(text.slice(-2))) return 'strong';
  const n = f.tokens.length;
  if (n > 0 && n <= 2 && !f.endsSentence && f.tokens.every((t) => UI_WORDS.has(t) || ICON_TOKEN.test(t))) return 'weak';
  return null;
}
