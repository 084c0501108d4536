/** Limits of one handler call when a fetched batch is handed over in slices (BatchConsumerOptions.handlerSlice). */
export interface HandlerSlice {
  maxMessages: number;
  maxBytes: number;
}

/** Consecutive runs of `items`, each within the slice's limits (an item larger than maxBytes makes a slice alone). */
export function sliceBatch<T>(items: readonly T[], bytesOf: (item: T) => number, limits: HandlerSlice | undefined): T[][] {
  if (!limits || items.length === 0) return items.length ? [items.slice()] : [];
  const out: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = bytesOf(item);
    if (current.length > 0 && (current.length >= limits.maxMessages || bytes + size > limits.maxBytes)) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  out.push(current);
  return out;
}
