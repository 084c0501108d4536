/** The benchmark's searches: each a function of a seeded PRNG, so every run asks the same questions. */
import type { ArticleSearch, FacetRequest, SearchOptions } from '@news/database';
import { FACETS } from '@news/database';
import { ORGS, PEOPLE, PLACES, SOURCES, SUBJECTS, VOCAB } from './synthetic';

export interface SearchCase {
  search: ArticleSearch;
  options?: SearchOptions;
  /** `fields=` of the API: the hit's view is built with these. */
  fields?: string[];
}

export interface Scenario {
  name: string;
  make: (r: () => number) => SearchCase;
  /** Scenarios with the same seed ask the same questions (snippets are compared with the plain search). */
  seed?: number;
}

export const pick = <T>(list: T[], r: () => number, p = 2) => list[Math.floor(Math.pow(r(), p) * list.length)];
/** A word by frequency band: rank 5–50 common, 100–1,000 medium, 2,000–8,000 rare. */
export const word = (r: () => number, band: 'common' | 'medium' | 'rare') => {
  const [lo, hi] = band === 'common' ? [5, 50] : band === 'medium' ? [100, 1_000] : [2_000, 8_000];
  return VOCAB[lo + Math.floor(r() * (hi - lo))];
};
const month = (r: () => number) => {
  const from = new Date(Date.UTC(2023, Math.floor(r() * 23), 1));
  return { publishedFrom: from, publishedTo: new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 1)) };
};
const relevance = (q: string, more: Partial<ArticleSearch> = {}): ArticleSearch => ({
  q,
  sort: 'relevance',
  limit: 21,
  ...more,
});

/**
 * The filtered full-text searches of the overall p95 target. Without `language`, q is analysed in every configuration.
 */
export const FILTERED: Scenario[] = [
  {
    name: 'q(medium) + language + subject, by relevance',
    make: (r) => ({ search: relevance(word(r, 'medium'), { languages: ['en'], subjects: [pick(SUBJECTS, r)] }) }),
  },
  {
    name: 'q(common) + source, newest first',
    make: (r) => ({ search: { q: word(r, 'common'), sources: [pick(SOURCES, r, 1)], sort: '-published', limit: 21 } }),
  },
  {
    name: 'q(medium) + person, by relevance',
    make: (r) => ({ search: relevance(word(r, 'medium'), { people: [pick(PEOPLE, r, 3)] }) }),
  },
  {
    name: 'q(2 medium words) + published month, by relevance',
    make: (r) => ({ search: relevance(`${word(r, 'medium')} ${word(r, 'medium')}`, month(r)) }),
  },
  {
    name: 'q(common) + organisation + place, newest first',
    make: (r) => ({
      search: {
        q: word(r, 'common'),
        organisations: [pick(ORGS, r, 3)],
        places: [pick(PLACES, r, 3)],
        sort: '-published',
        limit: 21,
      },
    }),
  },
  {
    name: 'q(rare) + language, by relevance',
    make: (r) => ({ search: relevance(word(r, 'rare'), { languages: ['fr'] }) }),
  },
  {
    name: 'q(common) + subject + received week, newest first',
    make: (r) => {
      const from = new Date(Date.UTC(2023, 0, 1) + Math.floor(r() * 700) * 86_400_000);
      return {
        search: {
          q: word(r, 'common'),
          subjects: [pick(SUBJECTS, r)],
          receivedFrom: from,
          receivedTo: new Date(from.getTime() + 7 * 86_400_000),
          sort: '-received',
          limit: 21,
        },
      };
    },
  },
];

const ALL_FACETS: FacetRequest = { facets: [...FACETS], size: 10, interval: 'month' };
const medium = (r: () => number) => relevance(word(r, 'medium'));

/**
 * The other searches with targets (docs/store.md, "Benchmark"): no filter at all, several words, prefix, the
 * fallback, facets, snippets, fields.
 */
export const FEATURES: Scenario[] = [
  { name: 'q(medium), no filter, by relevance', make: (r) => ({ search: medium(r) }), seed: 101 },
  { name: 'q(medium) + snippets', make: (r) => ({ search: medium(r), options: { snippets: true } }), seed: 101 },
  {
    name: 'q(medium) + fields=id,title,snippet',
    make: (r) => ({ search: medium(r), options: { snippets: true }, fields: ['id', 'title', 'snippet'] }),
    seed: 101,
  },
  {
    name: 'q(medium rare common), by relevance',
    make: (r) => ({ search: relevance(`${word(r, 'medium')} ${word(r, 'rare')} ${word(r, 'common')}`) }),
  },
  {
    name: 'q(2 rare words, none together): any-term fallback',
    make: (r) => ({ search: relevance(`${word(r, 'rare')} ${word(r, 'rare')}`) }),
  },
  {
    name: 'q(prefix*: 7 letters of a medium word)',
    make: (r) => ({ search: relevance(`${word(r, 'medium').slice(0, 7)}*`) }),
  },
  {
    name: 'q(prefix*: 2 letters, the shortest accepted)',
    make: (r) => ({ search: relevance(`${word(r, 'medium').slice(0, 2)}*`) }),
  },
  { name: 'q(medium) + 7 facets', make: (r) => ({ search: medium(r), options: { facets: ALL_FACETS } }) },
  {
    name: 'q(medium) + language + 7 facets',
    make: (r) => ({ search: relevance(word(r, 'medium'), { languages: ['en'] }), options: { facets: ALL_FACETS } }),
  },
  {
    name: 'q(common) + source + 7 facets',
    make: (r) => ({
      search: { ...relevance(word(r, 'common')), sources: [pick(SOURCES, r, 1)] },
      options: { facets: ALL_FACETS },
    }),
  },
  {
    name: 'no q, source + 7 facets, newest first',
    make: (r) => ({
      search: { sources: [pick(SOURCES, r, 1)], sort: '-published', limit: 21 },
      options: { facets: ALL_FACETS },
    }),
  },
];
