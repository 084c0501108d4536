import { ValidateBy, ValidationOptions } from 'class-validator';

/**
 * The instants every contract accepts, in one place. PostgreSQL's timestamptz
 * holds 4713 BC to 294276 AD, but JavaScript writes a year past 9999 as
 * `+010000-…`, which PostgreSQL (and most consumers) cannot read back, and a
 * year 0 does not exist in ISO 8601 as PostgreSQL reads it. News carries no
 * dates before the year 1000: such a value is a typo or a hostile probe. So:
 * years 1000 to 9999, UTC, both ends included.
 */
export const DATE_RANGE = {
  min: new Date('1000-01-01T00:00:00.000Z'),
  max: new Date('9999-12-31T23:59:59.999Z'),
} as const;

/** The constraint name of `@IsStorableDate()`, for callers that sort errors by kind. */
export const STORABLE_DATE_CONSTRAINT = 'isStorableDate';

/** True for a valid Date inside DATE_RANGE. */
export function isStorableDate(value: unknown): boolean {
  if (!(value instanceof Date)) return false;
  const t = value.getTime();
  return t >= DATE_RANGE.min.getTime() && t <= DATE_RANGE.max.getTime();
}

/** A date inside DATE_RANGE, or a reason naming the field and the range. */
export function dateRangeMessage(field: string): string {
  return `${field} must be between ${DATE_RANGE.min.toISOString()} and ${DATE_RANGE.max.toISOString()}`;
}

/**
 * A Date field inside DATE_RANGE. Values that are not a valid Date pass here:
 * `@IsDate()` beside it says what is wrong with them, so one bad value gets one
 * reason, and a well-formed date out of range is told apart from a malformed one.
 */
export function IsStorableDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: STORABLE_DATE_CONSTRAINT,
      validator: {
        validate: (value) => !(value instanceof Date) || Number.isNaN(value.getTime()) || isStorableDate(value),
        defaultMessage: (args) => dateRangeMessage(args?.property ?? 'the date'),
      },
    },
    options,
  );
}
