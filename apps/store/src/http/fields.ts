import type { ParamError } from '../query/search-params';

/** `fields=a,b,c`: the top-level members to keep, checked against what the representation has. */
export type FieldSelection = { ok: true; fields: ReadonlySet<string> | null } | { ok: false; errors: ParamError[] };

export function parseFields(raw: unknown, allowed: readonly string[]): FieldSelection {
  if (raw === undefined) return { ok: true, fields: null };
  if (typeof raw !== 'string')
    return {
      ok: false,
      errors: [{ field: 'fields', messages: ['may be given only once, as a comma-separated list'] }],
    };
  const names = raw
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !allowed.includes(n));
  if (names.length === 0 || names.length > 100)
    return { ok: false, errors: [{ field: 'fields', messages: ['must name 1 to 100 fields'] }] };
  if (unknown.length > 0) {
    const shown = unknown
      .slice(0, 5)
      .map((u) => JSON.stringify(u.slice(0, 40)))
      .join(', ');
    return {
      ok: false,
      errors: [{ field: 'fields', messages: [`unknown field(s) ${shown}; one of: ${allowed.join(', ')}`] }],
    };
  }
  return { ok: true, fields: new Set(names) };
}

/** The object with only the selected members (and those that must always be there). */
export function pick<T extends object>(
  value: T,
  fields: ReadonlySet<string> | null,
  always: readonly string[] = [],
): Partial<T> {
  if (!fields) return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => fields.has(k) || always.includes(k))) as Partial<T>;
}
