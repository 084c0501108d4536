import { Transform } from 'class-transformer';

/** `true`/`false`/`1`/`0`/`yes`/`no` → boolean; anything else stays a string and fails @IsBoolean. */
export function EnvBoolean(): PropertyDecorator {
  return Transform(({ value }) => {
    if (typeof value !== 'string') return value;
    const v = value.trim().toLowerCase();
    if (['true', '1', 'yes', 'on'].includes(v)) return true;
    if (['false', '0', 'no', 'off'].includes(v)) return false;
    return value;
  });
}

/** A decimal integer; anything else becomes NaN and fails @IsInt. */
export function EnvInt(): PropertyDecorator {
  return Transform(({ value }) => {
    if (typeof value !== 'string') return value;
    return /^-?\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  });
}

/** A comma-separated list, trimmed, empty entries dropped. */
export function EnvList(): PropertyDecorator {
  return Transform(({ value }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s.length > 0)
      : value,
  );
}
