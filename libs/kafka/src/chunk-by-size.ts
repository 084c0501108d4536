/** The bounds of one run of items: a size in bytes and, optionally, a count. */
export interface SizeBounds<T> {
  sizeOf: (item: T) => number;
  maxBytes: number;
  maxCount?: number;
}

/**
 * Cuts `items` into consecutive runs, in order, each within the bounds; an item larger than `maxBytes` makes
 * a run alone. The one way batches are cut to fit a request or a memory budget (produce requests, handler
 * slices, ingest's chunks and transport batches).
 */
export function chunkBySize<T>(items: readonly T[], bounds: SizeBounds<T>): T[][] {
  const maxCount = bounds.maxCount ?? Number.POSITIVE_INFINITY;
  const runs: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = bounds.sizeOf(item);
    if (current.length > 0 && (current.length >= maxCount || bytes + size > bounds.maxBytes)) {
      runs.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length > 0) runs.push(current);
  return runs;
}
