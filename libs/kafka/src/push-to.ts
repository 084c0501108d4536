/** Appends `items` to the list kept under `key`, in place: copying the list for every item is quadratic. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, items: Iterable<V>): void {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  for (const item of items) list.push(item);
}
