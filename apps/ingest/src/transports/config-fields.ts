import { readFileSync } from 'node:fs';
import { SecretValue } from './secret-value';

/**
 * Reads one entry of a JSON configuration list field by field, collecting
 * every problem (named by entry and field, never with a value: some are
 * credentials) instead of stopping at the first.
 */
export class ConfigFields {
  constructor(
    private readonly raw: Record<string, unknown>,
    readonly where: string,
    private readonly problems: string[],
  ) {}

  problem(field: string, message: string): void {
    this.problems.push(`${this.where}.${field}: ${message}`);
  }

  has(field: string): boolean {
    return this.raw[field] !== undefined;
  }

  string(field: string, options: { required?: boolean; pattern?: RegExp; hint?: string } = {}): string | undefined {
    const v = this.raw[field];
    if (v === undefined) {
      if (options.required) this.problem(field, 'is required');
      return undefined;
    }
    if (typeof v !== 'string' || v.trim() === '' || (options.pattern && !options.pattern.test(v))) {
      this.problem(field, options.hint ?? 'must be a non-empty string');
      return undefined;
    }
    return v;
  }

  int(field: string, fallback: number, min: number, max: number): number {
    const v = this.raw[field];
    if (v === undefined) return fallback;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
      this.problem(field, `must be an integer from ${min} to ${max}`);
      return fallback;
    }
    return v;
  }

  oneOf<T>(field: string, allowed: readonly T[], fallback: T): T {
    const v = this.raw[field];
    if (v === undefined) return fallback;
    if (!allowed.includes(v as T)) {
      this.problem(field, `must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`);
      return fallback;
    }
    return v as T;
  }

  stringList(field: string, item: RegExp, hint: string): string[] | undefined {
    const v = this.raw[field];
    if (v === undefined) return undefined;
    if (!Array.isArray(v) || v.length === 0 || !v.every((x) => typeof x === 'string' && item.test(x))) {
      this.problem(field, hint);
      return undefined;
    }
    return v as string[];
  }

  /** A file's bytes (a CA certificate), read now so a wrong path stops start-up. */
  file(field: string): Buffer | undefined {
    const path = this.string(field);
    if (path === undefined) return undefined;
    try {
      return readFileSync(path);
    } catch (err) {
      this.problem(field, `cannot read the file: ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
      return undefined;
    }
  }

  /**
   * A credential given inline as `<field>` or, better, as a file `<field>File`
   * (a mounted Kubernetes secret; one trailing newline is dropped).
   */
  secret(field: string, required: boolean): SecretValue | undefined {
    const inline = this.raw[field];
    const fileField = `${field}File`;
    if (inline !== undefined && this.raw[fileField] !== undefined) {
      this.problem(field, `give either ${field} or ${fileField}, not both`);
      return undefined;
    }
    if (inline !== undefined) {
      if (typeof inline !== 'string' || inline === '') {
        this.problem(field, 'must be a non-empty string');
        return undefined;
      }
      return new SecretValue(inline);
    }
    const path = this.raw[fileField];
    if (path === undefined) {
      if (required) this.problem(field, `is required (inline, or as a file in ${fileField})`);
      return undefined;
    }
    try {
      if (typeof path !== 'string') throw Object.assign(new Error('not a path'), { code: 'not a path' });
      const value = readFileSync(path, 'utf8').replace(/\r?\n$/, '');
      if (value === '') throw Object.assign(new Error('empty'), { code: 'empty file' });
      return new SecretValue(value);
    } catch (err) {
      this.problem(fileField, `cannot read the secret file: ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
      return undefined;
    }
  }
}
