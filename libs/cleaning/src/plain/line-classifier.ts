import { isChromeText } from '../html/chrome-patterns';
import { LineFeatures, lineFeatures } from './line-features';

export interface ClassifyOptions {
  /** Known title: lines equal to it are dropped (scrapers repeat the headline). */
  title?: string | null;
  /** Per line, the share of its characters inside links (HTML fallback only). */
  linkRatios?: number[];
}

export type LineClass = 'good' | 'near' | 'short' | 'bad';

export interface ClassifiedLine {
  text: string;
  cls: LineClass;
  features: LineFeatures;
}

export interface LineClassification {
  /** Story paragraphs, in order. */
  paragraphs: string[];
  /** A headline found at the top of the text (when no title was given). */
  detectedTitle: string | null;
}

/** Words that make up site chrome: menus, share bars, account links, icon-font names. */
const UI_WORDS = new Set(
  (
    'home menu search login log sign signin signup register subscribe subscription account share shares tweet email print ' +
    'comment comments reply follow like facebook twitter instagram youtube linkedin whatsapp pinterest reddit telegram rss ' +
    'newsletter newsletters more next previous prev back top close open toggle navigation nav skip content main video videos ' +
    'photo photos gallery icon icons bookmark save download upload edit filter settings help contact about privacy terms ' +
    'cookies cookie policy advertise advertisement ad ads sponsored feedback sections section topics tags tag trending latest ' +
    'popular podcasts podcast live watch listen play pause mute unmute expand collapse chevron arrow left right up down ' +
    'flag check ok cancel submit go view all news sport sports business opinion culture lifestyle tech technology world local weather ' +
    'jobs careers store shop app apps mobile'
  ).split(' '),
);

/** Lines that head or sign a reader comment: "<name> says:", bare timestamps, vote counts, "Reply". */
const COMMENT_MARKERS: RegExp[] = [
  /^\S.{0,60}\s(?:says|said|wrote|writes|commented)\s*:?$/i,
  /^(?:reply|report|report abuse|flag|like|likes|share|permalink|\d+\s+(?:likes?|votes?|replies|points|comments?))$/i,
  /^rating:\s*-?\d+/i,
  /^(?:\p{L}+\.? \d{1,2},? \d{4}|\d{1,2}\.? \p{L}+\.? \d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d+ (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago)(?:\s*(?:at|,|-|\|)?\s*\d{1,2}:\d{2}\s*(?:am|pm)?)?$/iu,
];

const isCommentMarker = (line: string) => line.length < 90 && COMMENT_MARKERS.some((re) => re.test(line));

/** Reader comments start where comment markers cluster; the story ends before them. */
function cutAtComments(lines: ClassifiedLine[], start: number, end: number): number {
  const marker = lines.map((l, i) => i >= start && i <= end && isCommentMarker(l.text));
  for (let i = start; i <= end; i++) {
    if (!marker[i]) continue;
    let markers = 0;
    for (let j = i; j <= Math.min(end, i + 12); j++) if (marker[j]) markers++;
    if (markers >= 3) return i - 1;
  }
  return end;
}

/** Headers that open a block of links to other stories ("Related", "Most read", "Read more:"). */
const CHROME_SECTION_HEADER =
  /^(?:related(?: (?:articles?|stories|posts|content|news|coverage|topics|videos|links))?|read (?:more|next|also)|more (?:stories|news|headlines|videos|from [^.!?]{1,40}|on this(?: story| topic)?)|top (?:stories|news|headlines)|trending(?: now| stories| news)?|most (?:read|popular|viewed|shared|watched)|recommended(?: for you| stories| reading)?|you (?:may|might) (?:also )?(?:like|enjoy)|editor'?s picks|latest (?:news|stories|headlines)|popular (?:stories|now|today)|what to read next|also (?:read|see)|see also|around the web|from our partners)\s*:?$/i;

/**
 * The lines after such a header are other stories' headlines and teasers,
 * until prose long enough to be the story again.
 */
function markChromeSections(lines: ClassifiedLine[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].features.words > 6 || !CHROME_SECTION_HEADER.test(lines[i].text)) continue;
    lines[i].cls = 'bad';
    for (let j = i + 1; j < Math.min(lines.length, i + 13); j++) {
      const l = lines[j];
      if (l.cls === 'good' && l.features.words >= 30) break;
      if (CHROME_SECTION_HEADER.test(l.text)) break;
      l.cls = 'bad';
    }
  }
}

const normaliseKey = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const ICON_NAME = /(?:icon|btn|button)$/;
const TRUNCATED = /(?:\[(?:…|\.\.\.)\]|\.\.\.|…)\s*$/;
const ENDS_QUOTE = /["”’]$/;

function isUiRun(line: string, f: LineFeatures): boolean {
  if (f.hasSentencePunct || f.endsSentence) return false;
  const tokens = line.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (tokens.length < 3) return false;
  // Glued icon names ("bookmarkicon", "chevron downicon") count as UI words too.
  const ui = tokens.filter((t) => UI_WORDS.has(t) || ICON_NAME.test(t)).length;
  return ui / tokens.length >= 0.5;
}

function isAllUiWords(line: string): boolean {
  const tokens = line.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return tokens.length > 0 && tokens.every((t) => UI_WORDS.has(t));
}

function initialClass(text: string, f: LineFeatures, linkRatio: number, stopwordsApply: boolean): LineClass {
  if (isChromeText(text)) return 'bad';
  if (linkRatio > 0.5 && !(f.words > 20 && linkRatio < 0.7)) return 'bad';
  if (isUiRun(text, f)) return 'bad';
  // Truncated teasers of other stories ("… the number of players […]").
  if (TRUNCATED.test(text) && !ENDS_QUOTE.test(text)) return 'bad';
  if (f.unspacedScript > 0.3) {
    if (f.chars >= 40 && (f.endsSentence || f.hasSentencePunct || /[，、]/.test(text))) return 'good';
    return f.chars < 12 ? 'short' : 'near';
  }
  if (stopwordsApply && f.words >= 6 && f.stopwordDensity < 0.06 && !f.hasSentencePunct) return 'bad';
  if (f.words < 5) return 'short';
  const prose = !stopwordsApply || f.stopwordDensity >= 0.15;
  if (prose && f.words >= 10 && (f.endsSentence || (f.hasSentencePunct && f.words >= 20))) return 'good';
  if (prose && f.words >= 30) return 'good';
  return 'near';
}

/** Weight of a line for the main-region search: story lines pull the region in, chrome pushes it away. */
function regionWeight(line: ClassifiedLine): number {
  const { cls, features: f } = line;
  switch (cls) {
    case 'good':
      return f.words;
    case 'near':
      return f.endsSentence ? f.words * 0.5 : -Math.min(f.words, 12) * 1;
    case 'short':
      return f.endsSentence ? 0 : -5;
    case 'bad':
      return -(Math.min(f.words, 30) + 3);
  }
}

/** The contiguous span of lines with the largest summed weight (Kadane). */
function bestRegion(weights: number[]): [number, number] {
  let best = -Infinity;
  let bestStart = 0;
  let bestEnd = -1;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < weights.length; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += weights[i];
    if (sum > best) {
      best = sum;
      bestStart = start;
      bestEnd = i;
    }
  }
  return best > 0 ? [bestStart, bestEnd] : [0, -1];
}

function looksLikeHeadline(f: LineFeatures): boolean {
  return f.words >= 3 && f.words <= 30 && !f.endsSentence && !f.endsColon;
}

/**
 * Line classifier for text scraped off a page (chrome included). Each line is
 * classified from its own shape (length, function-word density, sentence
 * punctuation, link density, runs of UI words, known notice patterns), then the
 * densest region of story lines is kept and the chrome inside it dropped.
 */
export function classifyScrapedText(lines: string[], options: ClassifyOptions = {}): LineClassification {
  const titleKey = options.title ? normaliseKey(options.title) : '';
  const features = lines.map(lineFeatures);
  // Pages in a language we have no function words for: do not judge lines on them.
  const totalWords = features.reduce((n, f) => n + f.words, 0);
  const stopTotal = features.reduce((n, f) => n + f.stopwordDensity * f.words, 0);
  const stopwordsApply = totalWords > 0 && stopTotal / totalWords >= 0.08;

  // A short line repeated near the top (the headline printed twice) is the title.
  let detectedTitle: string | null = null;
  if (!titleKey) {
    const seen = new Map<string, number>();
    for (let i = 0; i < Math.min(lines.length, 15); i++) {
      const key = normaliseKey(lines[i]);
      if (!key || features[i].words > 30) continue;
      if (seen.has(key) && features[i].words >= 3) {
        detectedTitle = lines[seen.get(key)!];
        break;
      }
      seen.set(key, i);
    }
  }
  const dropKey = titleKey || (detectedTitle ? normaliseKey(detectedTitle) : '');

  const classified: ClassifiedLine[] = lines.map((text, i) => {
    const f = features[i];
    let cls = initialClass(text, f, options.linkRatios?.[i] ?? 0, stopwordsApply);
    // Length check first: normalising every line of a long page to compare it is not free.
    if (dropKey && Math.abs(text.length - dropKey.length) <= dropKey.length / 2 + 4 && normaliseKey(text) === dropKey) cls = 'bad';
    return { text, cls, features: f };
  });

  markChromeSections(classified);
  const [start, regionEnd] = bestRegion(classified.map(regionWeight));
  const end = cutAtComments(classified, start, regionEnd);
  // The headline usually sits just above the story, outside the region (it is not prose).
  if (!dropKey && !detectedTitle) {
    for (let k = start - 1; k >= Math.max(0, start - 4); k--) {
      if (classified[k].cls !== 'bad' && looksLikeHeadline(classified[k].features)) {
        detectedTitle = classified[k].text;
        break;
      }
    }
  }
  const kept: string[] = [];
  const seenLines = new Set<string>();
  let firstKept = true;
  for (let i = start; i <= end; i++) {
    const line = classified[i];
    let keep: boolean;
    if (line.cls === 'good') keep = true;
    else if (line.cls === 'bad') keep = false;
    else keep = keepContextual(classified, i, start, end);
    if (!keep) continue;
    // The region often starts at the headline: it is the title, not the story.
    if (firstKept && !dropKey && line.cls !== 'good' && looksLikeHeadline(line.features)) {
      if (!detectedTitle) detectedTitle = line.text;
      firstKept = false;
      continue;
    }
    firstKept = false;
    const key = normaliseKey(line.text);
    if (seenLines.has(key) && line.features.words < 40) continue; // repeated captions / pull quotes
    seenLines.add(key);
    kept.push(line.text);
  }
  // No region at all (a one-line wire flash, a headline-only body): keep what is not chrome
  // rather than return nothing; the caller's too_short flag tells the rest.
  if (kept.length === 0 && end < start) {
    for (const line of classified) {
      const f = line.features;
      const substantive = (f.words >= 4 || f.endsSentence) && !isAllUiWords(line.text);
      if (line.cls !== 'bad' && substantive && line.text !== detectedTitle && !isCommentMarker(line.text)) kept.push(line.text);
    }
  }
  return { paragraphs: kept, detectedTitle };
}

/** Near-good and short lines survive inside the region when they read like prose between story lines. */
function keepContextual(lines: ClassifiedLine[], i: number, start: number, end: number): boolean {
  const { cls, features: f } = lines[i];
  const prev = nearestDecided(lines, i, -1, Math.max(start, i - 2));
  const next = nearestDecided(lines, i, 1, Math.min(end, i + 2));
  if (cls === 'near') {
    if (f.endsSentence && f.stopwordDensity >= 0.1) return prev === 'good' || next === 'good';
    // A sub-heading: short, between two story lines.
    return f.words <= 15 && prev === 'good' && next === 'good' && f.capitalised < 0.9;
  }
  // short
  if (f.endsSentence) return prev === 'good' || next === 'good';
  return f.words >= 2 && prev === 'good' && next === 'good';
}

function nearestDecided(lines: ClassifiedLine[], i: number, step: 1 | -1, limit: number): LineClass | null {
  for (let j = i + step; step > 0 ? j <= limit : j >= limit; j += step) {
    const c = lines[j].cls;
    if (c === 'good' || c === 'bad') return c;
  }
  return null;
}

/** Convenience: the kept paragraphs only. */
export function classifyLines(lines: string[], options: ClassifyOptions = {}): string[] {
  return classifyScrapedText(lines, options).paragraphs;
}
