/**
 * The secrets in play (the current password, the demo's, recently tested ones), so the logger can
 * scrub them should one ever slip into a line. Bounded: old ones fall off.
 */
import type { Secret } from '../common/secret';

/** How many secrets the log scrubber remembers. */
export const REMEMBERED_SECRETS = 8;

export class KnownSecrets {
  readonly #known: Secret[] = [];

  remember(secret: Secret): void {
    if (secret.isEmpty || this.#known.some((s) => s.equals(secret))) return;
    this.#known.push(secret);
    if (this.#known.length > REMEMBERED_SECRETS) this.#known.shift();
  }

  /** The plain texts, for the redacting logger only. */
  revealed(): string[] {
    return this.#known.map((s) => s.reveal());
  }
}
