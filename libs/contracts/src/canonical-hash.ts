import { createHash, Hash } from 'node:crypto';

/**
 * Stable JSON (sorted keys) so equal content always hashes equal, whatever the key
 * order it came in. Written piece by piece into the hash rather than built as one
 * string: a page's body is hundreds of KiB, and the hash is the same either way.
 */
function writeCanonical(hash: Hash, value: unknown): void {
  if (value instanceof Date) {
    hash.update(JSON.stringify(value.toISOString()));
  } else if (Array.isArray(value)) {
    hash.update('[');
    value.forEach((v, i) => {
      if (i > 0) hash.update(',');
      writeCanonical(hash, v);
    });
    hash.update(']');
  } else if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    hash.update('{');
    entries.forEach(([k, v], i) => {
      hash.update(`${i > 0 ? ',' : ''}${JSON.stringify(k)}:`);
      writeCanonical(hash, v);
    });
    hash.update('}');
  } else {
    // An undefined array element writes nothing, as join does in the string form of stored hashes (content-hash.spec).
    hash.update(JSON.stringify(value) ?? '');
  }
}

/** SHA-256 of a value as stable JSON: equal content hashes equal whatever its key order. */
export function canonicalHash(value: object): string {
  const hash = createHash('sha256');
  writeCanonical(hash, value);
  return hash.digest('hex');
}
