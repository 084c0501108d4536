import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsDefined,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsStorableDate } from '../date-range';
import { MaxTextLength } from '../text-length';
import { LANGUAGE_TAG_PATTERN, LIMITS, PUB_STATUSES, PubStatus } from '../article-fields';
import { EventEnvelope } from '../envelope/event-envelope';
import { EntityTag, KeywordTag, SubjectTag, TAG_LIMITS } from './tags';
import { FeedMetadata, Provenance, PROVENANCES } from '../feed-metadata';

/** Flags that let consumers tell a failed extraction from a short story. */
export const QUALITY_FLAGS = [
  'empty_after_cleaning',
  'too_short',
  'extraction_fallback_used',
  'title_missing',
  /** Cleaning would have removed more than it had evidence for: the text is kept as sent. */
  'cleaning_suspect',
  /** The feed gave no headline: it was made from the body's first sentence. */
  'headline_derived',
  /** Our own tags were cut to the contract's bounds (the article is whole). */
  'tags_truncated',
] as const;
export type QualityFlag = (typeof QUALITY_FLAGS)[number];

/** An article after cleaning and tagging: plain text, paragraphs separated by a blank line. */
export class NormalisedArticle {
  @IsUUID()
  articleId!: string;

  @IsOptional()
  @IsString()
  @Length(1, LIMITS.externalIdLength)
  externalId?: string;

  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  @MaxLength(LIMITS.urlLength)
  url?: string;

  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  @MaxLength(LIMITS.urlLength)
  canonicalUrl?: string;

  @IsString()
  @MaxLength(LIMITS.titleLength)
  title!: string;

  @IsString()
  @MaxTextLength(LIMITS.bodyLength)
  text!: string;

  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  authors?: string[];

  @IsOptional()
  @IsString()
  @MaxLength(300)
  siteName?: string;

  @IsOptional()
  @IsString()
  @MaxLength(5_000)
  description?: string;

  /** URL of the lead image, as the page gives it. */
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.urlLength)
  leadImage?: string;

  /**
   * BCP 47; `und` when the text's language could not be determined. The
   * feed's declared language (region subtag kept) unless the text clearly
   * contradicts it; then the detected one.
   */
  @IsOptional()
  @Matches(LANGUAGE_TAG_PATTERN)
  language?: string;

  /** What language detection found in the text, whatever the feed declared. */
  @IsOptional()
  @Matches(LANGUAGE_TAG_PATTERN)
  detectedLanguage?: string;

  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  languageConfidence?: number;

  @IsOptional()
  @Type(() => Date)
  @IsDate()
  @IsStorableDate()
  publishedAt?: Date;

  @IsOptional()
  @Type(() => Date)
  @IsDate()
  @IsStorableDate()
  modifiedAt?: Date;

  @IsInt()
  @Min(1)
  version!: number;

  @IsOptional()
  @Type(() => Date)
  @IsDate()
  @IsStorableDate()
  versionCreated?: Date;

  @IsIn(PUB_STATUSES)
  pubStatus!: PubStatus;

  /** Not to be shown or announced before this time; the store holds it back until then. */
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  @IsStorableDate()
  embargoedUntil?: Date;

  @IsOptional()
  @IsIn(PROVENANCES)
  provenance?: Provenance;

  /** What the feed declared (subjects, urgency, byline, dateline…), beside our own tags below. */
  @IsOptional()
  @ValidateNested()
  @Type(() => FeedMetadata)
  feed?: FeedMetadata;

  /** sha256 (hex) of `text`: equal hashes mean the same story text. */
  @Matches(/^[0-9a-f]{64}$/)
  contentHash!: string;

  @IsInt()
  @Min(0)
  wordCount!: number;

  @IsArray()
  @IsIn(QUALITY_FLAGS, { each: true })
  qualityFlags!: QualityFlag[];

  @IsOptional()
  @ArrayMaxSize(TAG_LIMITS.entitiesPerKind)
  @ValidateNested({ each: true })
  @Type(() => EntityTag)
  people?: EntityTag[];

  @IsOptional()
  @ArrayMaxSize(TAG_LIMITS.entitiesPerKind)
  @ValidateNested({ each: true })
  @Type(() => EntityTag)
  organisations?: EntityTag[];

  @IsOptional()
  @ArrayMaxSize(TAG_LIMITS.entitiesPerKind)
  @ValidateNested({ each: true })
  @Type(() => EntityTag)
  places?: EntityTag[];

  @IsOptional()
  @ArrayMaxSize(TAG_LIMITS.subjects)
  @ValidateNested({ each: true })
  @Type(() => SubjectTag)
  subjects?: SubjectTag[];

  @IsOptional()
  @ArrayMaxSize(TAG_LIMITS.keywords)
  @ValidateNested({ each: true })
  @Type(() => KeywordTag)
  keywords?: KeywordTag[];
}

/** Value of `news.articles.normalised.v1`. */
export class NormalisedArticleEvent {
  @ValidateNested()
  @Type(() => EventEnvelope)
  @IsDefined()
  envelope!: EventEnvelope;

  @ValidateNested()
  @Type(() => NormalisedArticle)
  @IsDefined()
  article!: NormalisedArticle;
}
