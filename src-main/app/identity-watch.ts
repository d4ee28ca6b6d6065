/**
 * The app's side of the identity check (issue 11 §3): once a connection goes live, ask the server
 * whether the configured iSymphony user and extensions exist, and keep what it said for the
 * status area. A typo in the user name would otherwise go live and never pop, in silence.
 *
 * The check runs again on every return to live (the administrator may have added the user since)
 * and when the names change; an answer that a newer check or a reset has overtaken is dropped.
 */
import type { Me } from '../calls/types';
import type { Logger } from '../common/log';
import type { IdentityWarningView } from '../ipc/contract';
import { checkIdentity, type DirectoryApi } from '../live-api/identity-check';
import { displayName } from './display-text';

export interface IdentityWatchOptions {
  readonly logger: Logger;
  readonly changed: () => void;
}

export class IdentityWatch {
  #warnings: readonly IdentityWarningView[] = [];
  /** Grows with every check and reset; an answer carries the run it belongs to. */
  #run = 0;
  #pending: Promise<void> = Promise.resolve();

  constructor(private readonly o: IdentityWatchOptions) {}

  /** What the status area shows: empty when every name was found. */
  get warnings(): readonly IdentityWarningView[] {
    return this.#warnings;
  }

  /** Settles once the newest check has answered (tests and the diagnostics report wait on it). */
  settled(): Promise<void> {
    return this.#pending;
  }

  /** Asks the server about these names; the answer replaces the warnings shown. */
  check(api: DirectoryApi, me: Me): void {
    const run = ++this.#run;
    this.#pending = checkIdentity(api, me.username, me.extensions, 'settings').then(
      (result) => {
        if (run !== this.#run) return;
        for (const warning of result.warnings) {
          this.o.logger.log('warn', warning.message, { code: warning.code });
        }
        this.#show(
          result.warnings.map((w) => ({
            code: w.code,
            name: 'name' in w ? displayName(w.name) : null,
            message: w.message,
          })),
        );
      },
      (error: unknown) => {
        // The REST client answers problems as values; anything thrown is a bug, logged, not shown.
        this.o.logger.log('error', 'The identity check failed unexpectedly.', { error: String(error) });
      },
    );
  }

  /** Another server, other names, or no connection: what was said no longer applies. */
  reset(): void {
    this.#run++;
    this.#show([]);
  }

  #show(next: readonly IdentityWarningView[]): void {
    if (JSON.stringify(next) === JSON.stringify(this.#warnings)) return;
    this.#warnings = next;
    this.o.changed();
  }
}
