/**
 * The settings as the app holds them, and what saving them does besides writing the file: the
 * password stays with its server (see password-binding.ts), the global shortcut and start-at-login are applied,
 * and pops go when do-not-disturb comes on or pops are switched off. What needs a reconnect is left
 * to the connection.
 */
import { access } from 'node:fs/promises';
import type { Logger } from '../common/log';
import type { Problem } from '../common/result';
import { problemSaid } from '../i18n/english';
import { textOf } from '../i18n/message-ref';
import type { Answer, FieldProblem, ManagedSettingsView } from '../ipc/contract';
import {
  firstRunSettings,
  lockedChanges,
  readMachineDefaults,
  withLocked,
  type MachineDefaults,
} from '../storage/machine-defaults';
import { DEFAULT_SETTINGS, type Settings } from '../storage/settings-schema';
import type { SettingsStore } from '../storage/settings-store';
import { OK_NULL } from './answers';
import type { Keychain } from './keychain';
import type { DesktopPorts } from './ports';

/** Where the shell looks for the administrator's defaults file on this OS. */
export { machineDefaultsPath } from '../storage/machine-defaults';

export type Saved =
  | { readonly ok: true; readonly value: Settings }
  | { readonly ok: false; readonly error: Problem; readonly fields?: readonly FieldProblem[] };

export interface SettingsKeeperOptions {
  readonly store: SettingsStore;
  readonly keychain: Pick<Keychain, 'bindToServer'>;
  readonly ports: Pick<DesktopPorts, 'shortcuts' | 'loginItem' | 'passwordMove' | 'dialing'>;
  /** Every card and ringing notification goes. */
  readonly clearPops: () => void;
  readonly logger: Logger;
  /** The administrator's defaults file (storage/machine-defaults.ts); none when left out. */
  readonly machineDefaultsPath?: string;
}

export class SettingsKeeper {
  #settings: Settings = structuredClone(DEFAULT_SETTINGS);
  #notice: Problem | null = null;
  #machine: MachineDefaults | null = null;
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

  /** The administrator's defaults file as read at start; null when none. */
  get machineDefaults(): MachineDefaults | null {
    return this.#machine;
  }

  /** The administrator's defaults in use, for the screens; null when none. */
  get managed(): ManagedSettingsView | null {
    const machine = this.#machine;
    return machine ? { path: machine.path, locked: machine.locked } : null;
  }

  /** Loads the stored settings; returns whether this is a first run. */
  async load(): Promise<{ readonly firstRun: boolean }> {
    const existed = await access(this.o.store.path).then(
      () => true,
      () => false,
    );
    const machine = await this.#loadMachineDefaults();
    const loaded = await this.o.store.load();
    // A first run starts from the administrator's defaults; locked settings always come from them.
    const base = !existed && machine ? firstRunSettings(machine) : loaded.settings;
    this.#settings = withLocked(base, machine);
    this.#notice = loaded.notice
      ? { code: loaded.notice.code, message: loaded.notice.message }
      : this.#notice;
    // First run: no file, or one that could not be used at all (defaults in use, the user told why).
    const usable = !loaded.notice || JSON.stringify(loaded.settings) !== JSON.stringify(DEFAULT_SETTINGS);
    // An administrator who chose the mode chose for the first run too: no "server or demo?" question.
    const chosen = machine?.given.includes('mode') === true;
    return { firstRun: (!existed || !usable) && !chosen };
  }

  async #loadMachineDefaults(): Promise<MachineDefaults | null> {
    this.#machine = null;
    const path = this.o.machineDefaultsPath;
    if (path === undefined) return null;
    const read = await readMachineDefaults(path);
    if (!read.ok) {
      this.o.logger.log('warn', 'The machine-wide defaults file was not used.', { code: read.error.code });
      this.#notice = { code: read.error.code, message: read.error.message };
      return null;
    }
    this.#machine = read.value;
    return read.value;
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
    const locked = lockedChanges(next, this.#machine);
    if (locked.length > 0) {
      const first = locked[0];
      return {
        ok: false,
        error: problemSaid('settings-locked', 'validation.lockedSummary', {
          count: locked.length,
          detail: first?.text ?? first?.message ?? '',
        }),
        fields: locked.map((f) => ({ path: f.path, message: f.message, ...textOf(f) })),
      };
    }
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
