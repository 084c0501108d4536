import { buildMessage, ValidateBy, ValidationOptions } from 'class-validator';
import isLength from 'validator/lib/isLength';

/**
 * class-validator's `Length` and `MaxLength`, with the same answers and
 * messages, for fields that hold whole article bodies. Theirs (validator's
 * `isLength`) counts characters by running two regular expressions over the
 * whole string (surrogate pairs count once, variation selectors not at all):
 * two passes over a whole page in every service that decodes it. The count
 * lies between 1 and the string's UTF-16 length for any non-empty string (the
 * first character is never the one a pair or a selector removes), so inside
 * those bounds the answer is known without counting; outside them (a body
 * over the limit in UTF-16 units) validator's exact count decides.
 */
export function isTextLength(value: unknown, min: number, max: number): boolean {
  if (typeof value !== 'string') return false;
  const units = value.length;
  if (units === 0) return min <= 0;
  if (min <= 1 && units <= max) return true;
  return isLength(value, { min, max });
}

/** `@Length(min, max)` for long texts (same constraint name and messages). */
export function TextLength(min: number, max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isLength',
      constraints: [min, max],
      validator: {
        validate: (value) => isTextLength(value, min, max),
        defaultMessage: buildMessage((each, args) => {
          if (!args?.value || (args.value as string).length < min)
            return `${each}$property must be longer than or equal to $constraint1 characters`;
          if ((args.value as string).length > max)
            return `${each}$property must be shorter than or equal to $constraint2 characters`;
          return (
            `${each}$property must be longer than or equal to $constraint1 and shorter than or equal to ` +
            `$constraint2 characters`
          );
        }, options),
      },
    },
    options,
  );
}

/** `@MaxLength(max)` for long texts (same constraint name and message). */
export function MaxTextLength(max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'maxLength',
      constraints: [max],
      validator: {
        validate: (value) => isTextLength(value, 0, max),
        defaultMessage: buildMessage(
          (each) => `${each}$property must be shorter than or equal to $constraint1 characters`,
          options,
        ),
      },
    },
    options,
  );
}
