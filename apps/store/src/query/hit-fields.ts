/** The fields of a search hit, and `fields=` (a comma-separated choice of them). */
export const HIT_FIELDS = [
  'id',
  'href',
  'sourceId',
  'title',
  'language',
  'url',
  'version',
  'publishedAt',
  'receivedAt',
  'excerpt',
  'rank',
  'snippet',
  'titleMatches',
] as const;
export type HitField = (typeof HIT_FIELDS)[number];

/** Highlighting is worked out only when one of these is asked for. */
export const HIGHLIGHT_FIELDS: readonly HitField[] = ['snippet', 'titleMatches'];

/** Every field, without the highlights when there is no q to highlight. */
export function defaultFields(withQ: boolean): Set<HitField> {
  return new Set(HIT_FIELDS.filter((f) => withQ || !HIGHLIGHT_FIELDS.includes(f)));
}

/** The fields asked for (`id` always); reports unknown names, and highlights asked for without q. */
export function parseFields(raw: string | undefined, withQ: boolean, fail: (message: string) => void): Set<HitField> {
  if (raw === undefined) return defaultFields(withQ);
  const names = raw
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  const unknown = names.filter((f) => !(HIT_FIELDS as readonly string[]).includes(f));
  if (names.length === 0 || unknown.length) {
    fail(
      `must be a comma-separated list of ` +
        `${HIT_FIELDS.join(', ')}${unknown.length ? ` (unknown: ${unknown.slice(0, 5).join(', ')})` : ''}`,
    );
  } else if (!withQ && names.some((f) => HIGHLIGHT_FIELDS.includes(f as HitField))) {
    fail('snippet and titleMatches need q');
  }
  return new Set(['id', ...names] as HitField[]);
}

export const wantsHighlights = (fields: Set<HitField>) => HIGHLIGHT_FIELDS.some((f) => fields.has(f));
