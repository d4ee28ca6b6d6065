/**
 * The settings as the app holds them, and what saving them does besides writing the file: the
 * password stays with its server (see password-binding.ts), the global shortcut and start-at-login are applied,
 * and pops go when do-not-disturb comes on or pops are switched off. What needs a reconnect is left
 * to the connection.
 */
import { access } from 'node:fs/promises';
import type { Logger } from '../common/log';
import type { Problem } from '../common/result';
import type { Answer } from '../ipc/contract';
import { DEFAULT_SETTINGS, type Settings } from '../storage/settings-schema';
import type { SettingsStore } from '../storage/settings-store';
import { OK_NULL } from './answers';
import type { Keychain } from './keychain';
import type { DesktopPorts } from './ports';

export type Saved =
  { readonly ok: true; readonly value: Settings } | { readonly ok: false; readonly error: Problem };

export interface SettingsKeeperOptions {
  readonly store: SettingsStore;
  readonly keychain: Pick<Keychain, 'bindToServer'>;
  readonly ports: Pick<DesktopPorts, 'shortcuts' | 'loginItem' | 'passwordMove' | 'dialing'>;
  /** Every card and ringing notification goes. */
  readonly clearPops: () => void;
  readonly logger: Logger;
}

export class SettingsKeeper {
  #settings: Settings = structuredClone(DEFAULT_SETTINGS);
  #notice: Problem | null = null;
  #shortcutProblem: Problem | null = null;

  constructor(private readonly o: SettingsKeeperOptions) {}

  get current(): Settings {
    return this.#settings;
  }

  /** Something the user must be told about the stored settings (e.g. a corrupt file was set aside). */
  get notice(): Problem | null {
    return this.#notice;
  }

  /** Why the shortcut in settings is not registered (another app has it), for the screens; null when it works. */
  get shortcutProblem(): Problem | null {
    return this.#shortcutProblem;
  }

  /** The user saved the settings screen: what it said about the stored file has served. */
  clearNotice(): void {
    this.#notice = null;
  }

  /** Loads the stored settings; returns whether this is a first run. */
  async load(): Promise<{ readonly firstRun: boolean }> {
    const existed = await access(this.o.store.path).then(
      () => true,
      () => false,
    );
    const loaded = await this.o.store.load();
    this.#settings = loaded.settings;
    this.#notice = loaded.notice ? { code: loaded.notice.code, message: loaded.notice.message } : null;
    // First run: no file, or one that could not be used at all (defaults in use, the user told why).
    const usable = !loaded.notice || JSON.stringify(loaded.settings) !== JSON.stringify(DEFAULT_SETTINGS);
    return { firstRun: !existed || !usable };
  }

  /** Saves a few changed fields on top of the current settings. */
  async saveWith(change: Partial<Settings>): Promise<Answer<null>> {
    const saved = await this.save({ ...this.#settings, ...change });
    return saved.ok ? OK_NULL : saved;
  }

  /**
   * Writes the settings and applies what does not need a reconnect; when the server identity
   * (scheme, host, port, manager) changed, the password moves only if the user confirms.
   */
  async save(next: Settings, done: { readonly loginItemSet?: boolean } = {}): Promise<Saved> {
    const before = this.#settings;
    const written = await this.o.store.save(next);
    if (!written.ok)
      return { ok: false, error: { code: written.error.code, message: written.error.message } };
    const after = written.value;
    this.#settings = after;
    // The password belongs to its server: it goes to another only when the user confirms in main's dialog.
    await this.o.keychain.bindToServer(before, after, this.o.ports.passwordMove);
    if (before.globalShortcut !== after.globalShortcut) this.registerShortcut();
    if (before.dialShortcut !== after.dialShortcut) this.#registerDialShortcut();
    if (before.callLinks !== after.callLinks) this.#setCallLinks(after.callLinks);
    if (before.startAtLogin !== after.startAtLogin && done.loginItemSet !== true) {
      const set = await this.o.ports.loginItem.set(after.startAtLogin);
      if (!set.ok)
        this.o.logger.log('warn', 'Start at login could not be changed.', { code: set.error.code });
    }
    if (before.doNotDisturb !== after.doNotDisturb && after.doNotDisturb) this.o.clearPops();
    if (before.popStyle !== after.popStyle && after.popStyle === 'off') this.o.clearPops();
    return { ok: true, value: after };
  }

  /**
   * At start: the dial shortcut, and the call links when they are on. Off, the OS's handler is left
   * alone (off by default on first run: the app never takes over links the user did not give it).
   */
  applyDialing(): void {
    this.#registerDialShortcut();
    if (this.#settings.callLinks) this.#setCallLinks(true);
  }

  #registerDialShortcut(): void {
    const registered = this.o.ports.dialing?.shortcut.register(this.#settings.dialShortcut);
    if (registered && !registered.ok) {
      this.o.logger.log('warn', 'The dial shortcut could not be registered.', {
        code: registered.error.code,
      });
    }
  }

  #setCallLinks(enabled: boolean): void {
    const set = this.o.ports.dialing?.setCallLinks(enabled);
    if (set && !set.ok) {
      this.o.logger.log('warn', 'The call-link handler could not be changed.', { code: set.error.code });
    }
  }

  registerShortcut(): void {
    const registered = this.o.ports.shortcuts.register(this.#settings.globalShortcut);
    this.#shortcutProblem = registered.ok
      ? null
      : { code: registered.error.code, message: registered.error.message };
    if (!registered.ok) {
      this.o.logger.log('warn', 'The global shortcut could not be registered.', {
        code: registered.error.code,
      });
    }
  }
}
