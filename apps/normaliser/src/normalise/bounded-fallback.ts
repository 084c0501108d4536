import { linearHtmlText } from '@news/cleaning';
import type { NormalisedArticleEvent, RawArticleEvent } from '@news/contracts';
import { normaliseRawEvent } from './normalise-article';

/**
 * The article of a raw event whose cleaning ran past its time: its body read
 * in one linear pass (markup to paragraphs, no DOM) and cleaned as text, with
 * `extraction_fallback_used`. Bounded by the body's length, whatever its shape.
 */
export function normaliseWithinBound(raw: RawArticleEvent): NormalisedArticleEvent {
  const a = raw.article;
  const body = a.contentType === 'text/html' ? linearHtmlText(a.body) : a.body;
  const event = normaliseRawEvent({ ...raw, article: { ...a, body, contentType: 'text/plain' } });
  const flags = event.article.qualityFlags;
  if (!flags.includes('extraction_fallback_used')) flags.push('extraction_fallback_used');
  return event;
}
