import { createHash } from 'node:crypto';

/** Stable JSON (sorted keys) so equal content always hashes equal, whatever the key order it came in. */
function canonical(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** SHA-256 of an article version's content and metadata: the same version pushed twice hashes the same. */
export function contentHashOf(value: object): string {
  return createHash('sha256').update(canonical(value)).digest('hex');
}

export function bytesHash(body: Buffer): string {
  return createHash('sha256').update(body).digest('hex');
}
