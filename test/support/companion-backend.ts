/**
 * The real backend for browser tests: a `Companion` with recording desktop ports, in server mode
 * against a real demo server on 127.0.0.1 standing in for the customer's iSymphony server. The page
 * talks to it exactly as the preload would: every request goes through `companion.invoke` (which
 * validates), every state through `companion.onState`.
 *
 *   const real = await startCompanionBackend({ settings: { popStyle: 'window' } });
 *   const view = await harness.open(real.backend, { page: 'pop' });
 *   const caller = real.ring({ name: 'Ada', number: '+442079460018', did: '0800123456' });
 *   …
 *   await real.close();
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Companion } from '../../src-main/app/companion';
import type { CrmLookup } from '../../src-main/lookup/lookup-chain';
import type { DesktopPorts } from '../../src-main/app/ports';
import type { CallPipelineOptions } from '../../src-main/pipeline/call-pipeline';
import { startDemoServer, type DemoServer } from '../../src-main/demo-server';
import type { DialectName } from '../../src-main/demo-server/dialects';
import type { AnswerOf, AppState, ArgsOf, RequestChannel } from '../../src-main/ipc/contract';
import type { Segment } from '../../src-main/protocol/events';
import { MemorySecretStore } from '../../src-main/storage/secret-store';
import type { Settings } from '../../src-main/storage/settings-schema';
import type { RingTiming } from '../../src-main/app/ring-plan';
import { eventFactory, type EventFactory } from './events';
import type { RendererBackend } from './renderer-harness';
import { eventually } from './eventually';
import {
  recordingPorts,
  serverSettings,
  startCompanion,
  tempDir,
  type Recorded,
  type RecordingOptions,
} from './companion-harness';

export { CRM_URL } from './companion-harness';
export { eventually } from './eventually';

/** The PBX user (and extension) the Companion watches: one of the demo server's default users. */
export const ME = '4224';
export const MANAGER = 'manager';

/** Reconnects in milliseconds and no heartbeat in the way, so tests wait on behaviour, not on timers. */
export const FAST_TIMINGS = {
  backoff: { baseMs: 20, capMs: 200, floorMs: 5, stableAfterMs: 60_000 },
  heartbeat: { intervalMs: 60_000, timeoutMs: 60_000 },
  handshakeTimeoutMs: 3_000,
  closeWaitMs: 200,
} satisfies CallPipelineOptions['sessionTimings'];

export interface CompanionBackendOptions {
  /**
   * Changes to the server-mode settings (`serverSettings(demoServer.port)`: host 127.0.0.1, manager
   * "manager", user and extension 4224, one CRM template `CRM_URL`). `null`: save nothing, so the
   * Companion stays in its first run (setup, the built-in demo running).
   */
  readonly settings?: Partial<Settings> | null;
  /** The manager password the demo server accepts; default one made up for this backend. */
  readonly serverPassword?: string;
  /** The password stored through `setPassword`; default `serverPassword`; `null` stores none. */
  readonly storedPassword?: string | null;
  /** Wait for the connection to go live before resolving; default true when a password is stored. */
  readonly waitLive?: boolean;
  /** How long the connection may be lost before live calls show as unknown; default the pipeline's. */
  readonly connectionLostGraceMs?: number;
  /** The vocabulary the demo server speaks; default this project's model. */
  readonly dialect?: DialectName;
  /** How long "Detect call events" listens at most; default the app's. */
  readonly detectionListenMs?: number;
  /** How long a card that was missed, answered elsewhere or lost shows its outcome; default the app's. */
  readonly popOutcomeMs?: number;
  /**
   * Saving the server settings from the first run makes the app offer "Check that calls pop" once
   * the connection is live; by default the backend puts that offer away (as "Skip" does), so pages
   * open as they did before it. True keeps it.
   */
  readonly keepDetectionOffer?: boolean;
  /**
   * A phonebook file's text (CSV or vCard), imported before the page opens the way the window does
   * it: main's open dialog answers with this file, then `pickPhonebookFile` and `importPhonebook`.
   */
  readonly phonebook?: string;
  /** The lookup chain's CRM slot (a CRM lookup stand-in); default none. */
  readonly crmLookup?: CrmLookup;
  /** How long a card waits for a lookup; default the app's. */
  readonly lookupBudgetMs?: number;
  /** What the recording desktop ports answer (a shortcut taken by another app, the displays listed). */
  readonly recording?: RecordingOptions;
  /** How often the ring sound repeats and for how long; default the app's. */
  readonly ringTiming?: RingTiming;
  /** A machine-wide defaults file's text (given the demo server's port), written before the app starts. */
  readonly machineDefaults?: (demoPort: number) => string;
  /** The OS's preferred languages (Settings → Language "system" follows them); default `['en-GB']`. */
  readonly systemLanguages?: readonly string[];
}

export interface RingingCall {
  readonly caller: Segment;
  readonly callee: Segment;
  /** One of my phones answers. */
  answer(): void;
  /** The caller hangs up (a missed call if nobody answered). */
  hangup(): void;
}

export interface CompanionBackend {
  /** Hand this to `harness.open`. */
  readonly backend: RendererBackend;
  readonly companion: Companion;
  /** A request as a window sends it, typed by the request table (through `invoke`, which validates). */
  ask<C extends RequestChannel>(channel: C, ...request: ArgsOf<C>): Promise<AnswerOf<C>>;
  /** What the Companion asked of the desktop: `opened` links, `clipboard`, `shown` notices, `popWindow` and `tray` updates… */
  readonly ports: Recorded;
  readonly desktopPorts: DesktopPorts;
  readonly demoServer: DemoServer;
  readonly secretStore: MemorySecretStore;
  readonly dataDir: string;
  /** The password the demo server accepts (for tests that type it into the page). */
  readonly serverPassword: string;
  /** Every state pushed, in order. */
  readonly states: readonly AppState[];
  latest(): AppState;
  /** Polls until the check holds (5 s), naming what was awaited when it does not. */
  until(check: (state: AppState) => boolean, what: string): Promise<void>;
  /** Events with ids unique to this backend, for scripting calls beyond `ring`. */
  readonly events: EventFactory;
  /** What main's open dialog answers next: this file's path (written into the data folder), or cancelled (null). */
  chooseFile(text: string | null, name?: string): Promise<void>;
  /** What main's save dialog answers next: this name's path in the data folder (returned), or cancelled (null). */
  chooseSaveFile(name: string | null): string | null;
  /** The demo server rings my phone with this caller ID (raw, exactly as given: it may be hostile). */
  ring(caller: { name?: string | null; number?: string | null; did?: string | null }): RingingCall;
  close(): Promise<void>;
}

let backends = 0;

export async function startCompanionBackend(
  options: CompanionBackendOptions = {},
): Promise<CompanionBackend> {
  const serverPassword = options.serverPassword ?? `browser-e2e-Pa55-${process.pid}-${++backends}`;
  const demoServer = await startDemoServer({
    username: MANAGER,
    password: serverPassword,
    ...(options.dialect ? { dialect: options.dialect } : {}),
  });
  const data = await tempDir();
  const secretStore = new MemorySecretStore();
  const { ports: recordingDesktop, recorded } = recordingPorts(options.recording);
  // Main's open dialog, answered the way the test chose (the Electron runtime is the one thing faked).
  let chosenFile: string | null = null;
  let saveTarget: string | null = null;
  const desktopPorts: DesktopPorts = {
    ...recordingDesktop,
    fileChooser: { chooseFile: async () => chosenFile, chooseSaveFile: async () => saveTarget },
  };
  const chooseSaveFile = (name: string | null): string | null => {
    saveTarget = name === null ? null : join(data.dir, name);
    return saveTarget;
  };
  let machineDefaultsPath: string | undefined;
  if (options.machineDefaults !== undefined) {
    machineDefaultsPath = join(data.dir, 'machine-defaults.json');
    await writeFile(machineDefaultsPath, options.machineDefaults(demoServer.port), 'utf8');
  }
  const chooseFile = async (text: string | null, name = 'contacts.csv'): Promise<void> => {
    if (text === null) chosenFile = null;
    else {
      chosenFile = join(data.dir, name);
      await writeFile(chosenFile, text, 'utf8');
    }
  };
  const cleanups: (() => Promise<void>)[] = [() => demoServer.stop(), () => data.remove()];
  const close = async (): Promise<void> => {
    while (cleanups.length > 0) await cleanups.pop()!().catch(() => undefined);
  };

  try {
    const running = await startCompanion({
      dataDir: data.dir,
      ports: desktopPorts,
      secretStore,
      pipeline: {
        sessionTimings: FAST_TIMINGS,
        sweepIntervalMs: 60_000,
        restTimeoutMs: 2_000,
        ...(options.connectionLostGraceMs !== undefined
          ? { connectionLostGraceMs: options.connectionLostGraceMs }
          : {}),
      },
      connectionTestTimeoutMs: 3_000,
      systemLanguages: options.systemLanguages ?? ['en-GB'],
      ...(options.detectionListenMs !== undefined ? { detectionListenMs: options.detectionListenMs } : {}),
      ...(options.popOutcomeMs !== undefined ? { popOutcomeMs: options.popOutcomeMs } : {}),
      ...(options.lookupBudgetMs !== undefined ? { lookupBudgetMs: options.lookupBudgetMs } : {}),
      ...(options.crmLookup !== undefined ? { crmLookup: () => options.crmLookup ?? null } : {}),
      ...(options.ringTiming !== undefined ? { ringTiming: options.ringTiming } : {}),
      ...(machineDefaultsPath !== undefined ? { machineDefaultsPath } : {}),
      // First run starts the built-in demo; keep its own calls out of the way until settings are saved.
      demoTraffic: { users: ['demo'], callsPerMinute: 0.001 },
    });
    const { companion, states, latest } = running;
    cleanups.push(() => companion.stop());
    const ask = <C extends RequestChannel>(channel: C, ...request: ArgsOf<C>): Promise<AnswerOf<C>> =>
      // `invoke` answers untrusted senders with `unknown`; the table says what this channel answers.
      companion.invoke(channel, request[0]) as Promise<AnswerOf<C>>;

    const until = (check: (state: AppState) => boolean, what: string) =>
      eventually(() => check(latest()), what);

    const stored = options.storedPassword === undefined ? serverPassword : options.storedPassword;
    if (options.settings !== null) {
      // The way the app itself configures a server: the Settings screen's two requests.
      const settings = serverSettings(demoServer.port, options.settings ?? {});
      const saved = await ask('saveSettings', { settings });
      if (!saved.ok) throw new Error(`saveSettings was refused: ${JSON.stringify(saved)}`);
      if (stored !== null) {
        const set = await ask('setPassword', { password: stored });
        if (!set.ok) throw new Error(`setPassword was refused: ${JSON.stringify(set)}`);
      }
      if (options.waitLive ?? stored !== null) {
        // The first-run demo is live too until the switch: wait for this server's own socket, not any 'live'.
        await eventually(
          () =>
            latest().mode === 'server' &&
            latest().connection.state === 'live' &&
            demoServer.clients().some((client) => client.filters.length > 0),
          'the connection to the demo server to go live',
        );
      }
      if (!options.keepDetectionOffer) await ask('cancelDetection');
    }
    if (options.phonebook !== undefined) {
      await chooseFile(options.phonebook, 'phonebook-import.csv');
      const picked = await ask('pickPhonebookFile');
      if (!picked.ok || picked.value === null)
        throw new Error(`pickPhonebookFile: ${JSON.stringify(picked)}`);
      const imported = await ask('importPhonebook', { replace: true });
      if (!imported.ok) throw new Error(`importPhonebook was refused: ${JSON.stringify(imported)}`);
      await chooseFile(null);
    }

    const events = eventFactory({ prefix: `b${backends}-`, now: () => Date.now() });
    const send = (event: Parameters<DemoServer['emitEvent']>[0]) => void demoServer.emitEvent(event);

    return {
      backend: {
        invoke: (channel, request) => companion.invoke(channel, request),
        onState: (listener) => companion.onState(listener),
      },
      companion,
      ask,
      ports: recorded,
      desktopPorts,
      demoServer,
      secretStore,
      dataDir: data.dir,
      serverPassword,
      states,
      latest,
      until,
      events,
      chooseFile,
      chooseSaveFile,
      ring(spec) {
        const caller = events.external({
          ...(spec.name !== undefined ? { name: spec.name } : {}),
          ...(spec.number !== undefined ? { number: spec.number } : {}),
          ...(spec.did !== undefined ? { did: spec.did } : {}),
        });
        const callee = events.phone({ username: ME, extension: ME });
        send(events.dial(caller, callee));
        let answered = false;
        return {
          caller,
          callee,
          answer: () => {
            answered = true;
            send(events.link(caller, callee));
          },
          // The order the demo server's own scenarios use: the link ends, then the caller, then my phone.
          hangup: () => {
            if (answered) send(events.linkEnd(caller, callee));
            send(events.hangup(caller));
            send(events.hangup(callee));
          },
        };
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
