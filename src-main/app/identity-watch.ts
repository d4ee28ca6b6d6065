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
import type { MessageRef } from '../i18n/message-ref';
import type { IdentityWarningView } from '../ipc/contract';
import { checkIdentity, type DirectoryApi, type IdentityWarning } from '../live-api/identity-check';
import { displayName } from './display-text';

/**
 * The warning as a catalogue message, for the app's language (the command line prints the English
 * `message` of the same check). A reason the app cannot name in words stays English.
 */
function textOf(warning: IdentityWarning, name: string | null): MessageRef | null {
  switch (warning.code) {
    case 'unknown-user':
      return { key: 'problem.unknownUser', values: { name: name ?? '' } };
    case 'unknown-extension':
      return { key: 'problem.unknownExtension', values: { name: name ?? '' } };
    case 'identity-not-checked':
      if (warning.problemCode === 'rest-refused') return { key: 'problem.identityRestRefused' };
      if (warning.problemCode === 'not-found') return { key: 'problem.identityNoCoreServer' };
      return null;
  }
}

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
          result.warnings.map((w) => {
            const name = 'name' in w ? displayName(w.name) : null;
            const text = textOf(w, name);
            return { code: w.code, name, message: w.message, ...(text ? { text } : {}) };
          }),
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
