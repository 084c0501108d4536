import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
  ValidationOptions,
} from 'class-validator';
import { IsStorableDate } from './date-range';
import { FEED_METADATA_LIMITS, LANGUAGE_TAG_PATTERN, WIRE_FORMAT_PATTERN } from './article-fields';

/**
 * Where a text comes from decides how it is cleaned: `edited` copy (a wire,
 * a CMS) is only normalised, a `scraped` page goes through extraction.
 * `unknown` (HTML or plain text nobody declared) takes the extraction path
 * with its default of keeping text.
 */
export const PROVENANCES = ['edited', 'scraped', 'unknown'] as const;
export type Provenance = (typeof PROVENANCES)[number];

/** What a sender may declare (`unknown` is what ingest records when nobody declared anything). */
export const DECLARED_PROVENANCES = ['edited', 'scraped'] as const;
export type DeclaredProvenance = (typeof DECLARED_PROVENANCES)[number];

/**
 * A concept from the feed's own vocabulary: a subject, genre or place as the
 * feed coded it (NewsML-G2 qcode `medtop:20000538`, ninjs `uri`/`literal`,
 * an RSS category). At least one of code, name or uri is set.
 */
export class FeedConcept {
  /** Scheme alias or name (`medtop`, `iptc-subjectcode`, `ntb-subject`). */
  @IsOptional()
  @IsString()
  @MaxLength(FEED_METADATA_LIMITS.itemLength)
  scheme?: string;

  /** The code as the feed wrote it, qualified by its scheme where it had one (`medtop:20000538`). */
  @IsOptional()
  @IsString()
  @MaxLength(FEED_METADATA_LIMITS.itemLength)
  code?: string;

  @IsOptional()
  @IsString()
  @MaxLength(FEED_METADATA_LIMITS.itemLength)
  name?: string;

  @IsOptional()
  @IsString()
  @MaxLength(FEED_METADATA_LIMITS.itemLength)
  uri?: string;
}

const CONCEPT_KEYS = new Set(['scheme', 'code', 'name', 'uri']);

function isConceptLike(v: unknown): boolean {
  const limit = FEED_METADATA_LIMITS.itemLength;
  if (typeof v === 'string') return v.trim().length > 0 && v.length <= limit;
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const entries = Object.entries(v as Record<string, unknown>);
  if (!entries.every(([k, x]) => CONCEPT_KEYS.has(k) && typeof x === 'string' && x.length <= limit)) return false;
  return entries.some(([k, x]) => k !== 'scheme' && (x as string).trim() !== '');
}

/**
 * A list of concepts as a push may give them: plain strings (`medtop:20000538`,
 * `Politics`) or objects `{scheme, code, name, uri}`. Ingest turns each into a FeedConcept.
 */
export function IsConceptList(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isConceptList',
      validator: {
        validate: (value) =>
          Array.isArray(value) && value.length <= FEED_METADATA_LIMITS.listItems && value.every(isConceptLike),
        defaultMessage: (args) =>
          `${args?.property ?? 'the field'} must be a list of at most ${FEED_METADATA_LIMITS.listItems} strings or ` +
          `{scheme, code, name, uri} objects of at most ${FEED_METADATA_LIMITS.itemLength} characters each`,
      },
    },
    options,
  );
}

/** A string concept as an object: `scheme:code` is a code with its scheme, anything else a name. */
export function toFeedConcept(v: string | FeedConcept): FeedConcept {
  if (typeof v !== 'string') return { ...v };
  const s = v.trim();
  if (/^https?:\/\//i.test(s)) return { uri: s };
  const qcode = /^([A-Za-z][\w.-]{0,40}):(\S+)$/.exec(s);
  return qcode ? { scheme: qcode[1], code: s } : { name: s };
}

/** Text fields of the feed's metadata that several contracts carry with the same limits. */
export const FEED_TEXT_LIMITS = { short: 1_000, long: 5_000 } as const;

/**
 * The feed's descriptive fields that the project's JSON accepts flat and the
 * events carry inside `feed`: one set of limits for both.
 */
export class FeedTextFields {
  /** The byline as the feed printed it ("By Jane Doe and John Roe, Reuters"). */
  @IsOptional()
  @IsString()
  @MaxLength(FEED_TEXT_LIMITS.short)
  byline?: string;

  /** Summary or abstract the feed gave (ninjs descriptions, NITF abstract). */
  @IsOptional()
  @IsString()
  @MaxLength(FEED_TEXT_LIMITS.long)
  description?: string;

  @IsOptional()
  @IsString()
  @MaxLength(FEED_METADATA_LIMITS.itemLength)
  slugline?: string;

  /** Note to editors, not for publication (ninjs ednote, NewsML-G2 edNote). */
  @IsOptional()
  @IsString()
  @MaxLength(FEED_TEXT_LIMITS.long)
  editorialNote?: string;

  /** Where the story happened, as a place name (ninjs located, NewsML-G2 located). */
  @IsOptional()
  @IsString()
  @MaxLength(FEED_METADATA_LIMITS.itemLength)
  located?: string;

  /** The dateline as printed ("OSLO, Aug 9 (NTB) -"). */
  @IsOptional()
  @IsString()
  @MaxLength(FEED_METADATA_LIMITS.itemLength)
  dateline?: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(FEED_METADATA_LIMITS.listItems)
  @IsString({ each: true })
  @MaxLength(FEED_METADATA_LIMITS.itemLength, { each: true })
  keywords?: string[];

  @IsOptional()
  @IsString()
  @MaxLength(FEED_TEXT_LIMITS.short)
  copyright?: string;

  @IsOptional()
  @IsString()
  @MaxLength(FEED_TEXT_LIMITS.long)
  usageTerms?: string;

  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'firstCreated must be an ISO 8601 date-time' })
  @IsStorableDate()
  firstCreated?: Date;
}

/**
 * Everything the feed declared about an article besides its text, as the
 * raw and normalised events carry it and the store keeps it. Our own tags
 * (language detection, entities, IPTC subjects) live beside it, never in it.
 */
export class FeedMetadata extends FeedTextFields {
  /** The feed's declared language, as given (region subtags kept: `en-GB`). */
  @IsOptional()
  @Matches(LANGUAGE_TAG_PATTERN)
  language?: string;

  @IsOptional()
  @Matches(WIRE_FORMAT_PATTERN)
  format?: string;

  @IsOptional()
  @IsIn(PROVENANCES)
  provenance?: Provenance;

  /** IPTC: 1 most urgent … 9 least. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(9)
  urgency?: number;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(FEED_METADATA_LIMITS.listItems)
  @ValidateNested({ each: true })
  @Type(() => FeedConcept)
  subjects?: FeedConcept[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(FEED_METADATA_LIMITS.listItems)
  @ValidateNested({ each: true })
  @Type(() => FeedConcept)
  genres?: FeedConcept[];

  /** Authors as separate names (the byline split, or the feed's creator list). */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(FEED_METADATA_LIMITS.listItems)
  @IsString({ each: true })
  @MaxLength(FEED_METADATA_LIMITS.itemLength, { each: true })
  authors?: string[];

  @IsOptional()
  @Type(() => Date)
  @IsDate()
  @IsStorableDate()
  versionCreated?: Date;

  @IsOptional()
  @Type(() => Date)
  @IsDate()
  @IsStorableDate()
  embargoedUntil?: Date;

  /** The headline was not in the item: the reader derived it from the body's first sentence. */
  @IsOptional()
  @IsBoolean()
  headlineDerived?: boolean;
}
