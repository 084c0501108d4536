import { isNoticeText } from '../html/chrome-patterns';
import { lineFeatures } from '../plain/line-features';
import { BoilerplateModel } from './boilerplate-model';

/**
 * Learned chrome needs structural evidence as well as recurrence. A wire
 * repeats a background paragraph in every story of a running event, and a
 * source that covers one event all day makes that paragraph recur in most of
 * its documents: recurrence alone would remove it. So a recurring paragraph is
 * removed only when its shape is chrome's too: a short line (a label, a
 * sign-off, "More from Example News"), or a known notice. A paragraph of prose
 * (a sentence of eight words or more, or more than fifteen words) is chrome
 * only at the very top or bottom of the text and once it has recurred in at
 * least 30 documents (a site's promotion line under every story), far more
 * than the updates of one running story; in the middle of a text it is story,
 * however often it recurs.
 */

/** Longest recurring line that can be chrome on recurrence alone. */
const MAX_CHROME_WORDS = 15;
/** A sentence this long is prose, not a label. */
const MIN_SENTENCE_WORDS = 8;
/** Documents a prose paragraph at an edge of the text must have recurred in to be chrome. */
export const MIN_PROSE_CHROME_DOCUMENTS = 30;

export function hasChromeShape(paragraph: string): boolean {
  if (paragraph.includes('\n')) return false; // tables and multi-line blocks are story
  if (isNoticeText(paragraph)) return true;
  const f = lineFeatures(paragraph);
  if (f.words > MAX_CHROME_WORDS) return false;
  return !(f.endsSentence && f.words >= MIN_SENTENCE_WORDS);
}

export interface LearnedChromeContext {
  source: string;
  documentKey: string;
  learn: boolean;
}

/**
 * Learns the article's paragraphs (each counted once per document key), then
 * removes those the source repeats that are chrome-shaped. Learned chrome
 * never empties an article: if every paragraph would go, this is a re-sent or
 * templated story (or the model is wrong), and losing the body is worse than
 * keeping chrome.
 */
export function removeLearnedChrome(
  model: BoilerplateModel,
  ctx: LearnedChromeContext,
  paragraphs: string[],
): string[] {
  if (ctx.learn) model.learn(ctx.source, ctx.documentKey, paragraphs);
  const last = paragraphs.length - 1;
  const isChrome = (p: string, i: number): boolean => {
    if (!model.isBoilerplate(ctx.source, p)) return false;
    if (hasChromeShape(p)) return true;
    const atEdge = (i === 0 || i === last) && !p.includes('\n');
    return atEdge && model.recurrence(ctx.source, p).count >= MIN_PROSE_CHROME_DOCUMENTS;
  };
  const kept = paragraphs.filter((p, i) => !isChrome(p, i));
  return kept.length > 0 ? kept : paragraphs;
}
