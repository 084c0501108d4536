import {
  commentsStart,
  ContextLine,
  markChromeSections,
  markComments,
  markEdgeBlocks,
  resolveWeakRuns,
} from './chrome-context';
import { lineEvidence } from './chrome-evidence';
import { lineKey } from './chrome-vocabulary';
import { lineFeatures } from './line-features';
import { MAX_STRUCTURED_LINES } from './plain-structure';
import { bestRegion, classify, keepInRegion, looksLikeHeadline, pageFunctionWords } from './story-region';
import { countWords } from '../text-normalise';

export interface ClassifyOptions {
  /** Known title: lines equal to it are dropped (scrapers repeat the headline). */
  title?: string | null;
  /** Per line, the share of its characters inside links (HTML fallback only). */
  linkRatios?: number[];
  /**
   * A declared scraped page: page-only rules apply and the story is the
   * densest region of prose. Otherwise (text of unknown origin) every line is
   * kept unless it carries evidence of chrome.
   */
  page?: boolean;
  /** Lines that are story whatever they look like (tables): never removed. */
  protectedLines?: boolean[];
}

export interface LineClassification {
  /** Story lines, in order. */
  paragraphs: string[];
  /**
   * The lines without chrome evidence of their own (notices, menus, icon runs,
   * the repeated title, link lists): the fallback when the full result would
   * leave a page with prose empty.
   */
  evidenceOnly: string[];
  /** A headline found in the text (when no title was given). */
  detectedTitle: string | null;
  /** Words of all the input lines. */
  inputWords: number;
}

/** A short line printed twice near the top (the headline, above and in the story) is the title. */
function repeatedHeadline(lines: ContextLine[]): string | null {
  const seen = new Map<string, number>();
  for (let i = 0; i < Math.min(lines.length, 15); i++) {
    const key = lines[i].features.key;
    if (!key || lines[i].features.words > 30) continue;
    if (seen.has(key) && lines[i].features.words >= 3) return lines[seen.get(key)!].text;
    seen.set(key, i);
  }
  return null;
}

/**
 * Chrome removal for plain text: each line's own evidence (chrome-evidence.ts),
 * then its neighbours' (chrome-context.ts); for a declared scraped page, the
 * story region too (story-region.ts). The default is to keep a line.
 */
export function classifyScrapedText(input: string[], options: ClassifyOptions = {}): LineClassification {
  // More lines than any article (see MAX_STRUCTURED_LINES), as from the streaming HTML path: kept as they are, since
  // judging each line would take far longer than cleaning a real page, and no page has a story region that large.
  if (input.length > MAX_STRUCTURED_LINES) {
    return {
      paragraphs: input,
      evidenceOnly: input,
      detectedTitle: null,
      inputWords: input.reduce((n, l) => n + countWords(l), 0),
    };
  }
  const page = options.page === true;
  const given = options.title ? lineKey(options.title) : '';
  const lines: ContextLine[] = input.map((text, i) => ({
    text,
    features: lineFeatures(text),
    evidence: null,
    isTitle: false,
    locked: options.protectedLines?.[i] === true,
  }));
  let detectedTitle = given ? null : repeatedHeadline(lines);
  const titleKey = given || (detectedTitle ? lineKey(detectedTitle) : '');
  lines.forEach((l, i) => {
    if (l.locked) return;
    l.evidence = lineEvidence(l.text, l.features, { titleKey, linkRatio: options.linkRatios?.[i] ?? 0, page });
    l.isTitle = titleKey !== '' && l.evidence === 'strong' && l.features.key === titleKey;
  });
  resolveWeakRuns(lines);
  const evidenceOnly = lines.filter((l) => l.evidence === null).map((l) => l.text);
  markChromeSections(lines, page);
  // On a page, comments are cut inside the story region (pageStory): above it, dates and bylines of teasers would look
  // like them.
  if (!page) markComments(lines);
  markEdgeBlocks(lines);
  const inputWords = lines.reduce((n, l) => n + l.features.words, 0);
  if (!page)
    return {
      paragraphs: lines.filter((l) => l.evidence === null).map((l) => l.text),
      evidenceOnly,
      detectedTitle,
      inputWords,
    };
  const story = pageStory(lines, titleKey !== '');
  detectedTitle ??= story.detectedTitle;
  return { paragraphs: story.paragraphs, evidenceOnly, detectedTitle, inputWords };
}

/** The story region of a scraped page, with the headline above it taken as the title when none is known. */
function pageStory(lines: ContextLine[], titleKnown: boolean): { paragraphs: string[]; detectedTitle: string | null } {
  const functionWords = pageFunctionWords(lines);
  const classes = lines.map((l) => classify(l, functionWords));
  const best = bestRegion(classes, lines);
  const [start] = best;
  const comments = commentsStart(lines, true, best[0], best[1]);
  const end = comments >= 0 ? comments - 1 : best[1];
  const region: [number, number] = [start, end];
  let detectedTitle: string | null = null;
  if (!titleKnown) {
    for (let k = start - 1; k >= Math.max(0, start - 4); k--) {
      if (classes[k] !== 'bad' && looksLikeHeadline(lines[k].features)) {
        detectedTitle = lines[k].text;
        break;
      }
    }
  }
  const kept: string[] = [];
  const seen = new Set<string>();
  let first = true;
  for (let i = start; i <= end; i++) {
    if (!keepInRegion(classes, lines, i, region)) continue;
    const line = lines[i];
    // The region often starts at the headline: it is the title, not the story.
    if (first && !titleKnown && classes[i] !== 'good' && looksLikeHeadline(line.features)) {
      detectedTitle ??= line.text;
      first = false;
      continue;
    }
    first = false;
    const key = line.features.key;
    if (seen.has(key) && line.features.words < 40) continue; // repeated captions and pull quotes
    seen.add(key);
    kept.push(line.text);
  }
  return { paragraphs: kept, detectedTitle };
}

/** Convenience: the kept lines only. */
export function classifyLines(lines: string[], options: ClassifyOptions = {}): string[] {
  return classifyScrapedText(lines, options).paragraphs;
}
