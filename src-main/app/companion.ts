/**
 * The Companion: composes settings, history, the keychain, the call pipeline (or the demo server)
 * and the desktop ports; owns the app state; implements the IPC contract. Plain Node: the shell
 * hands in the OS through `DesktopPorts`. See docs/companion.md.
 */
import { access } from 'node:fs/promises';
import type { CallChange, CallRecord } from '../calls/types';
import { systemClock, type Clock, type Random } from '../common/clock';
import { redactingLogger, silentLogger, type Logger } from '../common/log';
import { problem, type Problem, type Result } from '../common/result';
import { Secret } from '../common/secret';
import { buildLink } from '../crm/link';
import { previewLink } from '../crm/preview';
import type { CrmTemplate, LinkCall, RuleCall } from '../crm/types';
import { startDemoServer as realStartDemoServer, type TrafficOptions } from '../demo-server';
import type {
  Answer,
  AnswerOf,
  AppState,
  CallView,
  ConnectionTestResult,
  ConnectionView,
  HistoryPage,
  KeychainView,
  RequestChannel,
  StatusChange,
} from '../ipc/contract';
import { LiveApiClient } from '../live-api/client';
import { CallPipeline, type CallPipelineOptions, type PipelineConnection } from '../pipeline/call-pipeline';
import { checkConnection } from '../pipeline/connection-check';
import { PresenceTracker } from '../presence/presence-tracker';
import type { ProtocolProfile } from '../protocol/profile';
import type { HistoryEntry } from '../storage/history-entry';
import { HistoryStore, MAX_PAGE } from '../storage/history-store';
import {
  ChoosableSecretStore,
  KeytarSecretStore,
  type KeychainProblem,
  type SecretStore,
} from '../storage/secret-store';
import { DEFAULT_SETTINGS, validateSettings, type Settings } from '../storage/settings-schema';
import { SettingsStore } from '../storage/settings-store';
import { autoOpenOf, isAutoOpenMoment } from './auto-open';
import {
  crmOffer,
  historyEntryOf,
  remoteOf,
  ruleCallOfEntry,
  ruleCallOfRecord,
  viewOfEntry,
  viewOfRecord,
} from './call-view';
import {
  DEMO_STARTING,
  NO_SERVER_CHOSEN,
  NOT_STARTED,
  STOPPED,
  notConnecting,
  passwordMissing,
  viewOfSession,
} from './connection-view';
import { DEMO_USER, startDemo, type DemoRun, type StartDemoServer } from './demo-mode';
import { isRequestChannel, parseRequest, type ParsedRequest } from './ipc-schemas';
import { PopDeck } from './pop-deck';
import { popNotice } from './pop-notice';
import type { DesktopPorts, TrayView } from './ports';
import { presenceViewOf, STATUS_CHOICES } from './presence-view';
import { accountOf, serverPlan } from './server-connection';
import type { CompanionForShell } from './shell-facing';
import { StatePublisher } from './state-publisher';
import { trayView } from './tray-view';

export interface CompanionOptions {
  /** The app's data folder (settings.json, history.jsonl). */
  readonly dataDir: string;
  readonly ports: DesktopPorts;
  readonly logger?: Logger;
  /** `process.platform`-like: picks the keychain's sentences. */
  readonly platform?: NodeJS.Platform;
  readonly appVersion?: string;
  /** Default: the OS keychain through keytar. The user may switch to memory-only when it is unavailable. */
  readonly secretStore?: SecretStore;
  readonly clock?: Clock;
  readonly random?: Random;
  /** Seam for demo mode; default the real demo server. */
  readonly startDemoServer?: StartDemoServer;
  /** Demo traffic pacing (tests make it fast); default a call about every five seconds. */
  readonly demoTraffic?: TrafficOptions;
  /** Pipeline tuning for tests: session timings, sweep interval, REST timeout. */
  readonly pipeline?: Pick<CallPipelineOptions, 'sessionTimings' | 'sweepIntervalMs' | 'restTimeoutMs'>;
  /** How long "Test connection" waits for the socket to open (default 10 s). */
  readonly connectionTestTimeoutMs?: number;
  /** How long a status change waits for the server's event before a re-read decides (default 5 s). */
  readonly presenceConfirmTimeoutMs?: number;
}

type Mode = AppState['mode'];
type Handlers = { [C in RequestChannel]: (request: ParsedRequest<C>) => Promise<AnswerOf<C>> };

const OK_NULL: Answer<null> = Object.freeze({ ok: true, value: null });

function fail(code: string, message: string): { ok: false; error: Problem } {
  return { ok: false, error: problem(code, message) };
}

/** How many secrets the log scrubber remembers (the current password, the demo's, recent tests). */
const REMEMBERED_SECRETS = 8;

export function createCompanion(options: CompanionOptions): Companion {
  return new Companion(options);
}

export class Companion implements CompanionForShell {
  readonly #ports: DesktopPorts;
  readonly #clock: Clock;
  readonly #random: Random;
  readonly #logger: Logger;
  readonly #settingsStore: SettingsStore;
  readonly #history: HistoryStore;
  readonly #secrets: ChoosableSecretStore;
  readonly #startDemoServer: StartDemoServer;
  readonly #options: CompanionOptions;
  readonly #publisher: StatePublisher<AppState>;
  readonly #handlers: Handlers;
  /** Secrets in play, so the logger can scrub them should one ever slip into a line. */
  readonly #known: Secret[] = [];

  #started = false;
  #stopping = false;
  #queue: Promise<unknown> = Promise.resolve();

  #mode: Mode = 'setup';
  #settings: Settings = structuredClone(DEFAULT_SETTINGS);
  #settingsNotice: Problem | null = null;
  /** First run, "connect to my server" chosen: the demo runs until settings are saved. */
  #serverChosen = false;
  #demoWanted = false;
  #demo: DemoRun | null = null;
  #connection: ConnectionView = NOT_STARTED;
  #keychain: KeychainView = { passwordStored: false, where: 'none', problem: null };

  #pipeline: CallPipeline | null = null;
  #pipelineKind: 'demo' | 'server' | null = null;
  #pipelineConnection: PipelineConnection | null = null;
  #pipelineProfile: ProtocolProfile | null = null;
  #pipelineOff: (() => void)[] = [];

  /** The user's presence on the pipeline's server; a new one for every new connection. */
  #presence: PresenceTracker | null = null;
  #presenceOff: (() => void)[] = [];
  /** The confirmed status is Do Not Disturb and the settings follow it. */
  #presenceDnd = false;
  /** A status change refused before anything was sent (the tracker shows only what it sent). */
  #statusRefusal: Problem | null = null;

  /** Live calls by id, in the order they first concerned me. */
  readonly #live = new Map<string, CallRecord>();
  readonly #deck = new PopDeck();
  /** Calls a pop was shown for (live ones only; the history keeps the flag after). */
  readonly #popped = new Set<string>();
  /** Popped calls still ringing: their notification is withdrawn when they stop. */
  readonly #ringingNotices = new Set<string>();
  readonly #autoOpened = new Set<string>();
  #historyVersion = 0;

  #lastTray = '';
  #lastPopWindow = '';

  constructor(options: CompanionOptions) {
    this.#options = options;
    this.#ports = options.ports;
    this.#clock = options.clock ?? systemClock;
    this.#random = options.random ?? Math.random;
    this.#logger = redactingLogger(options.logger ?? silentLogger, () => this.#known.map((s) => s.reveal()));
    this.#settingsStore = new SettingsStore({
      dataDir: options.dataDir,
      clock: this.#clock,
      logger: this.#logger,
    });
    this.#history = new HistoryStore({ dataDir: options.dataDir, logger: this.#logger });
    const platform = options.platform ?? process.platform;
    this.#secrets = new ChoosableSecretStore(
      options.secretStore ?? new KeytarSecretStore({ platform, logger: this.#logger }),
    );
    this.#startDemoServer = options.startDemoServer ?? realStartDemoServer;
    this.#publisher = new StatePublisher(
      () => this.#snapshot(),
      this.#clock,
      this.#logger,
      (state) => this.#afterPush(state),
    );
    this.#handlers = this.#makeHandlers();
  }

  // ── life cycle ──────────────────────────────────────────────────────────────────────────────

  async start(): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    await this.#serial(async () => {
      const existed = await access(this.#settingsStore.path).then(
        () => true,
        () => false,
      );
      const loaded = await this.#settingsStore.load();
      this.#settings = loaded.settings;
      this.#settingsNotice = loaded.notice
        ? { code: loaded.notice.code, message: loaded.notice.message }
        : null;
      // First run: no file, or one that could not be used at all (defaults in use, the user told why).
      const usable = !loaded.notice || JSON.stringify(loaded.settings) !== JSON.stringify(DEFAULT_SETTINGS);
      const firstRun = !existed || !usable;
      this.#mode = firstRun ? 'setup' : this.#settings.mode;
      this.#demoWanted = firstRun || this.#settings.mode === 'demo';
      const history = await this.#history.load();
      if (!history.ok) this.#logger.log('warn', 'History could not be loaded.', { code: history.error.code });
      this.#registerShortcut();
      await this.#refreshKeychain();
      await this.#applyConnection();
      this.#logger.log('info', 'Companion started.', { mode: this.#mode, version: this.#options.appVersion });
    });
    this.#changed();
  }

  async stop(): Promise<void> {
    if (this.#stopping) return;
    this.#stopping = true;
    await this.#serial(async () => {
      await this.#dropPipeline();
      await this.#stopDemoServer();
      this.#connection = STOPPED;
    });
    await this.#history.close();
    this.#publisher.close();
  }

  onState(listener: (state: AppState) => void): () => void {
    return this.#publisher.subscribe(listener);
  }

  suspend(): void {
    void this.#pipeline?.suspend();
  }

  resume(): void {
    this.#pipeline?.resume();
  }

  networkOnline(): void {
    this.#pipeline?.networkOnline();
  }

  // ── requests ────────────────────────────────────────────────────────────────────────────────

  /** One request from a verified sender. Never throws: every failure is an answer. */
  async invoke(channel: RequestChannel, request: unknown): Promise<unknown> {
    try {
      if (!isRequestChannel(channel)) {
        return fail('unknown-channel', 'The app does not know that request; update the app if this repeats.');
      }
      const parsed = parseRequest(channel, request);
      if (!parsed.ok) {
        if (channel === 'testConnection') {
          return {
            ok: false,
            code: parsed.error.error.code,
            message: parsed.error.error.message,
            fields: parsed.error.fields,
          } satisfies ConnectionTestResult;
        }
        return { ok: false, error: parsed.error.error, fields: parsed.error.fields };
      }
      const handler = this.#handlers[channel] as (request: unknown) => Promise<unknown>;
      return await handler(parsed.value);
    } catch (error) {
      this.#logger.log('error', 'A request failed unexpectedly.', {
        channel: typeof channel === 'string' ? channel.slice(0, 40) : 'not-text',
        error: error instanceof Error ? error.message.slice(0, 300) : 'unknown',
      });
      return fail(
        'internal-error',
        'Something went wrong in the app; try again, and restart it if this repeats.',
      );
    }
  }

  openCrm(callId: string, templateId?: string): Promise<Answer<null>> {
    return this.#openCrm(callId, templateId);
  }

  async openNewestRingingCrm(): Promise<Answer<null>> {
    let newest: CallRecord | null = null;
    for (const call of this.#live.values()) {
      if (call.state !== 'ringing' || call.direction !== 'inbound') continue;
      if (newest === null || call.ringingSince >= newest.ringingSince) newest = call;
    }
    if (newest === null) return fail('no-ringing-call', 'No call is ringing right now.');
    return this.#openCrm(newest.id);
  }

  setDoNotDisturb(enabled: boolean): Promise<Answer<null>> {
    return this.#serial(async () => {
      const saved = await this.#saveWith({ doNotDisturb: enabled });
      if (!saved.ok) return saved;
      await this.#pipeline?.configure({ dnd: this.#dndNow() });
      if (enabled) this.#clearPops();
      this.#changed();
      return OK_NULL;
    });
  }

  setStartAtLogin(enabled: boolean): Promise<Answer<null>> {
    return this.#serial(async () => {
      const set = await this.#ports.loginItem.set(enabled);
      if (!set.ok) return { ok: false, error: set.error };
      const saved = await this.#save({ ...this.#settings, startAtLogin: enabled }, { loginItemSet: true });
      this.#changed();
      return saved.ok ? OK_NULL : saved;
    });
  }

  async setStatus(change: StatusChange): Promise<Answer<null>> {
    const tracker = this.#presence;
    this.#statusRefusal = null;
    if (!tracker) {
      return this.#refuseStatus(
        problem(
          'presence-unavailable',
          'Your status can be changed once the app is connected to your server; check the connection first.',
        ),
      );
    }
    const result = await tracker.set(change);
    if (result.ok) return OK_NULL;
    const why: Problem = { code: result.error.code, message: result.error.message };
    const shown = tracker.state.problem;
    // The tracker shows what went wrong with a change it sent; a change it refused (no user, not
    // known yet, a bad return time) it does not, so the Companion does. A superseded change is no news.
    const told = shown !== undefined && shown.code === why.code && shown.message === why.message;
    if (!told && why.code !== 'superseded' && why.code !== 'stopped' && this.#presence === tracker) {
      return this.#refuseStatus(why);
    }
    return { ok: false, error: why };
  }

  #refuseStatus(why: Problem): Answer<null> {
    this.#statusRefusal = why;
    this.#changed();
    return { ok: false, error: why };
  }

  #makeHandlers(): Handlers {
    return {
      getState: async () => this.#snapshot(),
      chooseMode: (r) => this.#serial(() => this.#chooseMode(r.mode)),
      saveSettings: (r) => this.#serial(() => this.#saveSettings(r.settings)),
      setPassword: (r) => this.#serial(() => this.#setPassword(r.password, r.memoryOnly === true)),
      testConnection: (r) => this.#testConnection(r.settings, r.password),
      retryNow: () =>
        this.#serial(async () => {
          if (this.#pipeline) this.#pipeline.retryNow();
          else await this.#applyConnection();
          this.#changed();
          return OK_NULL;
        }),
      openCrm: (r) => this.#openCrm(r.callId, r.templateId),
      copyNumber: async (r) => this.#copyNumber(r.callId),
      dismissPop: async (r) => {
        if (this.#deck.remove(r.callId)) this.#closeNotice(r.callId);
        this.#changed();
        return OK_NULL;
      },
      dismissAllPops: async () => {
        this.#clearPops();
        this.#changed();
        return OK_NULL;
      },
      setDoNotDisturb: (r) => this.setDoNotDisturb(r.enabled),
      startDemo: () => this.#serial(() => this.#startDemoMode()),
      stopDemo: () => this.#serial(() => this.#stopDemoMode()),
      queryHistory: async (r) => this.#queryHistory(r),
      clearHistory: async () => {
        const cleared = await this.#history.clear();
        if (!cleared.ok) return { ok: false, error: cleared.error };
        this.#historyVersion += 1;
        this.#changed();
        return OK_NULL;
      },
      setStatus: (r) =>
        this.setStatus({
          type: r.type,
          ...(r.name !== undefined ? { name: r.name } : {}),
          ...(r.note !== undefined ? { note: r.note } : {}),
          ...(r.returnTime !== undefined ? { returnTime: r.returnTime } : {}),
        }),
      previewCrmLink: async (r) => {
        const preview = previewLink(r.url, undefined, { defaultCountry: this.#settings.crm.defaultCountry });
        return preview.ok ? { ok: true, value: preview.link } : fail('template-refused', preview.reason);
      },
    };
  }

  // ── modes ───────────────────────────────────────────────────────────────────────────────────

  async #chooseMode(mode: 'demo' | 'server'): Promise<Answer<null>> {
    if (mode === 'demo') {
      const saved = await this.#saveWith({ mode: 'demo' });
      if (!saved.ok) return saved;
      this.#mode = 'demo';
      this.#serverChosen = false;
      this.#demoWanted = true;
    } else if (this.#mode === 'setup') {
      // The demo keeps running while the user fills in the server; saving settings switches over.
      this.#serverChosen = true;
    } else {
      const saved = await this.#saveWith({ mode: 'server' });
      if (!saved.ok) return saved;
      this.#mode = 'server';
      this.#demoWanted = false;
    }
    await this.#applyConnection();
    await this.#refreshKeychain();
    this.#changed();
    return OK_NULL;
  }

  async #startDemoMode(): Promise<Answer<null>> {
    this.#demoWanted = true;
    if (this.#mode === 'server') {
      const saved = await this.#saveWith({ mode: 'demo' });
      if (!saved.ok) return saved;
      this.#mode = 'demo';
    }
    await this.#applyConnection();
    this.#changed();
    return this.#demo
      ? OK_NULL
      : { ok: false, error: { code: this.#connection.code, message: this.#connection.message } };
  }

  async #stopDemoMode(): Promise<Answer<null>> {
    this.#demoWanted = false;
    if (this.#mode === 'demo') {
      const saved = await this.#saveWith({ mode: 'server' });
      if (!saved.ok) return saved;
      this.#mode = 'server';
    }
    await this.#applyConnection();
    await this.#refreshKeychain();
    this.#changed();
    return OK_NULL;
  }

  // ── settings and the keychain ───────────────────────────────────────────────────────────────

  async #saveSettings(input: unknown): Promise<Answer<null>> {
    const valid = validateSettings(input);
    if (!valid.ok) {
      return {
        ok: false,
        error: { code: valid.error.code, message: valid.error.message },
        fields: valid.error.fields.map((f) => ({ path: f.path, message: f.message })),
      };
    }
    let next = valid.value;
    if (this.#mode === 'setup' && this.#serverChosen) next = { ...next, mode: 'server' };
    const saved = await this.#save(next);
    if (!saved.ok) return saved;
    if (this.#mode === 'setup') {
      this.#serverChosen = false;
      this.#demoWanted = saved.value.mode === 'demo' || this.#demoWanted;
    }
    this.#mode = saved.value.mode;
    if (this.#mode === 'server') this.#demoWanted = false;
    this.#settingsNotice = null;
    await this.#applyConnection();
    await this.#refreshKeychain();
    this.#changed();
    return OK_NULL;
  }

  /** Saves a few changed fields on top of the current settings. */
  async #saveWith(change: Partial<Settings>): Promise<Answer<null>> {
    const saved = await this.#save({ ...this.#settings, ...change });
    return saved.ok ? OK_NULL : saved;
  }

  /**
   * Writes the settings and applies what does not need a reconnect; moves the keychain entry when
   * the account (manager, host, port) changed, so the password follows the server.
   */
  async #save(
    next: Settings,
    done: { readonly loginItemSet?: boolean } = {},
  ): Promise<{ ok: true; value: Settings } | { ok: false; error: Problem }> {
    const before = this.#settings;
    const written = await this.#settingsStore.save(next);
    if (!written.ok)
      return { ok: false, error: { code: written.error.code, message: written.error.message } };
    const after = written.value;
    this.#settings = after;
    const from = accountOf(before);
    const to = accountOf(after);
    if (from !== to) {
      const moved = await this.#secrets.move(from, to);
      if (!moved.ok) {
        this.#logger.log('warn', 'The password could not follow the new server account.', {
          code: moved.error.code,
        });
        this.#keychain = { ...this.#keychain, problem: moved.error };
      }
    }
    if (before.globalShortcut !== after.globalShortcut) this.#registerShortcut();
    if (before.startAtLogin !== after.startAtLogin && done.loginItemSet !== true) {
      const set = await this.#ports.loginItem.set(after.startAtLogin);
      if (!set.ok) this.#logger.log('warn', 'Start at login could not be changed.', { code: set.error.code });
    }
    if (before.doNotDisturb !== after.doNotDisturb && after.doNotDisturb) this.#clearPops();
    if (before.popStyle !== after.popStyle && after.popStyle === 'off') this.#clearPops();
    return { ok: true, value: after };
  }

  async #setPassword(
    password: string,
    memoryOnly: boolean,
  ): Promise<Answer<{ where: 'keychain' | 'memory' }>> {
    const secret = new Secret(password);
    this.#remember(secret);
    if (memoryOnly) this.#secrets.useMemoryForThisRun();
    const stored = await this.#secrets.set(accountOf(this.#settings), secret);
    if (!stored.ok) {
      this.#keychain = { passwordStored: false, where: 'none', problem: stored.error };
      this.#changed();
      return { ok: false, error: stored.error };
    }
    const where = this.#secrets.where;
    this.#keychain = { passwordStored: true, where, problem: null };
    await this.#applyConnection();
    this.#changed();
    return { ok: true, value: { where } };
  }

  async #refreshKeychain(): Promise<void> {
    const found = await this.#secrets.get(accountOf(this.#settings));
    this.#keychain = found.ok
      ? {
          passwordStored: found.value !== null,
          where: found.value !== null ? this.#secrets.where : 'none',
          problem: null,
        }
      : { passwordStored: false, where: 'none', problem: found.error };
    if (found.ok && found.value) this.#remember(found.value);
  }

  #remember(secret: Secret): void {
    if (secret.isEmpty || this.#known.some((s) => s.equals(secret))) return;
    this.#known.push(secret);
    if (this.#known.length > REMEMBERED_SECRETS) this.#known.shift();
  }

  #registerShortcut(): void {
    const registered = this.#ports.shortcuts.register(this.#settings.globalShortcut);
    if (!registered.ok) {
      this.#logger.log('warn', 'The global shortcut could not be registered.', {
        code: registered.error.code,
      });
    }
  }

  // ── the connection ──────────────────────────────────────────────────────────────────────────

  /** Brings the demo server and the pipeline in line with the mode and settings. Runs in the queue. */
  async #applyConnection(): Promise<void> {
    if (this.#stopping) return;
    const want = this.#mode === 'server' ? 'server' : this.#demoWanted ? 'demo' : 'none';
    if (want !== 'demo') await this.#stopDemoServer();
    if (want === 'none') {
      await this.#dropPipeline();
      this.#connection = NO_SERVER_CHOSEN;
      return;
    }
    if (want === 'demo') {
      if (!this.#demo) {
        await this.#dropPipeline();
        this.#connection = DEMO_STARTING;
        this.#changed();
        const run = await startDemo({
          startDemoServer: this.#startDemoServer,
          clock: this.#clock,
          random: this.#random,
          logger: this.#logger,
          ...(this.#options.demoTraffic ? { traffic: this.#options.demoTraffic } : {}),
        });
        if (!run.ok) {
          this.#connection = notConnecting(run.error);
          return;
        }
        this.#demo = run.value;
        this.#remember(run.value.connection.password);
      }
      const demo = this.#demo;
      await this.#usePipeline('demo', demo.connection, undefined, demo.me.username, demo.me.extensions);
      return;
    }
    const account = accountOf(this.#settings);
    const found = await this.#secrets.get(account);
    if (!found.ok || found.value === null) {
      await this.#dropPipeline();
      const reason: Problem = !found.ok ? found.error : passwordMissing(account);
      this.#connection = notConnecting(reason);
      if (!found.ok) this.#keychain = { passwordStored: false, where: 'none', problem: found.error };
      return;
    }
    this.#remember(found.value);
    const plan = serverPlan(this.#settings, found.value);
    if (!plan.ok) {
      await this.#dropPipeline();
      this.#connection = notConnecting(plan.error);
      return;
    }
    const p = plan.value;
    await this.#usePipeline('server', p.connection, p.profile, p.me.username, p.me.extensions);
  }

  async #usePipeline(
    kind: 'demo' | 'server',
    connection: PipelineConnection,
    profile: ProtocolProfile | undefined,
    username: string | null,
    extensions: readonly string[],
  ): Promise<void> {
    const s = this.#settings;
    const presence = username !== null;
    const people = {
      username,
      extensions,
      popInternal: s.popForInternalCalls,
      dnd: this.#dndNow(),
      presence,
    };
    const pipeline = this.#pipeline;
    if (pipeline && this.#pipelineKind === kind) {
      const sameConnection = this.#sameConnection(connection);
      const profileChanged =
        profile !== undefined && JSON.stringify(profile) !== JSON.stringify(this.#pipelineProfile);
      // Another server or account: the status there is another one, and its REST client too.
      if (sameConnection) this.#presence?.configure({ username, followDnd: s.followPresenceDnd });
      else this.#startPresence(pipeline, connection, username);
      await pipeline.configure({
        ...people,
        dnd: this.#dndNow(),
        ...(sameConnection ? {} : { connection }),
        ...(profileChanged && profile ? { profile } : {}),
      });
      this.#pipelineConnection = connection;
      this.#pipelineProfile = profile ?? null;
      return;
    }
    await this.#dropPipeline();
    const next = new CallPipeline({
      connection,
      me: { username, extensions },
      ...(profile ? { profile } : {}),
      popInternal: people.popInternal,
      dnd: people.dnd,
      presence,
      clock: this.#clock,
      random: this.#random,
      logger: this.#logger,
      ...this.#options.pipeline,
    });
    this.#pipeline = next;
    this.#pipelineKind = kind;
    this.#pipelineConnection = connection;
    this.#pipelineProfile = profile ?? null;
    this.#pipelineOff = [
      next.on('connection', (state) => {
        if (this.#pipeline !== next) return;
        this.#connection = viewOfSession(state);
        this.#presence?.connectionChanged(state);
        this.#changed();
      }),
      next.on('call', (change) => {
        if (this.#pipeline === next) this.#onCall(change);
      }),
      next.on('userStatus', (event) => {
        if (this.#pipeline === next) this.#presence?.handleEvent(event);
      }),
    ];
    this.#connection = viewOfSession(next.state);
    this.#startPresence(next, connection, username);
    next.start();
  }

  // ── presence ────────────────────────────────────────────────────────────────────────────────

  /** A tracker for the user's status on this connection; it reads once the pipeline is live. */
  #startPresence(pipeline: CallPipeline, connection: PipelineConnection, username: string | null): void {
    this.#stopPresence();
    const api = new LiveApiClient({
      target: connection.target,
      username: connection.managerUsername,
      password: connection.password,
      clock: this.#clock,
      logger: this.#logger,
      ...(connection.trust ? { trust: connection.trust } : {}),
      ...(connection.coreServer ? { coreServer: connection.coreServer } : {}),
      ...(this.#options.pipeline?.restTimeoutMs !== undefined
        ? { timeoutMs: this.#options.pipeline.restTimeoutMs }
        : {}),
    });
    const tracker = new PresenceTracker({
      username,
      api,
      followDnd: this.#settings.followPresenceDnd,
      clock: this.#clock,
      logger: this.#logger,
      ...(this.#options.presenceConfirmTimeoutMs !== undefined
        ? { confirmTimeoutMs: this.#options.presenceConfirmTimeoutMs }
        : {}),
    });
    this.#presence = tracker;
    this.#presenceOff = [
      tracker.on('state', () => {
        if (this.#presence !== tracker) return;
        // Something newer than a refused change happened; its sentence has served.
        this.#statusRefusal = null;
        this.#changed();
      }),
      tracker.on('dnd', (on) => {
        if (this.#presence === tracker) this.#setPresenceDnd(on);
      }),
    ];
    tracker.start();
    tracker.connectionChanged(pipeline.state);
  }

  #stopPresence(): void {
    const tracker = this.#presence;
    if (!tracker) return;
    for (const off of this.#presenceOff) off();
    this.#presenceOff = [];
    this.#presence = null;
    this.#statusRefusal = null;
    tracker.stop();
    this.#setPresenceDnd(false);
  }

  /** Do-not-disturb from the user's iSymphony status: pops held, calls still recorded. */
  #setPresenceDnd(on: boolean): void {
    if (on === this.#presenceDnd) return;
    this.#presenceDnd = on;
    this.#logger.log('info', on ? 'Pops held: the iSymphony status is Do Not Disturb.' : 'Pops resumed.');
    void this.#pipeline?.configure({ dnd: this.#dndNow() });
    if (on) this.#clearPops();
    this.#changed();
  }

  /** The switch in the app, or the user's iSymphony status when the settings follow it. */
  #dndNow(): boolean {
    return this.#settings.doNotDisturb || this.#presenceDnd;
  }

  #sameConnection(connection: PipelineConnection): boolean {
    const current = this.#pipelineConnection;
    if (!current) return false;
    return (
      JSON.stringify(current.target) === JSON.stringify(connection.target) &&
      current.managerUsername === connection.managerUsername &&
      current.password.equals(connection.password) &&
      JSON.stringify(current.trust ?? null) === JSON.stringify(connection.trust ?? null)
    );
  }

  /** Stops the pipeline; its live calls go with it (they belonged to that server). */
  async #dropPipeline(): Promise<void> {
    const pipeline = this.#pipeline;
    if (!pipeline) return;
    for (const off of this.#pipelineOff) off();
    this.#pipelineOff = [];
    this.#stopPresence();
    this.#pipeline = null;
    this.#pipelineKind = null;
    this.#pipelineConnection = null;
    this.#pipelineProfile = null;
    await pipeline.stop();
    for (const id of this.#live.keys()) this.#closeNotice(id);
    this.#live.clear();
    this.#deck.clear();
    this.#popped.clear();
    this.#autoOpened.clear();
    this.#changed();
  }

  async #stopDemoServer(): Promise<void> {
    const demo = this.#demo;
    if (!demo) return;
    if (this.#pipelineKind === 'demo') await this.#dropPipeline();
    this.#demo = null;
    await demo.stop();
    this.#changed();
  }

  // ── calls ───────────────────────────────────────────────────────────────────────────────────

  #onCall(change: CallChange): void {
    const call = change.call;
    const before = this.#live.get(call.id);
    if (change.change === 'ended') {
      this.#live.delete(call.id);
      this.#deck.remove(call.id);
      this.#closeNotice(call.id);
      this.#autoOpened.delete(call.id);
      const popped = this.#popped.delete(call.id);
      void this.#history.append(historyEntryOf(call, popped)).then((appended) => {
        if (appended.ok) this.#historyVersion += 1;
        else
          this.#logger.log('warn', 'A call could not be added to the history.', {
            code: appended.error.code,
          });
        this.#changed();
      });
    } else {
      this.#live.set(call.id, call);
      if (change.pop !== null) this.#pop(call);
      // A pop leaves when its call stops ringing (answered here or elsewhere is an update or the end).
      if (before?.state === 'ringing' && call.state !== 'ringing') {
        this.#deck.remove(call.id);
        this.#closeNotice(call.id);
      }
    }
    this.#maybeAutoOpen(change);
    this.#changed();
  }

  #pop(call: CallRecord): void {
    const style = this.#settings.popStyle;
    // The tracker already held back pops under do-not-disturb; this covers a switch made mid-call.
    if (style === 'off' || this.#dndNow()) return;
    this.#popped.add(call.id);
    this.#deck.add(call.id);
    if (style === 'notification' || style === 'both') {
      if (call.state === 'ringing') this.#ringingNotices.add(call.id);
      this.#ports.notifier.show(popNotice(call));
    }
  }

  #closeNotice(callId: string): void {
    if (this.#ringingNotices.delete(callId)) this.#ports.notifier.close(callId);
  }

  #clearPops(): void {
    for (const id of this.#deck.clear()) this.#closeNotice(id);
    for (const id of [...this.#ringingNotices]) this.#closeNotice(id);
  }

  #maybeAutoOpen(change: CallChange): void {
    const call = change.call;
    if (this.#autoOpened.has(call.id) || change.change === 'ended') return;
    const template = crmOffer(this.#settings.crm, ruleCallOfRecord(call)).default;
    if (!template) return;
    if (!isAutoOpenMoment(change, autoOpenOf(template, this.#settings.autoOpenCrm))) return;
    this.#autoOpened.add(call.id);
    void this.#openLink(this.#linkCallOfRecord(call), template).then((opened) => {
      if (!opened.ok) {
        this.#logger.log('warn', 'The CRM record could not be opened by itself.', {
          code: opened.error.code,
        });
      }
    });
  }

  // ── CRM and the clipboard ───────────────────────────────────────────────────────────────────

  #myUsername(): string | null {
    if (this.#pipelineKind === 'demo') return DEMO_USER.username;
    const name = this.#settings.isymphonyUser.trim();
    return name === '' ? null : name;
  }

  #linkCallOfRecord(call: CallRecord): LinkCall {
    const remote = remoteOf(call);
    return {
      number: remote.number,
      name: remote.name,
      did: call.did,
      extension: call.extension,
      username: this.#myUsername(),
      callId: call.id,
      time: call.ringingSince,
    };
  }

  #linkCallOfEntry(entry: HistoryEntry): LinkCall {
    return {
      number: entry.callerNumber,
      name: entry.callerName,
      did: entry.did,
      extension: entry.extension,
      username: this.#myUsername(),
      callId: entry.id,
      time: entry.startedAt,
    };
  }

  /** A call by id: live first, then the history (the renderer sends ids only). */
  #findCall(callId: string): { link: LinkCall; rules: RuleCall } | null {
    const live = this.#live.get(callId);
    if (live) return { link: this.#linkCallOfRecord(live), rules: ruleCallOfRecord(live) };
    const entry = this.#findHistory(callId);
    return entry ? { link: this.#linkCallOfEntry(entry), rules: ruleCallOfEntry(entry) } : null;
  }

  #findHistory(callId: string): HistoryEntry | null {
    for (let offset = 0; ; offset += MAX_PAGE) {
      const page = this.#history.query({ offset, limit: MAX_PAGE });
      const found = page.entries.find((e) => e.id === callId);
      if (found) return found;
      if (page.entries.length < MAX_PAGE) return null;
    }
  }

  async #openCrm(callId: string, templateId?: string): Promise<Answer<null>> {
    const call = this.#findCall(callId);
    if (!call)
      return fail(
        'call-not-found',
        'That call is no longer known; it may have been cleared from the history.',
      );
    const offer = crmOffer(this.#settings.crm, call.rules);
    const template = templateId === undefined ? offer.default : offer.all.find((t) => t.id === templateId);
    if (!template) {
      return templateId === undefined
        ? fail(
            'no-crm-template',
            'No CRM link fits this call; add a CRM template in settings, or change its rules.',
          )
        : fail(
            'template-not-offered',
            'That CRM template does not apply to this call; pick one from its menu.',
          );
    }
    return this.#openLink(call.link, template);
  }

  async #openLink(call: LinkCall, template: CrmTemplate): Promise<Answer<null>> {
    const link = buildLink(template, call, { defaultCountry: this.#settings.crm.defaultCountry });
    if (!link.ok) return { ok: false, error: link.error };
    const opened = await this.#ports.urlOpener.open(link.value);
    if (!opened.ok) return { ok: false, error: opened.error };
    this.#logger.log('info', 'CRM record opened.', { template: template.id });
    return OK_NULL;
  }

  #copyNumber(callId: string): Answer<null> {
    const live = this.#live.get(callId);
    const number = live ? remoteOf(live).number : (this.#findHistory(callId)?.callerNumber ?? undefined);
    if (number === undefined) return fail('call-not-found', 'That call is no longer known.');
    if (number === null || number === '') return fail('no-number', 'This caller sent no number to copy.');
    this.#ports.clipboard.writeText(number);
    return OK_NULL;
  }

  // ── history ─────────────────────────────────────────────────────────────────────────────────

  #queryHistory(query: ParsedRequest<'queryHistory'>): Answer<HistoryPage> {
    const page = this.#history.query({
      offset: query.offset,
      limit: query.limit,
      ...(query.search !== undefined ? { search: query.search } : {}),
      ...(query.missedOnly !== undefined ? { missedOnly: query.missedOnly } : {}),
    });
    const crm = this.#settings.crm;
    return {
      ok: true,
      value: { total: page.total, offset: page.offset, calls: page.entries.map((e) => viewOfEntry(e, crm)) },
    };
  }

  // ── testing a connection ────────────────────────────────────────────────────────────────────

  async #testConnection(input: unknown, typed: string | undefined): Promise<ConnectionTestResult> {
    const valid = validateSettings(input);
    if (!valid.ok) {
      return {
        ok: false,
        code: valid.error.code,
        message: valid.error.message,
        fields: valid.error.fields.map((f) => ({ path: f.path, message: f.message })),
      };
    }
    const settings = valid.value;
    let password: Secret;
    if (typed !== undefined) {
      password = new Secret(typed);
      this.#remember(password);
    } else {
      const account = accountOf(settings);
      const found: Result<Secret | null, KeychainProblem> = await this.#secrets.get(account);
      if (!found.ok) return { ok: false, code: found.error.code, message: found.error.message };
      if (found.value === null) {
        const missing = passwordMissing(account);
        return {
          ok: false,
          code: missing.code,
          message: `No password is stored for ${account}; type the manager password to test the connection.`,
        };
      }
      password = found.value;
      this.#remember(password);
    }
    const plan = serverPlan(settings, password);
    if (!plan.ok) return { ok: false, code: plan.error.code, message: plan.error.message };
    const result = await checkConnection({
      connection: plan.value.connection,
      profile: plan.value.profile,
      clock: this.#clock,
      logger: this.#logger,
      ...(this.#options.connectionTestTimeoutMs !== undefined
        ? { timeoutMs: this.#options.connectionTestTimeoutMs }
        : {}),
    });
    return { ok: result.ok, code: result.code, message: result.message };
  }

  // ── state ───────────────────────────────────────────────────────────────────────────────────

  #changed(): void {
    this.#publisher.changed();
  }

  #liveViews(): CallView[] {
    const crm = this.#settings.crm;
    const views: CallView[] = [];
    for (const call of this.#live.values()) views.push(viewOfRecord(call, crm, this.#popped.has(call.id)));
    return views.reverse();
  }

  #snapshot(): AppState {
    const liveCalls = this.#liveViews();
    const byId = new Map(liveCalls.map((c) => [c.id, c]));
    const pops = this.#deck.ids().flatMap((id) => byId.get(id) ?? []);
    const demo = this.#demo !== null;
    return {
      mode: this.#mode,
      connection: this.#connection,
      doNotDisturb: this.#settings.doNotDisturb,
      liveCalls,
      pops,
      settings: this.#settings,
      settingsNotice: this.#settingsNotice,
      keychain: this.#keychain,
      demo: {
        running: demo,
        username: demo ? DEMO_USER.username : null,
        extension: demo ? DEMO_USER.extension : null,
      },
      historyVersion: this.#historyVersion,
      now: this.#clock.now(),
      presence: presenceViewOf(this.#presence?.state ?? null, this.#statusRefusal),
      statusChoices: STATUS_CHOICES,
    };
  }

  #afterPush(state: AppState): void {
    const recent = this.#history.query({ limit: 5 }).entries.map((e) => viewOfEntry(e, state.settings.crm));
    const tray: TrayView = trayView({
      mode: state.mode,
      connection: state.connection,
      doNotDisturb: state.doNotDisturb,
      demoRunning: state.demo.running,
      startAtLogin: state.settings.startAtLogin,
      calls: [...state.liveCalls, ...recent],
      presence: state.presence,
      statusChoices: state.statusChoices,
    });
    const trayText = JSON.stringify(tray);
    if (trayText !== this.#lastTray) {
      this.#lastTray = trayText;
      this.#ports.tray.update(tray);
    }
    const style = state.settings.popStyle;
    const windowPops = style === 'window' || style === 'both' ? state.pops : [];
    const popText = JSON.stringify(windowPops);
    if (popText !== this.#lastPopWindow) {
      this.#lastPopWindow = popText;
      this.#ports.popWindow.update(windowPops);
    }
  }

  // ── plumbing ────────────────────────────────────────────────────────────────────────────────

  /** Changes of mode, settings and connection run one at a time, in call order. */
  #serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => {});
    return run;
  }
}
