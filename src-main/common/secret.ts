/**
 * A password that cannot leak by accident: printing, logging, serialising or interpolating it
 * shows "[secret]". The value is in a private field, out of reach of spread, Object.keys,
 * JSON and structured clone; only `reveal()` hands it out, at the one place that needs it.
 */
const REDACTED = '[secret]';

export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = String(value);
    Object.freeze(this);
  }

  /** The password itself. Call it only where it is sent (an Authorization header, the keychain). */
  reveal(): string {
    return this.#value;
  }

  get isEmpty(): boolean {
    return this.#value.length === 0;
  }

  /** Compares without stopping at the first difference, so timing tells nothing about the value. */
  equals(other: Secret): boolean {
    if (!(other instanceof Secret)) return false;
    const a = this.#value;
    const b = other.#value;
    let diff = a.length ^ b.length;
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) diff |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0);
    return diff === 0;
  }

  toString(): string {
    return REDACTED;
  }

  toJSON(): string {
    return REDACTED;
  }

  [Symbol.toPrimitive](): string {
    return REDACTED;
  }

  // Node's util.inspect (and so console.log) looks this symbol up; a registered symbol avoids importing node:util.
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return REDACTED;
  }
}
