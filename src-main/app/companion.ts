/**
 * The Companion: composes settings, history, the keychain, the call pipeline (or the demo server)
 * and the desktop ports; owns the app state; implements the IPC contract. Plain Node: the shell
 * hands in the OS through `DesktopPorts`. See docs/companion.md.
 */
import { access } from 'node:fs/promises';
import type { CallChange, CallRecord } from '../calls/types';
import { systemClock, type Clock, type Random } from '../common/clock';
import { redactingLogger, silentLogger, type Logger } from '../common/log';
import { problem, type Problem } from '../common/result';
import { Secret } from '../common/secret';
import { startDemoServer as realStartDemoServer, type TrafficOptions } from '../demo-server';
import type {
  Answer,
  AppState,
  CallView,
  ConnectionTestResult,
  ConnectionView,
  HistoryPage,
  KeychainView,
  RequestChannel,
  StatusChange,
} from '../ipc/contract';
import type { CallPipelineOptions, PipelineConnection } from '../pipeline/call-pipeline';
import type { ProtocolProfile } from '../protocol/profile';
import { HistoryStore } from '../storage/history-store';
import { ChoosableSecretStore, KeytarSecretStore, type SecretStore } from '../storage/secret-store';
import { DEFAULT_SETTINGS, validateSettings, type Settings } from '../storage/settings-schema';
import { SettingsStore } from '../storage/settings-store';
import { OK_NULL } from './answers';
import { autoOpenOf, isAutoOpenMoment } from './auto-open';
import { crmOffer, historyEntryOf, ruleCallOfRecord, viewOfEntry, viewOfRecord } from './call-view';
import { ConnectionRunner, type PipelineKind } from './connection-runner';
import { testConnection } from './connection-test';
import {
  DEMO_STARTING,
  NO_SERVER_CHOSEN,
  NOT_STARTED,
  STOPPED,
  notConnecting,
  passwordMissing,
} from './connection-view';
import { CrmActions } from './crm-actions';
import { DEMO_USER, startDemo, type DemoRun, type StartDemoServer } from './demo-mode';
import { answerRequest, requestHandlers, type RequestHandlers } from './ipc-handlers';
import type { ParsedRequest } from './ipc-schemas';
import { KnownSecrets } from './known-secrets';
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
  readonly #handlers: RequestHandlers;
  readonly #runner: ConnectionRunner;
  readonly #crm: CrmActions;
  /** Secrets in play, so the logger can scrub them should one ever slip into a line. */
  readonly #known = new KnownSecrets();

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
    this.#logger = redactingLogger(options.logger ?? silentLogger, () => this.#known.revealed());
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
    this.#runner = new ConnectionRunner({
      clock: this.#clock,
      random: this.#random,
      logger: this.#logger,
      dndNow: () => this.#dndNow(),
      ...(options.pipeline ? { pipeline: options.pipeline } : {}),
      ...(options.presenceConfirmTimeoutMs !== undefined
        ? { presenceConfirmTimeoutMs: options.presenceConfirmTimeoutMs }
        : {}),
      hooks: {
        connection: (view) => {
          this.#connection = view;
        },
        call: (change) => this.#onCall(change),
        presenceChanged: () => {
          // Something newer than a refused change happened; its sentence has served.
          this.#statusRefusal = null;
          this.#changed();
        },
        presenceDnd: (on) => this.#setPresenceDnd(on),
        presenceStopped: () => {
          this.#statusRefusal = null;
        },
        pipelineDropped: () => this.#forgetLiveCalls(),
        changed: () => this.#changed(),
      },
    });
    this.#crm = new CrmActions({
      live: this.#live,
      history: this.#history,
      settings: () => this.#settings,
      username: () => this.#myUsername(),
      urlOpener: this.#ports.urlOpener,
      clipboard: this.#ports.clipboard,
      logger: this.#logger,
    });
    this.#handlers = requestHandlers({
      snapshot: () => this.#snapshot(),
      serial: (task) => this.#serial(task),
      chooseMode: (mode) => this.#chooseMode(mode),
      saveSettings: (settings) => this.#saveSettings(settings),
      setPassword: (password, memoryOnly) => this.#setPassword(password, memoryOnly),
      testConnection: (settings, password) => this.#testConnection(settings, password),
      retryNow: () => this.#retryNow(),
      openCrm: (callId, templateId) => this.#crm.openCrm(callId, templateId),
      copyNumber: (callId) => this.#crm.copyNumber(callId),
      dismissPop: (callId) => this.#dismissPop(callId),
      dismissAllPops: () => this.#dismissAllPops(),
      setDoNotDisturb: (enabled) => this.setDoNotDisturb(enabled),
      startDemo: () => this.#startDemoMode(),
      stopDemo: () => this.#stopDemoMode(),
      queryHistory: (query) => this.#queryHistory(query),
      clearHistory: () => this.#clearHistory(),
      setStatus: (change) => this.setStatus(change),
      defaultCountry: () => this.#settings.crm.defaultCountry,
    });
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
      await this.#runner.drop();
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
    void this.#runner.pipeline?.suspend();
  }

  resume(): void {
    this.#runner.pipeline?.resume();
  }

  networkOnline(): void {
    this.#runner.pipeline?.networkOnline();
  }

  // ── requests ────────────────────────────────────────────────────────────────────────────────

  /** One request from a verified sender. Never throws: every failure is an answer. */
  invoke(channel: RequestChannel, request: unknown): Promise<unknown> {
    return answerRequest(this.#handlers, this.#logger, channel, request);
  }

  openCrm(callId: string, templateId?: string): Promise<Answer<null>> {
    return this.#crm.openCrm(callId, templateId);
  }

  openNewestRingingCrm(): Promise<Answer<null>> {
    return this.#crm.openNewestRinging();
  }

  setDoNotDisturb(enabled: boolean): Promise<Answer<null>> {
    return this.#serial(async () => {
      const saved = await this.#saveWith({ doNotDisturb: enabled });
      if (!saved.ok) return saved;
      await this.#runner.pipeline?.configure({ dnd: this.#dndNow() });
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
    const tracker = this.#runner.presence;
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
    if (!told && why.code !== 'superseded' && why.code !== 'stopped' && this.#runner.presence === tracker) {
      return this.#refuseStatus(why);
    }
    return { ok: false, error: why };
  }

  #refuseStatus(why: Problem): Answer<null> {
    this.#statusRefusal = why;
    this.#changed();
    return { ok: false, error: why };
  }

  async #retryNow(): Promise<Answer<null>> {
    const pipeline = this.#runner.pipeline;
    if (pipeline) pipeline.retryNow();
    else await this.#applyConnection();
    this.#changed();
    return OK_NULL;
  }

  #dismissPop(callId: string): Answer<null> {
    if (this.#deck.remove(callId)) this.#closeNotice(callId);
    this.#changed();
    return OK_NULL;
  }

  #dismissAllPops(): Answer<null> {
    this.#clearPops();
    this.#changed();
    return OK_NULL;
  }

  async #clearHistory(): Promise<Answer<null>> {
    const cleared = await this.#history.clear();
    if (!cleared.ok) return { ok: false, error: cleared.error };
    this.#historyVersion += 1;
    this.#changed();
    return OK_NULL;
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
    this.#known.remember(secret);
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
      await this.#runner.drop();
      this.#connection = NO_SERVER_CHOSEN;
      return;
    }
    if (want === 'demo') {
      if (!this.#demo) {
        await this.#runner.drop();
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
      await this.#usePipeline('demo', demo.connection, undefined, demo.me);
      return;
    }
    const account = accountOf(this.#settings);
    const found = await this.#secrets.get(account);
    if (!found.ok || found.value === null) {
      await this.#runner.drop();
      const reason: Problem = !found.ok ? found.error : passwordMissing(account);
      this.#connection = notConnecting(reason);
      if (!found.ok) this.#keychain = { passwordStored: false, where: 'none', problem: found.error };
      return;
    }
    this.#remember(found.value);
    const plan = serverPlan(this.#settings, found.value);
    if (!plan.ok) {
      await this.#runner.drop();
      this.#connection = notConnecting(plan.error);
      return;
    }
    const p = plan.value;
    await this.#usePipeline('server', p.connection, p.profile, p.me);
  }

  #usePipeline(
    kind: PipelineKind,
    connection: PipelineConnection,
    profile: ProtocolProfile | undefined,
    me: DemoRun['me'],
  ): Promise<void> {
    return this.#runner.use(kind, connection, profile, me, {
      popInternal: this.#settings.popForInternalCalls,
      followDnd: this.#settings.followPresenceDnd,
    });
  }

  /** The pipeline went; its live calls go with it (they belonged to that server). */
  #forgetLiveCalls(): void {
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
    if (this.#runner.kind === 'demo') await this.#runner.drop();
    this.#demo = null;
    await demo.stop();
    this.#changed();
  }

  // ── presence ────────────────────────────────────────────────────────────────────────────────

  /** Do-not-disturb from the user's iSymphony status: pops held, calls still recorded. */
  #setPresenceDnd(on: boolean): void {
    if (on === this.#presenceDnd) return;
    this.#presenceDnd = on;
    this.#logger.log('info', on ? 'Pops held: the iSymphony status is Do Not Disturb.' : 'Pops resumed.');
    void this.#runner.pipeline?.configure({ dnd: this.#dndNow() });
    if (on) this.#clearPops();
    this.#changed();
  }

  /** The switch in the app, or the user's iSymphony status when the settings follow it. */
  #dndNow(): boolean {
    return this.#settings.doNotDisturb || this.#presenceDnd;
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
    void this.#crm.openRecord(call, template).then((opened) => {
      if (!opened.ok) {
        this.#logger.log('warn', 'The CRM record could not be opened by itself.', {
          code: opened.error.code,
        });
      }
    });
  }

  /** The iSymphony user links name: the demo user in demo mode, else the one in settings. */
  #myUsername(): string | null {
    if (this.#runner.kind === 'demo') return DEMO_USER.username;
    const name = this.#settings.isymphonyUser.trim();
    return name === '' ? null : name;
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

  #testConnection(input: unknown, typed: string | undefined): Promise<ConnectionTestResult> {
    return testConnection(input, typed, {
      secrets: this.#secrets,
      remember: (secret) => this.#remember(secret),
      clock: this.#clock,
      logger: this.#logger,
      ...(this.#options.connectionTestTimeoutMs !== undefined
        ? { timeoutMs: this.#options.connectionTestTimeoutMs }
        : {}),
    });
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
      presence: presenceViewOf(this.#runner.presence?.state ?? null, this.#statusRefusal),
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
