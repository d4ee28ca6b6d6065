/**
 * Everything the user can ask of the app (from a window, the tray, a notification or the global
 * shortcut), each carried out by the module whose job it is. This is the one place that decides
 * which operations wait their turn: changes of mode, settings, password and connection run one at
 * a time in the queue, in call order; reads, pops, CRM links, history and status do not wait.
 */
import type { Clock } from '../common/clock';
import { previewLink } from '../crm/preview';
import { textOf } from '../i18n/message-ref';
import type {
  Answer,
  AppState,
  ConnectionTestResult,
  DialView,
  HistoryPage,
  HistoryQuery,
  LookupTestView,
  PauseChoice,
  PauseView,
  StatusChange,
} from '../ipc/contract';
import type { ProtocolProfileOverrides } from '../protocol/profile';
import { DEFAULT_SETTINGS, validateSettings } from '../storage/settings-schema';
import { OK_NULL, failFields } from './answers';
import {
  afterSettingsSaved,
  DEMO,
  modeToSave,
  SERVER,
  serverChosenInSetup,
  withDemoWanted,
  type SavedMode,
} from './app-mode';
import type { CallBack } from './call-back';
import type { CallHistory } from './call-history';
import type { ConnectionControl } from './connection-control';
import { ConnectionTestGate, testConnection } from './connection-test';
import type { CrmActions } from './crm-actions';
import type { CrmLookupControl } from './crm-lookup-control';
import { withDemoCrm } from './demo-mode';
import type { Keychain } from './keychain';
import type { PopLifecycle } from './pop-lifecycle';
import type { PopPause } from './pop-pause';
import type { DesktopPorts } from './ports';
import type { PresenceControl } from './presence-control';
import type { SerialQueue } from './serial-queue';
import { accountOf } from './server-connection';
import type { SettingsKeeper } from './settings-keeper';
import type { Logger } from '../common/log';

export interface OperationsOptions {
  readonly queue: SerialQueue;
  readonly settings: SettingsKeeper;
  readonly keychain: Keychain;
  readonly connection: ConnectionControl;
  readonly pops: PopLifecycle;
  readonly presence: PresenceControl;
  readonly history: CallHistory;
  readonly crm: CrmActions;
  readonly crmLookup: Pick<CrmLookupControl, 'setToken' | 'test'>;
  readonly callBack: CallBack;
  readonly pause: PopPause;
  readonly loginItem: DesktopPorts['loginItem'];
  /** Tells the running pipeline whether pops are held now. */
  readonly configureDnd: (dnd: boolean) => Promise<void>;
  readonly snapshot: () => AppState;
  readonly clock: Clock;
  readonly logger: Logger;
  /** How long "Test connection" waits for the socket to open (the check's default when left out). */
  readonly connectionTestTimeoutMs?: number;
  /** The first-run flow switched to the user's own server (the call-event check is offered then). */
  readonly serverChosenInFirstRun?: () => void;
  readonly changed: () => void;
}

export class Operations {
  /** One connection test at a time, a pause between: no port scans from a page. */
  readonly #testGate: ConnectionTestGate;

  constructor(private readonly o: OperationsOptions) {
    this.#testGate = new ConnectionTestGate(o.clock);
  }

  getState(): AppState {
    return this.o.snapshot();
  }

  // ── in the queue ────────────────────────────────────────────────────────────────────────────

  chooseMode(mode: SavedMode): Promise<Answer<null>> {
    return this.o.queue.run(async () => {
      const c = this.o.connection;
      if (mode === 'demo') {
        // Trying the demo from the first run shows the pop window too (the product at its best),
        // unless a pop style was chosen already.
        const firstDemo =
          c.mode.kind === 'setup' && this.o.settings.current.popStyle === DEFAULT_SETTINGS.popStyle;
        const saved = await this.o.settings.saveWith(
          firstDemo ? { mode: 'demo', popStyle: 'both' } : { mode: 'demo' },
        );
        if (!saved.ok) return saved;
        c.mode = DEMO;
      } else if (c.mode.kind === 'setup') {
        // The demo keeps running while the user fills in the server; saving settings switches over.
        c.mode = serverChosenInSetup(c.mode);
      } else {
        const saved = await this.o.settings.saveWith({ mode: 'server' });
        if (!saved.ok) return saved;
        c.mode = SERVER;
      }
      return this.#reconnected();
    });
  }

  saveSettings(input: unknown): Promise<Answer<null>> {
    return this.o.queue.run(async () => {
      const valid = validateSettings(input);
      if (!valid.ok) return failFields(valid.error);
      const c = this.o.connection;
      const next = valid.value;
      const saved = await this.o.settings.save({ ...next, mode: modeToSave(c.mode, next.mode) });
      if (!saved.ok) return saved;
      const wasSetup = c.mode.kind === 'setup';
      c.mode = afterSettingsSaved(c.mode, saved.value.mode);
      if (wasSetup && c.mode.kind === 'server') this.o.serverChosenInFirstRun?.();
      this.o.settings.clearNotice();
      return this.#reconnected();
    });
  }

  setPassword(password: string, memoryOnly: boolean): Promise<Answer<{ where: 'keychain' | 'memory' }>> {
    return this.o.queue.run(async () => {
      const stored = await this.o.keychain.set(accountOf(this.o.settings.current), password, memoryOnly);
      if (stored.ok) await this.o.connection.apply();
      this.o.changed();
      return stored;
    });
  }

  /** Write-only, like the password: for the saved lookup's address. */
  setCrmToken(token: string): Promise<Answer<null>> {
    return this.o.queue.run(() => this.o.crmLookup.setToken(token));
  }

  retryNow(): Promise<Answer<null>> {
    return this.o.queue.run(async () => {
      await this.o.connection.retryNow();
      this.o.changed();
      return OK_NULL;
    });
  }

  startDemo(): Promise<Answer<null>> {
    return this.o.queue.run(async () => {
      const c = this.o.connection;
      if (c.mode.kind === 'server') {
        const saved = await this.o.settings.saveWith({ mode: 'demo' });
        if (!saved.ok) return saved;
        c.mode = DEMO;
      } else {
        c.mode = withDemoWanted(c.mode, true);
      }
      await c.apply();
      this.o.changed();
      return c.demoRunning ? OK_NULL : { ok: false, error: { code: c.view.code, message: c.view.message } };
    });
  }

  stopDemo(): Promise<Answer<null>> {
    return this.o.queue.run(async () => {
      const c = this.o.connection;
      c.mode = withDemoWanted(c.mode, false);
      if (c.mode.kind === 'demo') {
        const saved = await this.o.settings.saveWith({ mode: 'server' });
        if (!saved.ok) return saved;
        c.mode = SERVER;
      }
      return this.#reconnected();
    });
  }

  /** Saves a protocol profile (the one "Detect call events" found, once confirmed); the connection follows. */
  saveProtocolProfile(profile: ProtocolProfileOverrides): Promise<Answer<null>> {
    return this.o.queue.run(async () => {
      const saved = await this.o.settings.saveWith({ protocolProfile: profile });
      if (!saved.ok) return saved;
      return this.#reconnected();
    });
  }

  setDoNotDisturb(enabled: boolean): Promise<Answer<null>> {
    return this.o.queue.run(async () => {
      const saved = await this.o.settings.saveWith({ doNotDisturb: enabled });
      if (!saved.ok) return saved;
      await this.o.configureDnd(this.o.presence.dndNow());
      if (enabled) this.o.pops.clear();
      this.o.changed();
      return OK_NULL;
    });
  }

  /** Holds pops for a while; the pipeline holds them too, and cards showing go (as do-not-disturb does). */
  pausePops(choice: PauseChoice): Promise<Answer<PauseView>> {
    return this.o.queue.run(async () => {
      const view = this.o.pause.start(choice);
      this.o.logger.log('info', 'Pops paused.', { until: view.until });
      await this.o.configureDnd(this.o.presence.dndNow());
      this.o.pops.clear();
      this.o.changed();
      return { ok: true, value: view };
    });
  }

  /** Ends a pause now (also when its time has come: the pause's own timer calls this). */
  resumePops(): Promise<Answer<null>> {
    return this.o.queue.run(async () => {
      if (this.o.pause.stop()) this.o.logger.log('info', 'Pops resumed.');
      await this.o.configureDnd(this.o.presence.dndNow());
      this.o.changed();
      return OK_NULL;
    });
  }

  setStartAtLogin(enabled: boolean): Promise<Answer<null>> {
    return this.o.queue.run(async () => {
      const set = await this.o.loginItem.set(enabled);
      if (!set.ok) return { ok: false, error: set.error };
      const saved = await this.o.settings.save(
        { ...this.o.settings.current, startAtLogin: enabled },
        { loginItemSet: true },
      );
      this.o.changed();
      return saved.ok ? OK_NULL : saved;
    });
  }

  // ── at once ─────────────────────────────────────────────────────────────────────────────────

  testConnection(settings: unknown, password: string | undefined): Promise<ConnectionTestResult> {
    const keychain = this.o.keychain;
    return this.#testGate.run(() =>
      testConnection(settings, password, {
        saved: this.o.settings.current,
        secrets: keychain.store,
        remember: (secret) => keychain.remember(secret),
        clock: this.o.clock,
        logger: this.o.logger,
        ...(this.o.connectionTestTimeoutMs !== undefined
          ? { timeoutMs: this.o.connectionTestTimeoutMs }
          : {}),
      }),
    );
  }

  /** Not queued: a slow CRM must not hold up saving or connecting; the control runs one at a time. */
  testCrmLookup(settings: unknown, number: string): Promise<Answer<LookupTestView>> {
    return this.o.crmLookup.test(settings, number);
  }

  openCrm(callId: string, templateId?: string): Promise<Answer<null>> {
    return this.o.crm.openCrm(callId, templateId);
  }

  openShortcutCrm(): Promise<Answer<null>> {
    return this.o.crm.openShortcutTarget();
  }

  copyNumber(callId: string): Answer<null> {
    return this.o.crm.copyNumber(callId);
  }

  callBack(callId: string): Promise<Answer<DialView>> {
    return this.o.callBack.callBack(callId);
  }

  dismissPop(callId: string): Answer<null> {
    this.o.pops.dismiss(callId);
    this.o.changed();
    return OK_NULL;
  }

  dismissAllPops(): Answer<null> {
    this.o.pops.clear();
    this.o.changed();
    return OK_NULL;
  }

  queryHistory(query: HistoryQuery): Answer<HistoryPage> {
    return this.o.history.query(
      query,
      withDemoCrm(this.o.settings.current.crm, this.o.connection.demoRun),
      this.o.settings.current,
    );
  }

  clearHistory(): Promise<Answer<null>> {
    return this.o.history.clear();
  }

  setStatus(change: StatusChange): Promise<Answer<null>> {
    return this.o.presence.setStatus(change);
  }

  previewCrmLink(url: string): Answer<string> {
    const defaultCountry = this.o.settings.current.crm.defaultCountry;
    const preview = previewLink(url, undefined, { defaultCountry });
    return preview.ok
      ? { ok: true, value: preview.link }
      : { ok: false, error: { code: 'template-refused', message: preview.reason, ...textOf(preview) } };
  }

  /** After a change of mode or account: the connection follows, the keychain view is read again. */
  async #reconnected(): Promise<Answer<null>> {
    await this.o.connection.apply();
    await this.o.keychain.refresh(accountOf(this.o.settings.current));
    this.o.changed();
    return OK_NULL;
  }
}
