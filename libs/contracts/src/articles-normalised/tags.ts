import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

/**
 * Bounds of our own tags, so that no text, however hostile, makes an event the
 * next stage refuses or the broker cannot carry. Real news stays far inside
 * them (figures: docs/tagging.md); the tagger cuts to them and says so
 * (quality flag `tags_truncated`).
 */
export const TAG_LIMITS = {
  nameLength: 300,
  phraseLength: 200,
  /** people, organisations and places, each */
  entitiesPerKind: 200,
  /** `mentions` of one entity (its `count` still says how many there were) */
  mentionsPerEntity: 100,
  subjects: 50,
  keywords: 50,
} as const;

/** Where a mention sits: character offsets (UTF-16, as JavaScript counts) into `title` or `text`. */
export class Mention {
  @IsIn(['title', 'text'])
  field!: 'title' | 'text';

  @IsInt()
  @Min(0)
  start!: number;

  @IsInt()
  @Min(0)
  end!: number;
}

/** A person, organisation or place, shaped after ninjs 2.x. */
export class EntityTag {
  @IsString()
  @Length(1, TAG_LIMITS.nameLength)
  name!: string;

  @IsOptional()
  @IsString()
  uri?: string;

  @IsOptional()
  @IsString()
  rel?: string;

  @IsNumber()
  @Min(0)
  @Max(1)
  confidence!: number;

  /** How many times the entity is mentioned (may exceed `mentions.length`, which is bounded). */
  @IsInt()
  @Min(1)
  count!: number;

  /** ISO 3166-1 alpha-2, for places that are or lie in a country. */
  @IsOptional()
  @Matches(/^[A-Z]{2}$/)
  countryCode?: string;

  /** Where it is mentioned, in text order: the first TAG_LIMITS.mentionsPerEntity. */
  @ArrayMaxSize(TAG_LIMITS.mentionsPerEntity)
  @ValidateNested({ each: true })
  @Type(() => Mention)
  mentions!: Mention[];
}

/** An IPTC Media Topic. */
export class SubjectTag {
  /** e.g. `medtop:11000000` */
  @Matches(/^medtop:\d{8}$/)
  code!: string;

  @IsString()
  name!: string;

  @IsOptional()
  @IsString()
  uri?: string;

  @IsOptional()
  @IsString()
  rel?: string;

  @IsNumber()
  @Min(0)
  @Max(1)
  confidence!: number;
}

export class KeywordTag {
  @IsString()
  @Length(1, TAG_LIMITS.phraseLength)
  phrase!: string;

  @IsNumber()
  score!: number;
}
