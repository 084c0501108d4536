import { inspect } from 'node:util';

/**
 * A credential read from the transports' configuration. It prints as `***`
 * wherever it ends up (JSON, util.inspect, string templates), so a logged
 * config or error never carries it; `reveal()` is called only where a client
 * library needs the value.
 */
export class SecretValue {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  reveal(): string {
    return this.#value;
  }

  toJSON(): string {
    return '***';
  }

  toString(): string {
    return '***';
  }

  [inspect.custom](): string {
    return '***';
  }
}
