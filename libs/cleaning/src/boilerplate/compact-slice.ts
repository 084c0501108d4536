/**
 * Another replica's slice of learned chrome, read-only and compact: per line a
 * 53-bit hash of its fingerprint, its decayed count and its clock, in three
 * typed arrays over one SharedArrayBuffer, sorted by hash: 20 bytes a line,
 * far less than a Map entry with its fingerprint string and count object
 * (docs/normaliser.md, "Memory"). A worker thread that is posted one shares
 * its memory instead of getting a copy, so the slices every replica publishes
 * are held once per process, not once per thread.
 *
 * A slice this replica learns into stays a Map of fingerprint strings: it has
 * to be published with them (news.boilerplate.v1), and only its owner ever
 * changes it.
 */
export interface CompactSlice {
  /** Documents the owning replica had learned from when it published the slice (its clock). */
  documents: number;
  /** Fingerprint hashes (fingerprintHash), ascending. */
  hashes: Float64Array;
  /** Decayed count of documents containing each line, as of `at`. */
  counts: Float32Array;
  /** The slice's clock when each count was last updated. */
  at: Float64Array;
}

/**
 * cyrb53 (bryc, public domain): a 53-bit string hash, exact as a double. Two
 * distinct fingerprints of a source collide with a chance of about n²/2⁵⁴
 * (below 10⁻⁸ for a slice's 5,000 lines against all others').
 */
export function fingerprintHash(s: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A compact slice from a snapshot's `[fingerprint, count, at]` lines, in shared memory. */
export function compactSlice(documents: number, lines: ReadonlyArray<readonly [string, number, number]>): CompactSlice {
  const keyed = lines
    .map(([fp, count, at]) => ({ hash: fingerprintHash(fp), count, at }))
    .sort((a, b) => a.hash - b.hash);
  // Equal hashes (the same fingerprint twice, or a collision): one entry, the larger count.
  const deduped: typeof keyed = [];
  for (const e of keyed) {
    const last = deduped[deduped.length - 1];
    if (last && last.hash === e.hash) {
      if (e.count > last.count) deduped[deduped.length - 1] = e;
    } else deduped.push(e);
  }
  const n = deduped.length;
  const buffer = new SharedArrayBuffer(n * 20);
  const slice: CompactSlice = {
    documents,
    hashes: new Float64Array(buffer, 0, n),
    at: new Float64Array(buffer, n * 8, n),
    counts: new Float32Array(buffer, n * 16, n),
  };
  deduped.forEach((e, i) => {
    slice.hashes[i] = e.hash;
    slice.counts[i] = e.count;
    slice.at[i] = e.at;
  });
  return slice;
}

/** Index of `hash` in the slice, or -1. */
export function findLine(slice: CompactSlice, hash: number): number {
  const h = slice.hashes;
  let lo = 0;
  let hi = h.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = h[mid];
    if (v === hash) return mid;
    if (v < hash) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

export function isCompactSlice(slice: object): slice is CompactSlice {
  return 'hashes' in slice;
}
