/**
 * One connection's moving parts: the call pipeline and, beside it, the presence tracker for the
 * user's iSymphony status on the same server. Creates them, wires their events to the Companion's
 * hooks (only while they are the current ones), reconfigures them on a settings change, replaces
 * the tracker when the server or account changes, and drops both. Holds no app state of its own.
 */
import type { CallChange, Me } from '../calls/types';
import type { Clock, Random } from '../common/clock';
import type { Logger } from '../common/log';
import type { ConnectionView } from '../ipc/contract';
import type { LiveApiClient } from '../live-api/client';
import { liveApiFor, sameConnection } from '../live-api/connection';
import { CallPipeline, type CallPipelineOptions, type PipelineConnection } from '../pipeline/call-pipeline';
import { PresenceTracker } from '../presence/presence-tracker';
import type { ProtocolProfile } from '../protocol/profile';
import { viewOfSession } from './connection-view';
import type { DiagnosticsRecorder } from '../diagnostics/recorder';
import type { RestUnreadable } from '../diagnostics/report';
import type { IdentityWatch } from './identity-watch';

export type PipelineKind = 'demo' | 'server';

/** What the runner tells the Companion; each is called for the current pipeline or tracker only. */
export interface ConnectionRunnerHooks {
  /** The connection as the screens show it (a new pipeline's first state, then every change). */
  connection(view: ConnectionView): void;
  call(change: CallChange): void;
  /** The tracker's state changed. */
  presenceChanged(): void;
  /** The tracker says the confirmed status is (or is no longer) Do Not Disturb to follow. */
  presenceDnd(on: boolean): void;
  /** The tracker was stopped (the pipeline stays, or goes next). */
  presenceStopped(): void;
  /** The pipeline was stopped; its live calls go with it. */
  pipelineDropped(): void;
  changed(): void;
}

export interface ConnectionRunnerOptions {
  readonly clock: Clock;
  readonly random: Random;
  readonly logger: Logger;
  readonly hooks: ConnectionRunnerHooks;
  /** Whether pops are held now: the app's switch or the followed iSymphony status. */
  readonly dndNow: () => boolean;
  /** Pipeline tuning for tests: session timings, sweep interval, REST timeout. */
  readonly pipeline?: Pick<
    CallPipelineOptions,
    'sessionTimings' | 'sweepIntervalMs' | 'restTimeoutMs' | 'connectionLostGraceMs'
  >;
  /** How long a status change waits for the server's event before a re-read decides. */
  readonly presenceConfirmTimeoutMs?: number;
  /** Asked on every going live whether the configured user and extensions exist there. */
  readonly identity?: IdentityWatch;
  /** Remembers every pipeline's connection problems and event kinds for the diagnostics report. */
  readonly diagnostics?: DiagnosticsRecorder;
}

/** The settings a running pipeline and tracker take without a reconnect. */
export interface RunnerSettings {
  readonly popInternal: boolean;
  readonly followDnd: boolean;
}

export class ConnectionRunner {
  #pipeline: CallPipeline | null = null;
  #kind: PipelineKind | null = null;
  #connection: PipelineConnection | null = null;
  #profile: ProtocolProfile | null = null;
  #me: Me | null = null;
  #pipelineOff: (() => void)[] = [];
  /** The one Live REST client of the current connection, shared by the catch-up and presence. */
  #api: { readonly connection: PipelineConnection; readonly client: LiveApiClient } | null = null;

  /** The user's presence on the pipeline's server; a new one for every new connection. */
  #presence: PresenceTracker | null = null;
  #presenceOff: (() => void)[] = [];

  constructor(private readonly o: ConnectionRunnerOptions) {}

  get pipeline(): CallPipeline | null {
    return this.#pipeline;
  }

  get kind(): PipelineKind | null {
    return this.#kind;
  }

  get presence(): PresenceTracker | null {
    return this.#presence;
  }

  /** The Live REST client of the current connection (call back originates through it), if any. */
  get liveApi(): LiveApiClient | null {
    return this.#api?.client ?? null;
  }

  /** What the current connection's REST client could not read (diagnostics); null without one. */
  restUnreadable(): RestUnreadable | null {
    return this.#api?.client.unreadableFields() ?? null;
  }

  /**
   * Runs this connection: the same kind is reconfigured in place (a new tracker if the server,
   * account or password changed), another kind replaces the pipeline.
   */
  async use(
    kind: PipelineKind,
    connection: PipelineConnection,
    profile: ProtocolProfile | undefined,
    me: Me,
    settings: RunnerSettings,
  ): Promise<void> {
    const { username, extensions } = me;
    const presence = username !== null;
    const people = {
      username,
      extensions,
      popInternal: settings.popInternal,
      dnd: this.o.dndNow(),
      presence,
    };
    const pipeline = this.#pipeline;
    if (pipeline && this.#kind === kind) {
      const current = this.#connection;
      const same = current !== null && sameConnection(current, connection);
      const profileChanged =
        profile !== undefined && JSON.stringify(profile) !== JSON.stringify(this.#profile);
      // Another server or account: the status there is another one, and its REST client too.
      if (same) this.#presence?.configure({ username, followDnd: settings.followDnd });
      else this.#startPresence(pipeline, connection, username, settings.followDnd);
      const namesChanged = JSON.stringify(me) !== JSON.stringify(this.#me);
      await pipeline.configure({
        ...people,
        dnd: this.o.dndNow(),
        ...(same ? {} : { connection }),
        ...(profileChanged && profile ? { profile } : {}),
      });
      this.#connection = connection;
      this.#profile = profile ?? null;
      this.#me = me;
      // Another server is checked when it goes live; other names on this one, now.
      if (!same || namesChanged) this.o.identity?.reset();
      if (same && namesChanged && pipeline.state.kind === 'live') this.#checkIdentity(connection, me);
      return;
    }
    await this.drop();
    const next = new CallPipeline({
      connection,
      me: { username, extensions },
      ...(profile ? { profile } : {}),
      popInternal: people.popInternal,
      dnd: people.dnd,
      presence,
      clock: this.o.clock,
      random: this.o.random,
      logger: this.o.logger,
      ...this.o.pipeline,
      createCallSegmentSource: (c) => this.#apiFor(c),
    });
    this.#pipeline = next;
    this.#kind = kind;
    this.#connection = connection;
    this.#profile = profile ?? null;
    this.#me = me;
    const hooks = this.o.hooks;
    let wasLive = false;
    this.#pipelineOff = [
      next.on('connection', (state) => {
        if (this.#pipeline !== next) return;
        hooks.connection(viewOfSession(state));
        this.#presence?.connectionChanged(state);
        const live = state.kind === 'live';
        if (live && !wasLive && this.#connection && this.#me) this.#checkIdentity(this.#connection, this.#me);
        wasLive = live;
        hooks.changed();
      }),
      next.on('call', (change) => {
        if (this.#pipeline === next) hooks.call(change);
      }),
      next.on('userStatus', (event) => {
        if (this.#pipeline === next) this.#presence?.handleEvent(event);
      }),
      ...(this.o.diagnostics ? [this.o.diagnostics.attach(next)] : []),
    ];
    hooks.connection(viewOfSession(next.state));
    this.#startPresence(next, connection, username, settings.followDnd);
    next.start();
  }

  /** Stops the pipeline and its tracker. */
  async drop(): Promise<void> {
    const pipeline = this.#pipeline;
    if (!pipeline) return;
    for (const off of this.#pipelineOff) off();
    this.#pipelineOff = [];
    this.#stopPresence();
    this.#pipeline = null;
    this.#kind = null;
    this.#connection = null;
    this.#profile = null;
    this.#me = null;
    this.#api = null;
    this.o.identity?.reset();
    await pipeline.stop();
    this.o.hooks.pipelineDropped();
  }

  /** A tracker for the user's status on this connection; it reads once the pipeline is live. */
  #startPresence(
    pipeline: CallPipeline,
    connection: PipelineConnection,
    username: string | null,
    followDnd: boolean,
  ): void {
    this.#stopPresence();
    const tracker = new PresenceTracker({
      username,
      api: this.#apiFor(connection),
      followDnd,
      clock: this.o.clock,
      random: this.o.random,
      logger: this.o.logger,
      ...(this.o.presenceConfirmTimeoutMs !== undefined
        ? { confirmTimeoutMs: this.o.presenceConfirmTimeoutMs }
        : {}),
    });
    this.#presence = tracker;
    this.#presenceOff = [
      tracker.on('state', () => {
        if (this.#presence === tracker) this.o.hooks.presenceChanged();
      }),
      tracker.on('dnd', (on) => {
        if (this.#presence === tracker) this.o.hooks.presenceDnd(on);
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
    this.o.hooks.presenceStopped();
    tracker.stop();
    this.o.hooks.presenceDnd(false);
  }

  /** Whether the user and extensions exist on the server just reached (shown in the status area). */
  #checkIdentity(connection: PipelineConnection, me: Me): void {
    this.o.identity?.check(this.#apiFor(connection), me);
  }

  /** The connection's REST client: the current one while the server and account stay the same. */
  #apiFor(connection: PipelineConnection): LiveApiClient {
    const current = this.#api;
    if (current && sameConnection(current.connection, connection)) return current.client;
    const client = liveApiFor(connection, {
      clock: this.o.clock,
      logger: this.o.logger,
      ...(this.o.pipeline?.restTimeoutMs !== undefined ? { timeoutMs: this.o.pipeline.restTimeoutMs } : {}),
    });
    this.#api = { connection, client };
    return client;
  }
}
