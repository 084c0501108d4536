import { ClassConstructor, instanceToPlain, plainToInstance } from 'class-transformer';
import { ValidationError, validateSync } from 'class-validator';
import { STORABLE_DATE_CONSTRAINT } from './date-range';

export interface FieldError {
  /** Dotted path of the offending field, e.g. `article.title` or `items.3.url`. */
  field: string;
  messages: string[];
}

/**
 * `outOfRange`: every error is a well-formed value outside its range (a date
 * outside DATE_RANGE, a number under its minimum or over its maximum), nothing
 * malformed. HTTP answers 422 for those and 400 for the rest.
 */
export type Decoded<T> = { ok: true; value: T } | { ok: false; errors: FieldError[]; outOfRange?: boolean };

/** Constraints that refuse a well-formed value for its size, not its form. */
const RANGE_CONSTRAINTS = new Set([STORABLE_DATE_CONSTRAINT, 'min', 'max']);

/** True when every constraint that failed anywhere in the tree is a range constraint. */
export function onlyRangeErrors(errors: ValidationError[]): boolean {
  return errors.every(
    (e) =>
      Object.keys(e.constraints ?? {}).every((c) => RANGE_CONSTRAINTS.has(c)) &&
      (e.constraints !== undefined || (e.children?.length ?? 0) > 0) &&
      onlyRangeErrors(e.children ?? []),
  );
}

export interface ValidateOptions {
  /** Refuse fields the contract does not know (HTTP input); events tolerate them (forward compatibility). */
  forbidUnknown?: boolean;
}

/** Turns class-validator's tree of errors into a flat list that names each field. */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    if (e.constraints) out.push({ field, messages: Object.values(e.constraints) });
    if (e.children?.length) out.push(...flattenValidationErrors(e.children, field));
  }
  return out;
}

/** Validates a plain object (parsed JSON) against a contract class. */
export function validateContract<T extends object>(
  cls: ClassConstructor<T>,
  plain: unknown,
  options: ValidateOptions = {},
): Decoded<T> {
  if (plain === null || typeof plain !== 'object' || Array.isArray(plain)) {
    return { ok: false, errors: [{ field: '(root)', messages: ['must be a JSON object'] }] };
  }
  const instance = plainToInstance(cls, plain, { enableImplicitConversion: false });
  const errors = validateSync(instance, {
    whitelist: true,
    forbidNonWhitelisted: options.forbidUnknown ?? false,
    forbidUnknownValues: true,
    stopAtFirstError: true,
    validationError: { target: false, value: false },
  });
  if (errors.length > 0)
    return { ok: false, errors: flattenValidationErrors(errors), outOfRange: onlyRangeErrors(errors) };
  return { ok: true, value: instance };
}

/** Parses and validates a Kafka message value (UTF-8 JSON) against a contract class. */
export function decodeContract<T extends object>(cls: ClassConstructor<T>, value: Buffer | string | null): Decoded<T> {
  if (value === null) return { ok: false, errors: [{ field: '(root)', messages: ['message has no value'] }] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(typeof value === 'string' ? value : value.toString('utf8'));
  } catch (err) {
    return { ok: false, errors: [{ field: '(root)', messages: [`not valid JSON: ${(err as Error).message}`] }] };
  }
  return validateContract(cls, parsed);
}

/**
 * Serialises a contract value for Kafka (dates as ISO 8601 strings). Producers
 * pass an object typed as the contract, built directly: making a class
 * instance of it first (toContract) only copies it, and JSON.stringify ignores
 * prototypes. JSON.stringify of the value itself: the contracts use no @Exclude,
 * @Expose or @Transform, so class-transformer's instanceToPlain would only copy
 * the object again (a normalised event's tags are hundreds of small objects) for
 * the same JSON; `contractJson` below is that reference, and specs hold the
 * two equal on real events.
 */
export function encodeContract<T extends object>(value: T): string {
  return JSON.stringify(value);
}

/** The JSON class-transformer makes of a contract instance: what encodeContract must equal. */
export function contractJson<T extends object>(value: T): string {
  return JSON.stringify(instanceToPlain(value));
}

/**
 * Builds a contract instance from a plain object without validating (nested
 * classes, date strings to Dates), for code that needs what decodeContract
 * would give, such as the normaliser's warm-up. Not for producing: see encodeContract.
 */
export function toContract<T extends object>(cls: ClassConstructor<T>, plain: object): T {
  return plainToInstance(cls, plain);
}
