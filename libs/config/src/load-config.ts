import { ClassConstructor, plainToInstance } from 'class-transformer';
import { ValidationError, validateSync } from 'class-validator';
import { failpointProblems } from './failpoints';

/** Configuration a service cannot start with; `what` names it in the message ("source configuration"). */
export class ConfigValidationError extends Error {
  constructor(
    readonly problems: string[],
    what = 'configuration',
  ) {
    super(`Invalid ${what}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigValidationError';
  }
}

function describe(errors: ValidationError[]): string[] {
  // Property names are the environment variable names, so each message names the variable.
  // The value is left out on purpose: it may be a secret.
  return errors.flatMap((e) => Object.values(e.constraints ?? {}).map((m) => `${e.property}: ${m}`));
}

export type ConfigSections = Record<string, ClassConstructor<object>>;
export type LoadedConfig<S extends ConfigSections> = { [K in keyof S]: InstanceType<S[K]> };

/**
 * Validates environment variables against config classes whose property names
 * are the variable names. Collects every problem before failing, so one
 * start-up attempt tells an operator everything that is wrong.
 */
export function loadConfig<S extends ConfigSections>(sections: S, env: NodeJS.ProcessEnv = process.env): LoadedConfig<S> {
  const problems: string[] = [];
  const out: Record<string, object> = {};
  for (const [name, cls] of Object.entries(sections)) {
    // Empty strings count as unset, as in most twelve-factor tooling.
    const plain = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
    const instance = plainToInstance(cls, plain, { exposeDefaultValues: true, excludeExtraneousValues: false });
    const errors = validateSync(instance, {
      whitelist: true,
      validationError: { target: false, value: false },
    });
    problems.push(...describe(errors));
    out[name] = instance;
  }
  problems.push(...failpointProblems(env));
  if (problems.length > 0) throw new ConfigValidationError([...new Set(problems)]);
  return out as LoadedConfig<S>;
}

/**
 * For a service's main(): loads the config or prints what is wrong (naming
 * each variable, never a value) and exits with status 78 (EX_CONFIG).
 */
export function loadConfigOrExit<S extends ConfigSections>(sections: S, env: NodeJS.ProcessEnv = process.env): LoadedConfig<S> {
  try {
    return loadConfig(sections, env);
  } catch (err) {
    exitOnConfigError(err);
  }
}

/** A ConfigValidationError ends the process with status 78 (EX_CONFIG) and what is wrong; anything else is rethrown. */
export function exitOnConfigError(err: unknown): never {
  if (err instanceof ConfigValidationError) {
    process.stderr.write(`${err.message}\nThe service refuses to start until these are fixed.\n`);
    process.exit(78);
  }
  throw err;
}
