/**
 * The tags an article can be filtered by, flattened into one text[] column
 * (`articles.filter_tags`, GIN-indexed): `subject:<code>`, `person:<name>`,
 * `organisation:<name>`, `place:<name>`. One array means any combination of
 * tag filters is a single index condition (`filter_tags @> ARRAY[...]`) that
 * the planner can AND with the full-text index. Names are compared folded
 * (see foldTagName), so `?person=vladimir putin` finds "Vladimir Putin".
 */
export type FilterTagKind = 'subject' | 'person' | 'organisation' | 'place';

export interface TaggedArticle {
  people?: Array<{ name: string }>;
  organisations?: Array<{ name: string }>;
  places?: Array<{ name: string }>;
  subjects?: Array<{ code: string }>;
}

/** Case- and width-insensitive, whitespace-collapsed form of a name. */
export function foldTagName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function filterTag(kind: FilterTagKind, value: string): string {
  return `${kind}:${kind === 'subject' ? value.trim() : foldTagName(value)}`;
}

export function filterTagsFor(tags: TaggedArticle): string[] {
  const out = new Set<string>();
  for (const s of tags.subjects ?? []) out.add(filterTag('subject', s.code));
  for (const p of tags.people ?? []) out.add(filterTag('person', p.name));
  for (const o of tags.organisations ?? []) out.add(filterTag('organisation', o.name));
  for (const p of tags.places ?? []) out.add(filterTag('place', p.name));
  return [...out].filter((t) => !t.endsWith(':')).sort();
}
