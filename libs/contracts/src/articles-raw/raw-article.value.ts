import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsStorableDate } from '../date-range';
import { MaxTextLength } from '../text-length';
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
import { EventEnvelope } from '../envelope/event-envelope';
import { FeedMetadata, Provenance, PROVENANCES } from '../feed-metadata';

/** An article as a source pushed it: nothing cleaned yet. */
export class RawArticle {
  @IsUUID()
  articleId!: string;

  /** The source's own id for the story (guid, ninjs uri, NewsML guid). */
  @IsOptional()
  @IsString()
  @Length(1, LIMITS.externalIdLength)
  externalId?: string;

  @ValidateIf((a: RawArticle) => a.url !== undefined || a.externalId === undefined)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  @MaxLength(LIMITS.urlLength)
  url?: string;

  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.titleLength)
  title?: string;

  @IsDefined()
  @IsString()
  @MaxTextLength(LIMITS.bodyLength)
  body!: string;

  @IsIn(BODY_CONTENT_TYPES)
  contentType!: BodyContentType;

  @IsOptional()
  @Matches(LANGUAGE_TAG_PATTERN)
  language?: string;

  @IsOptional()
  @Type(() => Date)
  @IsDate()
  @IsStorableDate()
  publishedAt?: Date;

  /** Editorial version; a higher one supersedes a lower one. */
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version!: number;

  @IsOptional()
  @Type(() => Date)
  @IsDate()
  @IsStorableDate()
  versionCreated?: Date;

  @IsIn(PUB_STATUSES)
  pubStatus!: PubStatus;

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

  /** Subjects / categories as the feed gave them (codes such as `medtop:20000538` or plain names). */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(FEED_METADATA_LIMITS.listItems)
  @IsString({ each: true })
  @MaxLength(FEED_METADATA_LIMITS.itemLength, { each: true })
  subjects?: string[];

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

  /** How the text was made: decides between normalising edited copy and extracting a page. */
  @IsOptional()
  @IsIn(PROVENANCES)
  provenance?: Provenance;

  /**
   * Everything the feed declared besides the text, with subjects and genres
   * as coded concepts. The flat fields above (language, urgency, subjects,
   * authors, embargoedUntil) stay for consumers of the first v1 events.
   */
  @IsOptional()
  @ValidateNested()
  @Type(() => FeedMetadata)
  feed?: FeedMetadata;
}

/** Value of `news.articles.raw.v1`. */
export class RawArticleEvent {
  @ValidateNested()
  @Type(() => EventEnvelope)
  @IsDefined()
  envelope!: EventEnvelope;

  @ValidateNested()
  @Type(() => RawArticle)
  @IsDefined()
  article!: RawArticle;
}
