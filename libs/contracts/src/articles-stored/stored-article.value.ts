import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsDate, IsDefined, IsIn, IsInt, IsOptional, IsUUID, Min, ValidateNested } from 'class-validator';
import { IsStorableDate } from '../date-range';
import { EventEnvelope } from '../envelope/event-envelope';
import { NormalisedArticle } from '../articles-normalised/normalised-article.value';

export const CHANGE_KINDS = ['created', 'updated', 'killed'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * Value of `news.articles.stored.v1`: an article's current version changed in
 * PostgreSQL. Delivery is at-least-once: (articleId, version, change) identifies
 * a change, so a consumer drops any event it has already applied.
 */
export class StoredArticleEvent {
  @ValidateNested()
  @Type(() => EventEnvelope)
  @IsDefined()
  envelope!: EventEnvelope;

  @IsUUID()
  articleId!: string;

  @IsInt()
  @Min(1)
  version!: number;

  @IsIn(CHANGE_KINDS)
  change!: ChangeKind;

  @Type(() => Date)
  @IsDate()
  @IsStorableDate()
  storedAt!: Date;

  /** The article as stored (absent for a kill). */
  @IsOptional()
  @ValidateNested()
  @Type(() => NormalisedArticle)
  article?: NormalisedArticle;
}
