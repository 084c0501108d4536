import { canonicalHash } from '@news/contracts';

/** SHA-256 of an article version's content and metadata: the same version pushed twice hashes the same. */
export const contentHashOf = (value: object): string => canonicalHash(value);
