import { dateRangeMessage, isStorableDate, LANGUAGE_TAG_PATTERN, SOURCE_ID_PATTERN } from '@news/contracts';
import {
  ArticleSearch,
  canonicalLanguage,
  FacetRequest,
  MatchState,
  parseQuery,
  QuerySyntaxError,
  SEARCH_SORTS,
  SearchSort,
} from '@news/database';
import { decodeCursor, isCalendarDate, queryFingerprint } from './search-cursor';
import { parseFacets } from './facet-params';
import { HitField, parseFields } from './hit-fields';
import {
  DEFAULT_LIMIT,
  MAX_HALF_LIFE_DAYS,
  MAX_LIMIT,
  ParamSpec,
  SEARCH_PARAMS,
  SUBJECT_CODE,
} from './search-param-specs';

export { DEFAULT_LIMIT, MAX_LIMIT, SEARCH_PARAMS } from './search-param-specs';
export type { ParamSpec } from './search-param-specs';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2}))?$/;
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export interface ParamError {
  field: string;
  messages: string[];
}

export interface SearchRequest {
  search: ArticleSearch & MatchState;
  fingerprint: string;
  fields: Set<HitField>;
  facets?: FacetRequest;
}

export type ParsedSearch = ({ ok: true } & SearchRequest) | { ok: false; errors: ParamError[] };

/** The parameters as given, and the problems found so far (every problem is reported, not the first). */
class ParamReader {
  readonly errors: ParamError[] = [];
  private readonly values = new Map<string, string[]>();

  constructor(raw: Record<string, unknown>) {
    const known = new Map(SEARCH_PARAMS.map((p) => [p.name, p]));
    for (const [name, value] of Object.entries(raw)) {
      const problem = paramProblem(known.get(name), value);
      if (problem) this.fail(name, problem);
      else this.values.set(name, Array.isArray(value) ? (value as string[]) : [value as string]);
    }
  }

  fail(field: string, message: string): void {
    this.errors.push({ field, messages: [message] });
  }

  one(name: string): string | undefined {
    return this.values.get(name)?.[0];
  }

  /** Every value of a repeatable parameter, trimmed; the ones `check` refuses are reported. */
  many(name: string, check: (v: string) => boolean, message: string): string[] | undefined {
    const list = this.values.get(name);
    if (!list) return undefined;
    const bad = list.filter((v) => !check(v));
    if (bad.length) this.fail(name, `${message} (got ${bad.map((b) => JSON.stringify(b.slice(0, 80))).join(', ')})`);
    return list.map((v) => v.trim());
  }
}

/** Why a parameter as Express gives it (string | string[]) is refused, if it is. */
function paramProblem(spec: ParamSpec | undefined, value: unknown): string | undefined {
  if (!spec) return 'is not a parameter of this endpoint';
  const list = Array.isArray(value) ? value : [value];
  if (!list.every((v): v is string => typeof v === 'string')) return 'must be a plain value';
  // PostgreSQL text cannot hold NUL, and no name, date or query needs a control character.
  if (list.some((v) => CONTROL_CHARACTER.test(v))) return 'must not contain control characters';
  if (!spec.repeatable && list.length > 1) return 'may be given only once';
  return undefined;
}

function readFilters(r: ParamReader, search: Partial<ArticleSearch>): void {
  const q = r.one('q');
  if (q !== undefined) {
    if (q.trim().length === 0 || q.length > 500) r.fail('q', 'must be 1 to 500 characters of text');
    else {
      search.q = q.trim();
      try {
        search.query = parseQuery(search.q);
      } catch (e) {
        if (!(e instanceof QuerySyntaxError)) throw e;
        r.fail('q', e.message);
      }
    }
  }
  search.sources = r.many('source', (v) => SOURCE_ID_PATTERN.test(v), 'must be a source id (lower-case slug)');
  search.languages = r
    .many('language', (v) => LANGUAGE_TAG_PATTERN.test(v), 'must be a language tag such as en or en-GB')
    ?.map(canonicalLanguage);
  search.subjects = r.many(
    'subject',
    (v) => SUBJECT_CODE.test(v),
    'must be an IPTC Media Topic code such as medtop:11000000',
  );
  const name = (v: string) => v.trim().length > 0 && v.length <= 300;
  search.people = r.many('person', name, 'must be 1 to 300 characters');
  search.organisations = r.many('organisation', name, 'must be 1 to 300 characters');
  search.places = r.many('place', name, 'must be 1 to 300 characters');
}

function readDates(r: ParamReader, search: Partial<ArticleSearch>): void {
  for (const field of ['publishedFrom', 'publishedTo', 'receivedFrom', 'receivedTo'] as const) {
    const v = r.one(field);
    if (v === undefined) continue;
    const d = new Date(v);
    const [year, month, day] = v.slice(0, 10).split('-').map(Number);
    if (!ISO_DATE_TIME.test(v) || Number.isNaN(d.getTime()) || !isCalendarDate(year, month, day)) {
      r.fail(field, 'must be an ISO 8601 date or date-time, e.g. 2024-05-01T00:00:00Z');
    }
    // The store holds no date outside the contracts' range, and PostgreSQL refuses some of them outright.
    else if (!isStorableDate(d)) r.fail(field, dateRangeMessage(field));
    else search[field] = d;
  }
  if (search.publishedFrom && search.publishedTo && search.publishedFrom >= search.publishedTo) {
    r.fail('publishedTo', 'must be after publishedFrom');
  }
  if (search.receivedFrom && search.receivedTo && search.receivedFrom >= search.receivedTo) {
    r.fail('receivedTo', 'must be after receivedFrom');
  }
}

function readPaging(r: ParamReader, search: Partial<ArticleSearch>): void {
  const sort = r.one('sort');
  if (sort !== undefined && !(SEARCH_SORTS as readonly string[]).includes(sort)) {
    r.fail('sort', `must be one of ${SEARCH_SORTS.join(', ')}`);
  } else if (sort === 'relevance' && search.q === undefined) r.fail('sort', 'relevance needs q');
  else search.sort = (sort as SearchSort | undefined) ?? (search.q !== undefined ? 'relevance' : '-published');

  const limit = r.one('limit');
  search.limit = DEFAULT_LIMIT;
  if (limit === undefined) return;
  if (!/^\d{1,3}$/.test(limit) || Number(limit) < 1 || Number(limit) > MAX_LIMIT) {
    r.fail('limit', `must be an integer from 1 to ${MAX_LIMIT}`);
  } else search.limit = Number(limit);
}

function readRecency(r: ParamReader, search: Partial<ArticleSearch>): void {
  const halfLife = r.one('recencyHalfLife');
  if (halfLife === undefined) return;
  const days = Number(halfLife);
  if (!/^\d+(\.\d+)?$/.test(halfLife) || !(days > 0) || days > MAX_HALF_LIFE_DAYS) {
    r.fail('recencyHalfLife', `must be a number of days above 0 and at most ${MAX_HALF_LIFE_DAYS}`);
  } else if (search.sort !== 'relevance') r.fail('recencyHalfLife', 'needs relevance order (q, without another sort)');
  else search.recencyHalfLifeDays = days;
}

/** Validates the raw query string object (Express: string | string[] per name) into a search. */
export function parseSearchParams(raw: Record<string, unknown>): ParsedSearch {
  const r = new ParamReader(raw);
  const search: Partial<ArticleSearch> = {};
  readFilters(r, search);
  readDates(r, search);
  readPaging(r, search);
  readRecency(r, search);
  const fields = parseFields(r.one('fields'), search.q !== undefined, (m) => r.fail('fields', m));
  const facets = parseFacets(
    (name) => r.one(name),
    (field, m) => r.fail(field, m),
  );
  if (r.errors.length) return { ok: false, errors: r.errors };
  const full = search as ArticleSearch & MatchState;
  const fingerprint = queryFingerprint({ ...full, query: undefined, limit: undefined, after: undefined });
  const cursor = r.one('cursor');
  if (cursor !== undefined) {
    const position = decodeCursor(cursor, full.sort, fingerprint);
    if ('error' in position) return { ok: false, errors: [{ field: 'cursor', messages: [position.error] }] };
    full.after = { key: position.key, id: position.id };
    if (position.matchMode) full.matchMode = position.matchMode;
    if (position.broad) full.broad = true;
    if (position.asOf) full.asOf = position.asOf;
  }
  if (full.recencyHalfLifeDays !== undefined) full.asOf ??= new Date();
  return { ok: true, search: full, fingerprint, fields, facets };
}
