import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
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
  @Length(1, 300)
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

  @IsInt()
  @Min(1)
  count!: number;

  /** ISO 3166-1 alpha-2, for places that are or lie in a country. */
  @IsOptional()
  @Matches(/^[A-Z]{2}$/)
  countryCode?: string;

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
  @Length(1, 200)
  phrase!: string;

  @IsNumber()
  score!: number;
}
