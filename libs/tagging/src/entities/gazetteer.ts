import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { taggingDataDir } from '../data-dir';
import { EXTRA_PLACES, FIRST_NAMES, KNOWN_ORGS, MORE_ORGS, SPORTS_CLUBS } from './lexicon';

export type EntityType = 'PER' | 'ORG' | 'LOC';

/** What a known name resolves to. */
export interface GazetteerEntry {
  type: EntityType;
  /** canonical name */
  name: string;
  countryCode?: string;
  /** strength of the evidence, 0..1 */
  confidence: number;
  /** countries are rarely anything else; city names sometimes are people or teams */
  kind: 'country' | 'city' | 'region' | 'place' | 'org' | 'leader';
}

interface GazetteerFile {
  countries: { name: string; cc: string; aliases: string[]; demonyms: string[] }[];
  cities: [alias: string, name: string, cc: string, pop: number][];
  regions: [alias: string, name: string, cc: string][];
  leaders: string[];
  firstNames: string[];
  commonWords: string[];
}

export interface Gazetteer {
  /** exact surface (case-sensitive) → entry */
  names: Map<string, GazetteerEntry>;
  /** longest name in tokens, to bound the longest-match scan */
  maxTokens: number;
  demonyms: Set<string>;
  firstNames: Set<string>;
  commonWords: Set<string>;
}

let cached: Gazetteer | undefined;

/** Loads data/gazetteer.json once (built by tools/train/build-gazetteer.ts). */
export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const file = JSON.parse(readFileSync(join(taggingDataDir(), 'gazetteer.json'), 'utf8')) as GazetteerFile;
  const names = new Map<string, GazetteerEntry>();
  const put = (alias: string, entry: GazetteerEntry) => {
    const prev = names.get(alias);
    // earlier (stronger) sources win: orgs, countries, then places, then cities
    if (!prev) names.set(alias, entry);
  };
  for (const [canonical, ...aliases] of [...KNOWN_ORGS, ...MORE_ORGS, ...SPORTS_CLUBS]) {
    for (const a of [canonical, ...aliases]) put(a, { type: 'ORG', name: canonical, confidence: 0.95, kind: 'org' });
  }
  const demonyms = new Set<string>();
  for (const c of file.countries) {
    const entry: GazetteerEntry = { type: 'LOC', name: c.name, countryCode: c.cc, confidence: 0.95, kind: 'country' };
    for (const a of [c.name, ...c.aliases]) put(a, entry);
    for (const d of c.demonyms) demonyms.add(d);
  }
  for (const [name, cc, ...aliases] of EXTRA_PLACES) {
    const entry: GazetteerEntry = {
      type: 'LOC',
      name,
      confidence: 0.9,
      kind: 'place',
      ...(cc ? { countryCode: cc } : {}),
    };
    for (const a of [name, ...aliases]) put(a, entry);
  }
  for (const leader of file.leaders) put(leader, { type: 'PER', name: leader, confidence: 0.95, kind: 'leader' });
  for (const [alias, name, cc] of file.regions)
    put(alias, { type: 'LOC', name, countryCode: cc, confidence: 0.85, kind: 'region' });
  for (const [alias, name, cc, pop] of file.cities) {
    put(alias, { type: 'LOC', name, countryCode: cc, confidence: pop >= 1_000_000 ? 0.9 : 0.8, kind: 'city' });
  }
  let maxTokens = 1;
  for (const k of names.keys()) maxTokens = Math.max(maxTokens, k.split(' ').length);
  cached = {
    names,
    maxTokens: Math.min(maxTokens, 6),
    demonyms,
    firstNames: new Set([...file.firstNames, ...FIRST_NAMES]),
    commonWords: new Set(file.commonWords),
  };
  return cached;
}
