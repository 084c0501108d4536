import { Facet, FACET_INTERVALS, FacetInterval, FacetRequest, FACETS } from '@news/database';

export const DEFAULT_FACET_SIZE = 10;
/** The same bound as a page's `limit`. */
const MAX_FACET_SIZE = 100;

/** `facets`, `facetSize` and `facetInterval`: undefined when no facet is asked for. */
export function parseFacets(
  one: (name: string) => string | undefined,
  fail: (field: string, message: string) => void,
): FacetRequest | undefined {
  const list = one('facets');
  const size = one('facetSize');
  const interval = one('facetInterval');
  let request: FacetRequest | undefined;
  if (list !== undefined) {
    const names = list
      .split(',')
      .map((f) => f.trim())
      .filter(Boolean);
    const unknown = names.filter((f) => !(FACETS as readonly string[]).includes(f));
    if (names.length === 0 || unknown.length)
      fail(
        'facets',
        `must be a comma-separated list of ` +
          `${FACETS.join(', ')}${unknown.length ? ` (unknown: ${unknown.slice(0, 5).join(', ')})` : ''}`,
      );
    else request = { facets: [...new Set(names)] as Facet[], size: DEFAULT_FACET_SIZE, interval: 'month' };
  }
  if (size !== undefined) {
    if (!/^\d{1,3}$/.test(size) || Number(size) < 1 || Number(size) > MAX_FACET_SIZE)
      fail('facetSize', `must be an integer from 1 to ${MAX_FACET_SIZE}`);
    else if (list === undefined) fail('facetSize', 'needs facets');
    else if (request) request.size = Number(size);
  }
  if (interval !== undefined) {
    if (!(FACET_INTERVALS as readonly string[]).includes(interval))
      fail('facetInterval', `must be one of ${FACET_INTERVALS.join(', ')}`);
    else if (list === undefined) fail('facetInterval', 'needs facets');
    else if (request) request.interval = interval as FacetInterval;
  }
  return request;
}
