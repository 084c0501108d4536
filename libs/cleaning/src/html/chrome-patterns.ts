/**
 * Class/id/role patterns of page chrome that Readability tends to leave inside
 * the article: share and follow bars, related / read-more lists, newsletter and
 * cookie notices, bylines and author boxes, ad slots. Matched on the
 * element's class, id, role and data-component attributes.
 */
const CHROME_WORD =
  '(?:share|sharing|sharebar|social|follow|related|readmore|read-more|more-stories|recommended|recommendations|' +
  'newsletter|subscribe|subscription|signup|sign-up|cookie|cookies|consent|gdpr|promo|advert|advertisement|' +
  'adslot|ad-slot|ad|ads|sponsored|outbrain|taboola|byline|author-box|author-bio|author-info|tags|tag-list|' +
  'topics|breadcrumb|breadcrumbs|comments|comment|disqus|toolbar|paywall|most-read|most-popular|trending|' +
  'pagination|pager|visually-hidden|sr-only|screen-reader-text|inline-related)';
const CHROME_SUFFIX =
  '(?:[-_](?:bar|box|block|links?|list|buttons?|tools|container|wrapper|wrap|widget|module|section|menu|icons?|' +
  'panel|area|items?|articles?|stories|posts|content|unit|placeholder|banner|form|signup|cta|footer|header|title|' +
  'heading|count|label|text))*';
const CHROME_TOKEN = new RegExp(`^(?:[a-z0-9]+[-_])*${CHROME_WORD}${CHROME_SUFFIX}$`, 'i');

/**
 * Class/id tokens of page chrome that Readability tends to leave inside the
 * article: share and follow bars, related / read-more lists, newsletter and
 * cookie notices, bylines and author boxes, ad slots. A chrome word must end
 * the token (optionally followed by a container word such as "-box"), so
 * "print-friendly" or "header-image" never match.
 */
export function hasChromeToken(attrs: string): boolean {
  for (const token of attrs.split(/\s+/)) {
    if (token && token.length < 80 && isChromeToken(token)) return true;
  }
  return false;
}

/** Class and id tokens repeat across a page's elements and across pages of a site: answers are remembered (bounded). */
const tokenVerdicts = new Map<string, boolean>();
const MAX_REMEMBERED_TOKENS = 20_000;

function isChromeToken(token: string): boolean {
  let verdict = tokenVerdicts.get(token);
  if (verdict === undefined) {
    verdict = CHROME_TOKEN.test(token);
    if (tokenVerdicts.size >= MAX_REMEMBERED_TOKENS) tokenVerdicts.clear();
    tokenVerdicts.set(token, verdict);
  }
  return verdict;
}

/** Roles that are never story text. */
export const CHROME_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'dialog',
  'alert',
  'toolbar',
  'menu',
  'menubar',
]);

/**
 * Notices that are chrome in any text, a wire's copy included: advertising
 * labels, share and follow prompts, cookie banners, comment-section notices.
 * Anchored and short, so a story sentence that mentions cookies or comments
 * is not one.
 */
export const NOTICE_TEXT: RegExp[] = [
  new RegExp(
    String.raw`^(?:advertisement|advertisment|ad|sponsored|story continues below|` +
      String.raw`continue reading|scroll to continue|article continues below)\b.{0,40}$`,
    'i',
  ),
  new RegExp(
    String.raw`^(?:share|share this|share on|follow us|follow|tweet|email|print|` +
      String.raw`comment|comments|reply)(?:\s+(?:on|this|article|story|us|via))*\s*(?:facebook|` +
      String.raw`twitter|whatsapp|linkedin|email|pinterest|reddit|x)?[:.!]?$`,
    'i',
  ),
  new RegExp(
    String.raw`^(?=.{0,200}$).*\b(?:we use cookies|this (?:site|website) uses cookies|` +
      String.raw`accept (?:all )?cookies|cookie (?:policy|settings|preferences))\b`,
    'i',
  ),
  /^(?:dear readers and commenters|we have implemented a new engine for our comment section)/i,
  new RegExp(
    String.raw`^(?:comments? (?:are|is) closed|leave a (?:comment|reply)|post a comment|` +
      String.raw`join the (?:conversation|discussion)|\d+ comments?)\b.{0,80}$`,
    'i',
  ),
];

/**
 * Paragraph texts that are chrome on a page whatever element holds them: the
 * notices above plus lines a page wraps around its story (bylines, credits,
 * author bios, contact blocks, copyright lines, "read more" links). Some of
 * these are part of a wire's copy, so they apply to pages only.
 */
export const CHROME_TEXT: RegExp[] = [
  ...NOTICE_TEXT,
  /^(?:read|see) (?:more|also|next)\b.{0,120}$/i,
  /^(?:related|recommended|more from|more on|you (?:may|might) (?:also )?like|most (?:read|popular))\b.{0,120}$/i,
  /\b(?:sign up|subscribe)\b.{0,80}\b(?:newsletter|inbox|updates|alerts)\b/i,
  /^(?:copyright\s*)?(?:©|\(c\))\s*(?:19|20)\d\d\b.{0,200}$/i,
  /\ball rights reserved\b.{0,80}$/i,
  /^(?:click|tap) here to\b.{0,120}$/i,
  /^(?:this (?:article|story) (?:was|has been) (?:originally )?(?:published|updated))\b.{0,120}$/i,
  /^(?:photo|image|picture|video)(?:\s*(?:credit|courtesy))?\s*:.{0,120}$/i,
  /^(?:getty images|reuters|ap photo|afp|shutterstock|istock)(?:\s*\/.*)?$/i,
  // Captions and credits: "(Photo: Getty Images)", "Courtesy of …", "Photo by … / Reuters".
  /\((?:photo|image|picture|credit|foto|bild)s?\s*(?:by|:)[^()]{0,80}\)\s*$/i,
  /^(?:courtesy of|photo by|photos by|image by|photograph by|illustration by)\b.{0,100}$/i,
  // Author bios and contact lines at the end of a story.
  new RegExp(
    String.raw`^[\p{Lu}][\p{L}.'’-]+(?: [\p{Lu}][\p{L}.'’-]+){0,3} is (?:a|an|` +
      String.raw`the) (?:[\p{L}-]+ ){0,3}(?:writer|reporter|editor|correspondent|` +
      String.raw`journalist|columnist|author|contributor|educator)\b`,
    'u',
  ),
  /^(?:write to|contact|email) [\p{Lu}][\p{L}.'’-]+(?: [\p{Lu}][\p{L}.'’-]+){0,3} at \S+@\S+/u,
  // Sign-up, consent, legal and account notices.
  /^get (?:breaking|the latest|our|the best)\b.{0,160}$/i,
  new RegExp(
    String.raw`\bcookies?\b.{0,160}\b(?:site|sito|sitio|website|experience|esperienza|` +
      String.raw`experiencia|navigation|navigazione|consent|accept|continu)`,
    'i',
  ),
  /\bmay not be (?:reproduced|republished|redistributed|copied)\b/i,
  /^(?=.{0,300}$).*\b(?:privacy policy|terms of (?:use|service)|your personal data|your account)\b/i,
  // Contact blocks: "Telephone: … Extension 4", "can be contacted with any questions".
  /\b(?:telephone|tel\.?|phone|fax|whatsapp)\s*:\s*[+*(]?\d|\bcan be (?:contacted|reached) (?:at|by|via|with)\b/i,
  new RegExp(
    String.raw`^(?:[Bb]y|[Ww]ords by|[Ww]ritten by|[Rr]eporting by|[Pp]osted by)\s+[\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}]` +
      String.raw`[\p{L}.'’-]+){0,3}(?:\s*(?:,|and|&|\|)\s*[\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+){0,3})*\s*$`,
    'u',
  ),
];

// Anchored patterns fail fast; the floating ones (cookie, copyright, contact…) scan the whole
// line, so they only run when a cheap keyword test says they might match.
// Patterns that share the plain "i" flag run as one alternation (one regex call per line, not twenty).
// Anchored ones are joined under one leading "^" so the engine tries position 0 only.
const combine = (list: RegExp[], anchored: boolean): RegExp[] => {
  const plain = list.filter((re) => re.flags === 'i');
  const rest = list.filter((re) => re.flags !== 'i');
  if (plain.length < 2) return list;
  const body = plain.map((re) => `(?:${anchored ? re.source.slice(1) : re.source})`).join('|');
  return [new RegExp(anchored ? `^(?:${body})` : body, 'i'), ...rest];
};
const ANCHORED = combine(
  CHROME_TEXT.filter((re) => re.source.startsWith('^')),
  true,
);
const FLOATING = combine(
  CHROME_TEXT.filter((re) => !re.source.startsWith('^')),
  false,
);
const FLOATING_HINT = new RegExp(
  String.raw`cookie|subscri|sign up|newsletter|rights reserved|privacy|terms of|` +
    String.raw`your (?:personal|account)|tele|phone|fax|whatsapp|contact|reach|` +
    String.raw`reproduc|republish|redistribut|copied|photo|image|picture|credit|` +
    String.raw`foto|bild`,
  'i',
);

const NOTICES = combine(NOTICE_TEXT, true);

/** Is this whole line a notice that is chrome in any text (see NOTICE_TEXT)? */
export function isNoticeText(text: string): boolean {
  for (const re of NOTICES) if (re.test(text)) return true;
  return false;
}

/** Is this whole paragraph/line a known chrome notice of a page (share prompt, cookie notice, credit, byline…)? */
export function isChromeText(text: string): boolean {
  for (const re of ANCHORED) if (re.test(text)) return true;
  if (!FLOATING_HINT.test(text) && !/\)\s*$/.test(text.slice(-4))) return false;
  for (const re of FLOATING) if (re.test(text)) return true;
  return false;
}
