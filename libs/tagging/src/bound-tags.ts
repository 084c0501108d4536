import { EntityTag, KeywordTag, LANGUAGE_TAG_PATTERN, Mention, SubjectTag, TAG_LIMITS } from '@news/contracts';

/**
 * Mentions of all entities of one article together: beyond this the event grows
 * with the text (a page of capitalised words is thousands of mentions) and says
 * nothing more; the most-mentioned entities keep theirs first.
 */
export const MENTIONS_PER_ARTICLE = 2_000;

const SUBJECT_CODE = /^medtop:\d{8}$/;
const COUNTRY_CODE = /^[A-Z]{2}$/;

/** The tag fields of NormalisedArticle. */
export interface TagLists {
  language: string;
  languageConfidence: number;
  people: EntityTag[];
  organisations: EntityTag[];
  places: EntityTag[];
  subjects: SubjectTag[];
  keywords: KeywordTag[];
}

/** The texts mentions point into. */
export interface TaggedFields {
  title: string;
  text: string;
}

const isInt = (x: unknown): x is number => Number.isInteger(x);
const isFiniteNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const unit = (x: number) => Math.min(1, Math.max(0, x));
const fitsText = (s: unknown, max: number): s is string => typeof s === 'string' && s.length >= 1 && s.length <= max;

/** Tracks whether anything was cut or dropped. */
class Cuts {
  any = false;
  keep<T>(list: T[], max: number): T[] {
    if (list.length <= max) return list;
    this.any = true;
    return list.slice(0, max);
  }
  drop(): undefined {
    this.any = true;
    return undefined;
  }
}

function validMention(m: Mention, fields: TaggedFields): boolean {
  const length = m?.field === 'title' ? fields.title.length : m?.field === 'text' ? fields.text.length : -1;
  return isInt(m.start) && isInt(m.end) && m.start >= 0 && m.start < m.end && m.end <= length;
}

/** One entity inside every bound of EntityTag, or undefined (dropped) when its name or mentions cannot be. */
function boundEntity(tag: EntityTag, fields: TaggedFields, cuts: Cuts): EntityTag | undefined {
  if (!fitsText(tag.name, TAG_LIMITS.nameLength) || !isFiniteNumber(tag.confidence)) return cuts.drop();
  const mentions = (Array.isArray(tag.mentions) ? tag.mentions : []).filter((m) => validMention(m, fields));
  if (mentions.length < (tag.mentions?.length ?? 0)) cuts.any = true;
  if (mentions.length === 0) return cuts.drop();
  const out: EntityTag = {
    name: tag.name,
    confidence: unit(tag.confidence),
    count: mentions.length,
    mentions: cuts.keep(mentions, TAG_LIMITS.mentionsPerEntity).map(({ field, start, end }) => ({ field, start, end })),
  };
  if (typeof tag.uri === 'string') out.uri = tag.uri;
  if (typeof tag.rel === 'string') out.rel = tag.rel;
  if (tag.countryCode !== undefined && COUNTRY_CODE.test(tag.countryCode)) out.countryCode = tag.countryCode;
  return out;
}

/** Spends the article's mention budget on the most-mentioned entities first; an entity left with none is dropped. */
function spendMentionBudget(kinds: EntityTag[][], cuts: Cuts): EntityTag[][] {
  const all = kinds.flat();
  if (all.reduce((n, t) => n + t.mentions.length, 0) <= MENTIONS_PER_ARTICLE) return kinds;
  cuts.any = true;
  let budget = MENTIONS_PER_ARTICLE;
  const kept = new Map<EntityTag, EntityTag>();
  for (const t of [...all].sort((a, b) => b.count - a.count)) {
    if (budget <= 0) break;
    const mentions = t.mentions.slice(0, budget);
    budget -= mentions.length;
    kept.set(t, { ...t, mentions });
  }
  return kinds.map((list) => list.filter((t) => kept.has(t)).map((t) => kept.get(t)!));
}

function boundSubject(s: SubjectTag, cuts: Cuts): SubjectTag | undefined {
  if (
    typeof s.code !== 'string' ||
    !SUBJECT_CODE.test(s.code) ||
    typeof s.name !== 'string' ||
    !isFiniteNumber(s.confidence)
  )
    return cuts.drop();
  const out: SubjectTag = { code: s.code, name: s.name, confidence: unit(s.confidence) };
  if (typeof s.uri === 'string') out.uri = s.uri;
  if (typeof s.rel === 'string') out.rel = s.rel;
  return out;
}

function boundKeyword(k: KeywordTag, cuts: Cuts): KeywordTag | undefined {
  if (!fitsText(k.phrase, TAG_LIMITS.phraseLength) || !isFiniteNumber(k.score)) return cuts.drop();
  return { phrase: k.phrase, score: k.score };
}

const present = <T>(x: T | undefined): x is T => x !== undefined;

/**
 * The tags inside every bound of the tag contracts (libs/contracts tags.ts and
 * NormalisedArticle): names and phrases of an allowed length, confidences in
 * [0, 1], mentions that point into their field, list sizes within TAG_LIMITS and
 * MENTIONS_PER_ARTICLE. What cannot be kept whole is dropped, never cut into a
 * wrong name; `truncated` says whether anything was.
 */
export function boundTags(tags: TagLists, fields: TaggedFields): TagLists & { truncated: boolean } {
  const cuts = new Cuts();
  const entities = (list: EntityTag[]) =>
    cuts.keep(list.map((t) => boundEntity(t, fields, cuts)).filter(present), TAG_LIMITS.entitiesPerKind);
  const [people, organisations, places] = spendMentionBudget(
    [entities(tags.people), entities(tags.organisations), entities(tags.places)],
    cuts,
  );
  const languageOk = typeof tags.language === 'string' && LANGUAGE_TAG_PATTERN.test(tags.language);
  return {
    language: languageOk ? tags.language : 'und',
    languageConfidence: isFiniteNumber(tags.languageConfidence) ? unit(tags.languageConfidence) : 0,
    people,
    organisations,
    places,
    subjects: cuts.keep(tags.subjects.map((s) => boundSubject(s, cuts)).filter(present), TAG_LIMITS.subjects),
    keywords: cuts.keep(tags.keywords.map((k) => boundKeyword(k, cuts)).filter(present), TAG_LIMITS.keywords),
    truncated: cuts.any,
  };
}
