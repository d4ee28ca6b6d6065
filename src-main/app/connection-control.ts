/**
 * The connection the mode asks for: the built-in demo server (started and stopped here), the
 * user's server with the stored password, or none; and the connection as the screens show it.
 * Runs only inside the Companion's queue, so one change finishes before the next starts.
 */
import type { Clock, Random } from '../common/clock';
import type { Logger } from '../common/log';
import type { Problem } from '../common/result';
import type { TrafficOptions } from '../demo-server';
import type { ConnectionView } from '../ipc/contract';
import type { PipelineConnection } from '../pipeline/call-pipeline';
import type { ProtocolProfile } from '../protocol/profile';
import type { Settings } from '../storage/settings-schema';
import { wantedConnection, type AppMode, SETUP } from './app-mode';
import type { ConnectionRunner, PipelineKind } from './connection-runner';
import {
  appStopped,
  demoStarting,
  noServerChosen,
  notStarted,
  notConnecting,
  passwordMissing,
} from './connection-view';
import { startDemo, type DemoRun, type StartDemoServer } from './demo-mode';
import type { Keychain } from './keychain';
import { accountOf, serverPlan } from './server-connection';

export interface ConnectionControlOptions {
  readonly runner: ConnectionRunner;
  readonly keychain: Pick<Keychain, 'password' | 'remember'>;
  readonly settings: () => Settings;
  readonly startDemoServer: StartDemoServer;
  /** Demo traffic pacing (tests make it fast); default a call about every five seconds. */
  readonly demoTraffic?: TrafficOptions;
  readonly clock: Clock;
  readonly random: Random;
  readonly logger: Logger;
  readonly changed: () => void;
}

export class ConnectionControl {
  #mode: AppMode = SETUP;
  #demo: DemoRun | null = null;
  #view: ConnectionView = notStarted();
  #stopping = false;

  constructor(private readonly o: ConnectionControlOptions) {}

  get mode(): AppMode {
    return this.#mode;
  }

  /** The user's choice took effect (its settings saved); `apply` brings the connection in line. */
  set mode(mode: AppMode) {
    this.#mode = mode;
  }

  get view(): ConnectionView {
    return this.#view;
  }

  /** The runner's word on the current pipeline's connection. */
  show(view: ConnectionView): void {
    this.#view = view;
  }

  /** The demo running now (its CRM page's template), or null. */
  get demoRun(): DemoRun | null {
    return this.#demo;
  }

  get demoRunning(): boolean {
    return this.#demo !== null;
  }

  /** Brings the demo server and the pipeline in line with the mode and settings. */
  async apply(): Promise<void> {
    if (this.#stopping) return;
    const want = wantedConnection(this.#mode);
    if (want !== 'demo') await this.#stopDemoServer();
    if (want === 'none') {
      await this.o.runner.drop();
      this.#view = noServerChosen();
      return;
    }
    if (want === 'demo') {
      if (!this.#demo) {
        await this.o.runner.drop();
        this.#view = demoStarting();
        this.o.changed();
        const run = await startDemo({
          startDemoServer: this.o.startDemoServer,
          clock: this.o.clock,
          random: this.o.random,
          logger: this.o.logger,
          ...(this.o.demoTraffic ? { traffic: this.o.demoTraffic } : {}),
        });
        if (!run.ok) {
          this.#view = notConnecting(run.error);
          return;
        }
        this.#demo = run.value;
        this.o.keychain.remember(run.value.connection.password);
      }
      const demo = this.#demo;
      await this.#use('demo', demo.connection, undefined, demo.me);
      return;
    }
    const settings = this.o.settings();
    const account = accountOf(settings);
    const found = await this.o.keychain.password(account);
    if (!found.ok || found.value === null) {
      await this.o.runner.drop();
      const reason: Problem = !found.ok ? found.error : passwordMissing(account);
      this.#view = notConnecting(reason);
      return;
    }
    const plan = serverPlan(settings, found.value);
    if (!plan.ok) {
      await this.o.runner.drop();
      this.#view = notConnecting(plan.error);
      return;
    }
    const p = plan.value;
    await this.#use('server', p.connection, p.profile, p.me);
  }

  /** "Retry now": the pipeline tries at once; without one, the connection is brought in line again. */
  async retryNow(): Promise<void> {
    const pipeline = this.o.runner.pipeline;
    if (pipeline) pipeline.retryNow();
    else await this.apply();
  }

  /** The app is quitting: from now on nothing starts (changes already queued find nothing to do). */
  halt(): void {
    this.#stopping = true;
  }

  /** After `halt`, in the queue: the pipeline and the demo server go. */
  async close(): Promise<void> {
    await this.o.runner.drop();
    await this.#stopDemoServer();
    this.#view = appStopped();
  }

  #use(
    kind: PipelineKind,
    connection: PipelineConnection,
    profile: ProtocolProfile | undefined,
    me: DemoRun['me'],
  ): Promise<void> {
    const settings = this.o.settings();
    return this.o.runner.use(kind, connection, profile, me, {
      popInternal: settings.popForInternalCalls,
      followDnd: settings.followPresenceDnd,
    });
  }

  async #stopDemoServer(): Promise<void> {
    const demo = this.#demo;
    if (!demo) return;
    if (this.o.runner.kind === 'demo') await this.o.runner.drop();
    this.#demo = null;
    await demo.stop();
    this.o.changed();
  }
}
