import { blockTexts } from '@news/cleaning';
import { parseHtmlDocument } from '@news/cleaning';

/**
 * What a scraper that copies a page's rendered text produces: every visible
 * block of the body, one per line (innerText-like), chrome included. Used to
 * build the plain-text evaluation from the same pages.
 */
export function pageVisibleText(html: string): string {
  const document = parseHtmlDocument(html);
  const root = document.body ?? document.documentElement;
  if (!root) return '';
  const hidden = (el: Element) =>
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '') ||
    el.getAttribute('aria-hidden') === 'true';
  return blockTexts(root, { skip: hidden })
    .map((b) => b.text)
    .join('\n');
}
