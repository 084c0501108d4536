import type { EntityTag } from '@news/contracts';
import type { EntityType } from './gazetteer';
import type { Span } from './extract-entities';

export interface EntityGroups {
  people: EntityTag[];
  organisations: EntityTag[];
  places: EntityTag[];
}

interface Group {
  type: EntityType;
  name: string;
  countryCode?: string;
  confidence: number;
  spans: Span[];
}

/**
 * Merges mentions of one entity: people by full name (short forms were already
 * resolved to it), places and organisations by canonical name. Ordered by count,
 * then first appearance.
 */
export function mergeEntities(spans: Span[]): EntityGroups {
  const groups = new Map<string, Group>();
  const personKeys: Group[] = [];
  for (const s of spans) {
    // people merge by name compatibility (the group's name grows to the longest form), others by canonical name
    let g = s.type === 'PER' ? personKeys.find((p) => samePerson(p.name, s.name)) : groups.get(`${s.type}:${s.name}`);
    if (!g) {
      g = {
        type: s.type,
        name: s.name,
        confidence: s.confidence,
        spans: [],
        ...(s.countryCode ? { countryCode: s.countryCode } : {}),
      };
      groups.set(`${s.type}:${s.name}:${groups.size}`, g);
      if (s.type === 'PER') personKeys.push(g);
      else groups.set(`${s.type}:${s.name}`, g);
    }
    // the canonical person name is the longest form seen
    if (s.type === 'PER' && s.name.split(' ').length > g.name.split(' ').length && samePerson(g.name, s.name))
      g.name = s.name;
    g.confidence = Math.max(g.confidence, s.confidence);
    g.spans.push(s);
  }
  const out: EntityGroups = { people: [], organisations: [], places: [] };
  const sorted = [...new Set(groups.values())].sort(
    (a, b) => b.spans.length - a.spans.length || firstPos(a) - firstPos(b),
  );
  for (const g of sorted) {
    const mentions = g.spans
      .map((s) => ({ field: s.field, start: s.start, end: s.end }))
      .sort((a, b) => (a.field === b.field ? a.start - b.start : a.field === 'title' ? -1 : 1));
    // a name seen several times is more surely a name
    const confidence = round(Math.min(0.99, g.confidence + 0.02 * (mentions.length - 1)));
    const tag: EntityTag = {
      name: g.name,
      rel: 'mentioned',
      confidence,
      count: mentions.length,
      mentions,
      ...(g.countryCode ? { countryCode: g.countryCode } : {}),
    };
    if (g.type === 'PER') out.people.push(tag);
    else if (g.type === 'ORG') out.organisations.push(tag);
    else out.places.push(tag);
  }
  return out;
}

function samePerson(a: string, b: string): boolean {
  const pa = a.split(' ');
  const pb = b.split(' ');
  if (pa[pa.length - 1] !== pb[pb.length - 1]) return false;
  if (pa.length === 1 || pb.length === 1) return true;
  return pa[0] === pb[0];
}

function firstPos(g: Group): number {
  const s = g.spans[0];
  return (s.field === 'title' ? 0 : 1e9) + s.start;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
