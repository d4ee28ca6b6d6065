/**
 * The manager password as the app holds it: in the OS keychain (or memory only, when the user
 * chose that), under the account of the server the settings name; what the screens may know of it
 * (whether one is stored, where, and the keychain's problem, never the password); and every secret
 * in play remembered, so the logger can scrub it should one ever slip into a line.
 */
import type { Logger } from '../common/log';
import type { Problem, Result } from '../common/result';
import { Secret } from '../common/secret';
import type { Answer, KeychainView } from '../ipc/contract';
import type { ChoosableSecretStore, KeychainProblem } from '../storage/secret-store';
import type { KnownSecrets } from './known-secrets';
import { bindPasswordToServer } from './password-binding';
import type { PasswordMoveConfirmer } from './ports';
import type { Settings } from '../storage/settings-schema';

export const NO_PASSWORD: KeychainView = Object.freeze({
  passwordStored: false,
  where: 'none',
  problem: null,
});

export interface KeychainOptions {
  readonly secrets: ChoosableSecretStore;
  readonly known: KnownSecrets;
  readonly logger: Logger;
}

export class Keychain {
  #view: KeychainView = NO_PASSWORD;

  constructor(private readonly o: KeychainOptions) {}

  get view(): KeychainView {
    return this.#view;
  }

  /** The store itself, for "Test connection" (which reads the stored password of the typed account). */
  get store(): ChoosableSecretStore {
    return this.o.secrets;
  }

  remember(secret: Secret): void {
    this.o.known.remember(secret);
  }

  /** The password of `account`, remembered for the scrubber; a keychain failure shows on the screens. */
  async password(account: string): Promise<Result<Secret | null, KeychainProblem>> {
    const found = await this.o.secrets.get(account);
    if (!found.ok) this.#view = { passwordStored: false, where: 'none', problem: found.error };
    else if (found.value) this.remember(found.value);
    return found;
  }

  /** Reads again whether `account` has a password stored. */
  async refresh(account: string): Promise<void> {
    const found = await this.o.secrets.get(account);
    this.#view = found.ok
      ? {
          passwordStored: found.value !== null,
          where: found.value !== null ? this.o.secrets.where : 'none',
          problem: null,
        }
      : { passwordStored: false, where: 'none', problem: found.error };
    if (found.ok && found.value) this.remember(found.value);
  }

  /** Stores the password the user typed; `memoryOnly` is their explicit choice when no keychain works. */
  async set(
    account: string,
    password: string,
    memoryOnly: boolean,
  ): Promise<Answer<{ where: 'keychain' | 'memory' }>> {
    const secret = new Secret(password);
    this.remember(secret);
    if (memoryOnly) this.o.secrets.useMemoryForThisRun();
    const stored = await this.o.secrets.set(account, secret);
    if (!stored.ok) {
      this.#view = { passwordStored: false, where: 'none', problem: stored.error };
      return { ok: false, error: stored.error };
    }
    const where = this.o.secrets.where;
    this.#view = { passwordStored: true, where, problem: null };
    return { ok: true, value: { where } };
  }

  /**
   * The settings changed: when they name another server (scheme, host, port, manager), the stored
   * password moves only if the user confirms in main's dialog; otherwise it is forgotten.
   */
  async bindToServer(
    before: Settings,
    after: Settings,
    confirmer: PasswordMoveConfirmer | undefined,
  ): Promise<void> {
    const bound = await bindPasswordToServer(before, after, this.o.secrets, confirmer);
    if (!bound.ok) {
      this.o.logger.log('warn', 'The password could not follow the new server account.', {
        code: bound.error.code,
      });
      this.#view = { ...this.#view, problem: bound.error satisfies Problem };
    } else if (bound.value !== 'kept') {
      this.o.logger.log('info', 'The server changed.', { password: bound.value });
    }
  }
}
