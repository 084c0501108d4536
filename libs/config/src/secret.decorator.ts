import 'reflect-metadata';

const SECRET_KEYS = Symbol('config:secret-keys');

/** Marks a config field as secret: it is never logged, and redactConfig() masks it. */
export function Secret(): PropertyDecorator {
  return (target, key) => {
    const keys: Set<string | symbol> = Reflect.getMetadata(SECRET_KEYS, target) ?? new Set();
    keys.add(key);
    Reflect.defineMetadata(SECRET_KEYS, keys, target);
  };
}

export function isSecret(target: object, key: string): boolean {
  const keys: Set<string | symbol> | undefined = Reflect.getMetadata(SECRET_KEYS, target);
  return keys?.has(key) ?? false;
}

/** A copy of a loaded config section that is safe to log. */
export function redactConfig<T extends object>(config: T): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(config)) {
    out[key] = isSecret(config, key) && value !== undefined ? '***' : value;
  }
  return out;
}
