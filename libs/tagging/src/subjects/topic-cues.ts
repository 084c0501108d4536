import topics from './data/topic-cues.json';

/**
 * Hand-written English cue words for the 17 IPTC top-level Media Topics (data/topic-cues.json), by topic code.
 * "x*" matches any word starting with x; "x_y" is a two-word cue matching the adjacent words "x y" (it takes
 * both words: "net worth" is finance, not the net; "star wars" a film, not war). Weights: 1 ordinary, 2 strong
 * (add ":2").
 */
export const TOP_LEVEL_CUES: Record<string, string> = Object.fromEntries(
  Object.entries(topics).map(([code, topic]) => [code, topic.cues]),
);
