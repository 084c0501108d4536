/** Values and limits shared by the article contracts. */
export const PUB_STATUSES = ['usable', 'withheld', 'canceled'] as const;
export type PubStatus = (typeof PUB_STATUSES)[number];

export const BODY_CONTENT_TYPES = ['text/html', 'text/plain'] as const;
export type BodyContentType = (typeof BODY_CONTENT_TYPES)[number];

/** BCP 47 language tag, loosely: `en`, `en-GB`, `zh-Hant-TW`, `und`. */
export const LANGUAGE_TAG_PATTERN = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

export const LIMITS = {
  externalIdLength: 512,
  urlLength: 2048,
  titleLength: 1000,
  /** Hard ceiling of the contract; ingest enforces a lower, configurable per-article limit. */
  bodyLength: 5_000_000,
} as const;

/** Limits of the optional feed metadata (subjects, authors) carried on raw articles. */
export const FEED_METADATA_LIMITS = { listItems: 100, itemLength: 300 } as const;

/** The wire format an article arrived in (`json`, `ninjs`, `newsml-g2`, `rss`, `atom`, `html`, `text`). */
export const WIRE_FORMAT_PATTERN = /^[a-z0-9][a-z0-9.+-]{0,31}$/;
