/**
 * The Companion: the app's life cycle (start, stop, sleep and wake) and its face to the shell.
 * Plain Node; the parts it runs are built by the composition root (create-companion.ts) and handed
 * in, each with one job: the mode and connection, the settings, the keychain, the live calls and
 * their pops, presence, the history, and the operations users ask for. See docs/companion.md.
 */
import type { Logger } from '../common/log';
import type {
  Answer,
  AppState,
  DialView,
  PauseChoice,
  PauseView,
  RequestChannel,
  StatusChange,
} from '../ipc/contract';
import { initialMode } from './app-mode';
import type { CallHistory } from './call-history';
import type { ConnectionControl } from './connection-control';
import type { ConnectionRunner } from './connection-runner';
import type { DetectionControl } from './discovery-control';
import { answerRequest, type RequestHandlers } from './ipc-handlers';
import type { Keychain } from './keychain';
import type { Operations } from './operations';
import type { Phonebook } from './phonebook';
import type { PopPause } from './pop-pause';
import type { SerialQueue } from './serial-queue';
import { accountOf } from './server-connection';
import type { SettingsKeeper } from './settings-keeper';
import type { ShellDialing } from './shell-dialing';
import type { CompanionForShell } from './shell-facing';
import type { ListenerPace, StatePublisher } from './state-publisher';

/** The parts the Companion runs, built by the composition root. */
export interface CompanionParts {
  readonly queue: SerialQueue;
  readonly settings: SettingsKeeper;
  readonly keychain: Keychain;
  readonly history: CallHistory;
  readonly connection: ConnectionControl;
  readonly runner: ConnectionRunner;
  readonly operations: Operations;
  readonly dialing: ShellDialing;
  readonly detection: DetectionControl;
  readonly phonebook: Phonebook;
  /** Pops paused for a while: its timer goes when the Companion stops. */
  readonly pause?: Pick<PopPause, 'stop'>;
  readonly handlers: RequestHandlers;
  readonly publisher: StatePublisher<AppState>;
  readonly logger: Logger;
  readonly appVersion?: string;
}

export class Companion implements CompanionForShell {
  #started = false;
  #stopping = false;

  constructor(private readonly p: CompanionParts) {}

  async start(): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    const p = this.p;
    await p.queue.run(async () => {
      const { firstRun } = await p.settings.load();
      p.connection.mode = initialMode(firstRun, p.settings.current.mode);
      await p.history.load();
      await p.phonebook.load();
      p.settings.registerShortcut();
      p.settings.applyDialing();
      await p.keychain.refresh(accountOf(p.settings.current));
      await p.connection.apply();
      p.logger.log('info', 'Companion started.', { mode: p.connection.mode.kind, version: p.appVersion });
    });
    p.publisher.changed();
  }

  async stop(): Promise<void> {
    if (this.#stopping) return;
    this.#stopping = true;
    this.p.connection.halt();
    this.p.pause?.stop();
    await this.p.detection.cancel();
    await this.p.queue.run(() => this.p.connection.close());
    await this.p.history.close();
    this.p.publisher.close();
  }

  onState(listener: (state: AppState) => void, pace?: ListenerPace): () => void {
    return this.p.publisher.subscribe(listener, pace);
  }

  suspend(): void {
    void this.p.runner.pipeline?.suspend();
  }

  resume(): void {
    this.p.runner.pipeline?.resume();
  }

  networkOnline(): void {
    this.p.runner.pipeline?.networkOnline();
  }

  /** One request from a verified sender. Never throws: every failure is an answer. */
  invoke(channel: RequestChannel, request: unknown): Promise<unknown> {
    return answerRequest(this.p.handlers, this.p.logger, channel, request);
  }

  openCrm(callId: string, templateId?: string): Promise<Answer<null>> {
    return this.p.operations.openCrm(callId, templateId);
  }

  openShortcutCrm(): Promise<Answer<null>> {
    return this.p.operations.openShortcutCrm();
  }

  callBack(callId: string): Promise<Answer<DialView>> {
    return this.p.dialing.callBack(callId);
  }

  dialLink(args: readonly unknown[]): Promise<Answer<DialView> | null> {
    return this.p.dialing.dialLink(args);
  }

  dialClipboard(): Promise<Answer<DialView>> {
    return this.p.dialing.dialClipboard();
  }

  setDoNotDisturb(enabled: boolean): Promise<Answer<null>> {
    return this.p.operations.setDoNotDisturb(enabled);
  }

  setStartAtLogin(enabled: boolean): Promise<Answer<null>> {
    return this.p.operations.setStartAtLogin(enabled);
  }

  pausePops(choice: PauseChoice): Promise<Answer<PauseView>> {
    return this.p.operations.pausePops(choice);
  }

  resumePops(): Promise<Answer<null>> {
    return this.p.operations.resumePops();
  }

  setStatus(change: StatusChange): Promise<Answer<null>> {
    return this.p.operations.setStatus(change);
  }
}
