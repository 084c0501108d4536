import { createHash } from 'node:crypto';

/** Namespace for article ids (a fixed random UUID; changing it re-keys every article). */
const ARTICLE_NAMESPACE = '6f0c8f5e-4b7e-4c3a-9a55-0d3c2a7b9e11';

/**
 * The stable identity of an article: the same source and the same guid (or,
 * failing that, URL) always give the same id, so every version of a story
 * gets one Kafka key, one partition and one row. RFC 4122 name-based UUID (v5).
 */
export function articleIdFor(sourceId: string, externalIdOrUrl: string): string {
  const ns = Buffer.from(ARTICLE_NAMESPACE.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(`${sourceId}\u0000${externalIdOrUrl}`, 'utf8').digest();
  hash[6] = (hash[6] & 0x0f) | 0x50; // version 5
  hash[8] = (hash[8] & 0x3f) | 0x80; // RFC 4122 variant
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
