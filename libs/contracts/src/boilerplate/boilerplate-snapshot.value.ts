import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsObject, IsString, Length, Matches } from 'class-validator';
import { IsStorableDate } from '../date-range';
import { SOURCE_ID_PATTERN } from '../envelope/event-envelope';

/**
 * Value of `news.boilerplate.v1`: a normaliser replica's learned chrome for one
 * source, as `BoilerplateModel.snapshot()` gives it (the model checks the
 * snapshot's inner shape itself when merging).
 */
export class BoilerplateSnapshotEvent {
  @IsIn([1])
  schemaVersion!: 1;

  @IsString()
  @Length(1, 200)
  replicaId!: string;

  @Matches(SOURCE_ID_PATTERN)
  sourceId!: string;

  @Type(() => Date)
  @IsDate()
  @IsStorableDate()
  takenAt!: Date;

  @IsObject()
  snapshot!: Record<string, unknown>;
}
