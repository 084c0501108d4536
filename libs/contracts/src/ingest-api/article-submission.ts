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
  IsUrl,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { IsStorableDate } from '../date-range';
import { TextLength } from '../text-length';
import {
  BODY_CONTENT_TYPES,
  BodyContentType,
  FEED_METADATA_LIMITS,
  LANGUAGE_TAG_PATTERN,
  LIMITS,
  PUB_STATUSES,
  PubStatus,
  WIRE_FORMAT_PATTERN,
} from '../article-fields';
import { SOURCE_ID_PATTERN } from '../envelope/event-envelope';
import { DECLARED_PROVENANCES, DeclaredProvenance, FeedConcept, FeedTextFields, IsConceptList } from '../feed-metadata';

/**
 * The project's own JSON article, as a feed POSTs it to ingest's
 * `/v1/articles`. Either `externalId` or `url` identifies the story within its
 * source; every version of a story must carry the same one.
 */
export class ArticleSubmission extends FeedTextFields {
  @IsString()
  @Matches(SOURCE_ID_PATTERN, {
    message: 'sourceId must be a lower-case slug (a-z, 0-9, . _ -), at most 64 characters',
  })
  sourceId!: string;

  @ValidateIf((a: ArticleSubmission) => a.externalId !== undefined || a.url === undefined)
  @IsString({ message: 'externalId or url is required (externalId must be a string)' })
  @Length(1, LIMITS.externalIdLength)
  externalId?: string;

  @ValidateIf((a: ArticleSubmission) => a.url !== undefined || a.externalId === undefined)
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { message: 'url or externalId is required (url must be an absolute http(s) URL)' },
  )
  @MaxLength(LIMITS.urlLength)
  url?: string;

  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.titleLength)
  title?: string;

  @IsString()
  @TextLength(1, LIMITS.bodyLength, { message: 'body must be a non-empty string' })
  body!: string;

  /** How to read `body`; defaults to text/html when it looks like markup, text/plain otherwise. */
  @IsOptional()
  @IsIn(BODY_CONTENT_TYPES)
  contentType?: BodyContentType;

  @IsOptional()
  @Matches(LANGUAGE_TAG_PATTERN, { message: 'language must be a BCP 47 tag such as en or pt-BR' })
  language?: string;

  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'publishedAt must be an ISO 8601 date-time' })
  @IsStorableDate()
  publishedAt?: Date;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version?: number;

  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'versionCreated must be an ISO 8601 date-time' })
  @IsStorableDate()
  versionCreated?: Date;

  @IsOptional()
  @IsIn(PUB_STATUSES)
  pubStatus?: PubStatus;

  /** Wire format the article arrived in (`json`, `ninjs`, `newsml-g2`, `rss`, `atom`, `html`, `text`). */
  @IsOptional()
  @Matches(WIRE_FORMAT_PATTERN, { message: 'format must be a short lower-case format name' })
  format?: string;

  /** Editorial urgency as the feed gave it (IPTC: 1 most urgent … 9 least). */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(9)
  urgency?: number;

  /** Subjects as the feed gave them: `medtop:20000538`, plain names, or `{scheme, code, name, uri}` objects. */
  @IsOptional()
  @IsConceptList()
  subjects?: Array<string | FeedConcept>;

  /** Genres as the feed gave them, like subjects. */
  @IsOptional()
  @IsConceptList()
  genres?: Array<string | FeedConcept>;

  /** Bylines as the feed gave them. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(FEED_METADATA_LIMITS.listItems)
  @IsString({ each: true })
  @MaxLength(FEED_METADATA_LIMITS.itemLength, { each: true })
  authors?: string[];

  /** Not to be published before this time (ninjs `embargoed`, NewsML-G2 `embargoed`). */
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'embargoedUntil must be an ISO 8601 date-time' })
  @IsStorableDate()
  embargoedUntil?: Date;

  /**
   * `edited` (a wire's or CMS's copy: normalised, never extracted) or
   * `scraped` (a page: its story is extracted). When absent, the source's
   * configuration decides, then the format (structured formats are edited copy).
   */
  @IsOptional()
  @IsIn(DECLARED_PROVENANCES, { message: 'provenance must be edited or scraped' })
  provenance?: DeclaredProvenance;

  /** Set by readers that made the headline from the body's first sentence. */
  @IsOptional()
  @IsBoolean()
  headlineDerived?: boolean;
}
