/**
 * What the Companion tests share: desktop ports that record what they were given, a data folder
 * of their own, settings written the way the app writes them, and a started Companion (its randomness
 * seeded).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ok, type Problem, type Result } from '../../src-main/common/result';
import { Secret } from '../../src-main/common/secret';
import type { CallView, DisplayView } from '../../src-main/ipc/contract';
import type { AppState } from '../../src-main/ipc/contract';
import type { DesktopPorts, PopNotice, TrayView } from '../../src-main/app/ports';
import type { Companion } from '../../src-main/app/companion';
import type { CompanionOptions } from '../../src-main/app/companion-options';
import { createCompanion } from '../../src-main/app/create-companion';
import { accountFor, MemorySecretStore, type SecretStore } from '../../src-main/storage/secret-store';
import { defaultSettings, type Settings } from '../../src-main/storage/settings-schema';
import { SettingsStore } from '../../src-main/storage/settings-store';
import type { Cleanup } from './cleanup';
import { eventually } from './eventually';
import { seededRandom } from './random';
import { recordingLogger } from './recording-logger';

export interface Recorded {
  readonly opened: string[];
  readonly clipboard: string[];
  readonly shown: PopNotice[];
  readonly closed: string[];
  /** Missed-call notifications shown, and the call ids of those withdrawn. */
  readonly missedShown: PopNotice[];
  readonly missedClosed: string[];
  readonly popWindow: (readonly CallView[])[];
  readonly tray: TrayView[];
  readonly loginItem: boolean[];
  readonly shortcuts: (string | null)[];
  /** Dialling from outside a window: the notices said, the numbers asked about, the link handler, the dial shortcut. */
  readonly said: { readonly title: string; readonly body: string }[];
  readonly asked: string[];
  readonly callLinks: boolean[];
  readonly dialShortcuts: (string | null)[];
}

export interface RecordingOptions {
  readonly loginItem?: () => Result<null, Problem>;
  readonly shortcut?: (accelerator: string | null) => Result<null, Problem>;
  /** The displays the shell lists (Settings → Pops); left out, the ports have no display list. */
  readonly displays?: readonly DisplayView[];
  /** What the clipboard holds when the dial shortcut reads it (default ''). */
  readonly clipboardText?: () => string;
  /** The user's answer to "Call this number?" (default no). */
  readonly confirmDial?: (number: string) => boolean;
}

export function recordingPorts(options: RecordingOptions = {}): { ports: DesktopPorts; recorded: Recorded } {
  const recorded: Recorded = {
    opened: [],
    clipboard: [],
    shown: [],
    closed: [],
    missedShown: [],
    missedClosed: [],
    popWindow: [],
    tray: [],
    loginItem: [],
    shortcuts: [],
    said: [],
    asked: [],
    callLinks: [],
    dialShortcuts: [],
  };
  const ports: DesktopPorts = {
    urlOpener: {
      async open(url) {
        recorded.opened.push(url);
        return ok(null);
      },
    },
    clipboard: { writeText: (text) => void recorded.clipboard.push(text) },
    notifier: {
      show: (notice) => void recorded.shown.push(notice),
      close: (callId) => void recorded.closed.push(callId),
    },
    missedNotifier: {
      showMissed: (notice) => void recorded.missedShown.push(notice),
      closeMissed: (callId) => void recorded.missedClosed.push(callId),
    },
    popWindow: { update: (pops) => void recorded.popWindow.push(pops) },
    tray: { update: (view) => void recorded.tray.push(view) },
    loginItem: {
      async set(enabled) {
        recorded.loginItem.push(enabled);
        return options.loginItem?.() ?? ok(null);
      },
    },
    shortcuts: {
      register(accelerator) {
        recorded.shortcuts.push(accelerator);
        return options.shortcut?.(accelerator) ?? ok(null);
      },
    },
    dialing: {
      say: (title, body) => void recorded.said.push({ title, body }),
      readClipboard: async () => options.clipboardText?.() ?? '',
      async confirmDial(number) {
        recorded.asked.push(number);
        return options.confirmDial?.(number) ?? false;
      },
      setCallLinks(enabled) {
        recorded.callLinks.push(enabled);
        return ok(null);
      },
      shortcut: {
        register(accelerator) {
          recorded.dialShortcuts.push(accelerator);
          return ok(null);
        },
      },
    },
    ...(options.displays ? { displays: { list: () => options.displays ?? [] } } : {}),
  };
  return { ports, recorded };
}

export { recordingLogger };

export async function tempDir(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'companion-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export const CRM_URL = 'https://crm.example.com/calls/new?from={number}&name={name}&line={did}';

/** Settings for server mode against a demo server on 127.0.0.1, watching one user's extension. */
export function serverSettings(port: number, overrides: Partial<Settings> = {}): Settings {
  return {
    ...defaultSettings(),
    mode: 'server',
    server: { host: '127.0.0.1', port, tls: false, trustedCertificateSha256: null },
    managerUser: 'manager',
    isymphonyUser: '4224',
    extensions: ['4224'],
    crm: {
      templates: [{ id: 'crm', label: 'CRM', url: CRM_URL, autoOpen: 'never', rules: {} }],
      defaultCountry: 'GB',
    },
    ...overrides,
  };
}

export async function writeSettings(dir: string, settings: Settings): Promise<void> {
  const saved = await new SettingsStore({ dataDir: dir }).save(settings);
  if (!saved.ok) throw new Error(saved.error.message);
}

export async function storePassword(store: SecretStore, settings: Settings, password: string) {
  const account = accountFor({
    manager: settings.managerUser,
    host: settings.server.host,
    port: settings.server.port,
  });
  const set = await store.set(account, new Secret(password));
  if (!set.ok) throw new Error(set.error.message);
}

/** A started Companion whose every state push is kept. */
export interface Running {
  readonly companion: Companion;
  readonly states: AppState[];
  readonly latest: () => AppState;
}

/** The seed of every test Companion's randomness (backoff jitter, demo traffic), unless a test passes its own. */
export const COMPANION_SEED = 20261202;

export async function startCompanion(options: CompanionOptions): Promise<Running> {
  return started(createCompanion({ random: seededRandom(COMPANION_SEED), ...options }));
}

/** Starts a built Companion and keeps its every state push. */
async function started(companion: Companion): Promise<Running> {
  const states: AppState[] = [];
  companion.onState((state) => states.push(state));
  await companion.start();
  // start() ends with a change; its (coalesced) push follows within the interval.
  const before = states.length;
  await eventually(() => states.length > before, 'the first state push after start');
  return { companion, states, latest: () => states.at(-1)! };
}

export interface CompanionSetup {
  readonly cleanups: Cleanup[];
  /** The data folder (a restart reuses one); by default one of its own, removed by the cleanups. */
  readonly dir?: string;
  /** Written to the data folder before the start; without them the Companion starts as on a first run. */
  readonly settings?: Settings;
  /** The manager password, stored in the keychain for the settings' account. */
  readonly password?: string;
  /** The keychain; by default an empty one in memory. */
  readonly secretStore?: SecretStore;
  /** Seams and tuning for the Companion itself (e.g. a shorter pop outcome time, a logger). */
  readonly options?: Omit<CompanionOptions, 'dataDir' | 'ports' | 'secretStore'>;
  /** Ports that replace the recording ones (e.g. the password-move dialog). */
  readonly ports?: Partial<DesktopPorts>;
  /** What the recording ports answer (the clipboard, the dial question). */
  readonly recording?: RecordingOptions;
}

/**
 * A Companion on a data folder, with its settings and password stored and ports that record:
 * built, not started (a test on a fake clock starts it and moves the clock itself). The cleanups
 * stop it (once, whoever asks first: `stop` is for a restart) and remove a folder it made.
 */
export async function builtCompanion(setup: CompanionSetup) {
  let dir = setup.dir;
  if (dir === undefined) {
    const data = await tempDir();
    setup.cleanups.push(data.remove);
    dir = data.dir;
  }
  if (setup.settings) await writeSettings(dir, setup.settings);
  const secretStore = setup.secretStore ?? new MemorySecretStore();
  if (setup.settings && setup.password !== undefined) {
    await storePassword(secretStore, setup.settings, setup.password);
  }
  const { ports, recorded } = recordingPorts(setup.recording);
  const companion = createCompanion({
    random: seededRandom(COMPANION_SEED),
    dataDir: dir,
    ports: { ...ports, ...setup.ports },
    secretStore,
    ...setup.options,
  });
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => (stopping ??= companion.stop());
  setup.cleanups.push(stop);
  return { companion, recorded, dir, secretStore, stop };
}

/** `builtCompanion`, started (its first state push seen). */
export async function companionIn(setup: CompanionSetup) {
  const built = await builtCompanion(setup);
  const running = await started(built.companion);
  return { ...running, ...built };
}

export interface ServerCompanionSetup extends Omit<CompanionSetup, 'settings' | 'password' | 'dir'> {
  /** The demo server's port, standing in for the user's iSymphony server. */
  readonly port: number;
  /** The manager password, stored in a memory keychain for the settings' account. */
  readonly password: string;
  readonly overrides?: Partial<Settings>;
}

/** `builtCompanion` in server mode against the demo server on `port`, on a data folder of its own. */
export async function builtServerCompanion(setup: ServerCompanionSetup) {
  const settings = serverSettings(setup.port, setup.overrides);
  const built = await builtCompanion({ ...setup, settings });
  return { ...built, settings };
}

/** `builtServerCompanion`, started (not yet live). */
export async function serverCompanion(setup: ServerCompanionSetup) {
  const built = await builtServerCompanion(setup);
  const running = await started(built.companion);
  return { ...running, ...built };
}

/** `serverCompanion`, once its connection is live. */
export async function liveServerCompanion(setup: ServerCompanionSetup) {
  const running = await serverCompanion(setup);
  await eventually(() => running.latest().connection.state === 'live', 'the connection to go live');
  return running;
}
