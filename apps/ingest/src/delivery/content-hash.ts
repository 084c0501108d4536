import { createHash } from 'node:crypto';
import { canonicalHash } from '@news/contracts';

/** SHA-256 of an article version's content and metadata: the same version pushed twice hashes the same. */
export const contentHashOf = (value: object): string => canonicalHash(value);

/** SHA-256 of the given parts, in order, as if concatenated. */
export function bytesHash(...parts: Array<string | Buffer>): string {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p);
  return hash.digest('hex');
}
