/**
 * Class/id/role patterns of page chrome that Readability tends to leave inside
 * the article: share and follow bars, related / read-more lists, newsletter and
 * cookie notices, bylines and author boxes, ad slots. Matched on the
 * element's class, id, role and data-component attributes.
 */
export const CHROME_ATTR =
  /(?:^|[\s_-])(?:share|sharing|social|follow|related|read-?more|more-?stories|recommend\w*|newsletter|subscribe|subscription|signup|sign-up|cookie|consent|gdpr|promo|advert\w*|ad-?slot|ads|ad|sponsor\w*|outbrain|taboola|byline|author-?(?:box|bio|info)|tags?|topics|breadcrumbs?|comments?|disqus|toolbar|paywall|newsletter-?signup|print|inline-?related|most-?(?:read|popular)|trending|popular|pagination|pager|caption-?credit|credits?|hidden|visually-?hidden|sr-only|screen-?reader\w*)(?:$|[\s_-])/i;

/** Roles that are never story text. */
export const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alert', 'toolbar', 'menu', 'menubar']);

/** Paragraph texts that are chrome whatever element holds them. */
export const CHROME_TEXT: RegExp[] = [
  /^(?:advertisement|advertisment|ad|sponsored|story continues below|continue reading|scroll to continue|article continues below)\b.{0,40}$/i,
  /^(?:read|see) (?:more|also|next)\b.{0,120}$/i,
  /^(?:related|recommended|more from|more on|you (?:may|might) (?:also )?like|most (?:read|popular))\b.{0,120}$/i,
  /^(?:share|share this|share on|follow us|follow|tweet|email|print|comment|comments|reply)(?:\s+(?:on|this|article|story|us|via))*\s*(?:facebook|twitter|whatsapp|linkedin|email|pinterest|reddit|x)?[:.!]?$/i,
  /\b(?:sign up|subscribe)\b.{0,80}\b(?:newsletter|inbox|updates|alerts)\b/i,
  /\b(?:we use cookies|this (?:site|website) uses cookies|cookie (?:policy|settings|preferences)|accept (?:all )?cookies)\b/i,
  /^(?:copyright\s*)?(?:©|\(c\))\s*(?:19|20)\d\d\b.{0,200}$/i,
  /\ball rights reserved\b.{0,80}$/i,
  /^(?:click|tap) here to\b.{0,120}$/i,
  /^(?:this (?:article|story) (?:was|has been) (?:originally )?(?:published|updated))\b.{0,120}$/i,
  /^(?:photo|image|picture|video)(?:\s*(?:credit|courtesy))?\s*:.{0,120}$/i,
  /^(?:getty images|reuters|ap photo|afp|shutterstock|istock)(?:\s*\/.*)?$/i,
  /^(?:dear readers and commenters|we have implemented a new engine for our comment section)/i,
  /^(?:comments? (?:are|is) closed|leave a (?:comment|reply)|post a comment|join the (?:conversation|discussion)|\d+ comments?)\b.{0,80}$/i,
  /^(?:by|words by|written by|reporting by|posted by)\s+[\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+){0,3}(?:\s*(?:,|and|&|\|)\s*[\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+){0,3})*\s*$/u,
];
