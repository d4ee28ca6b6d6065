/**
 * The live call pipeline: one event session (asking only for the event kinds the tracker reads),
 * the decoder inside it, one call tracker, the Live REST catch-up after every gap, and a periodic
 * sweep. Its two users are the command line (`watch`) and the desktop Companion; both get typed
 * events and change settings at runtime. Plain Node: every I/O collaborator comes in through the
 * options. See docs/cli.md and docs/call-model.md.
 */
import { systemClock, type Clock, type Random, type TimerHandle } from '../common/clock';
import { silentLogger, type Logger } from '../common/log';
import { CallTracker } from '../calls/tracker';
import type { CallChange, CallRecord, Me, TrackerLimits } from '../calls/types';
import { liveApiFor, type LiveConnection } from '../live-api/connection';
import { withPresenceKinds } from '../presence/filter-kinds';
import type { UserStatusEvent } from '../protocol/events';
import { DEFAULT_PROFILE, type EventKind, type ProtocolProfile } from '../protocol/profile';
import { TypedEmitter } from '../session/emitter';
import {
  EventSession,
  type SessionStats,
  type SessionTimings,
  type SocketFactory,
  type TargetUpdate,
} from '../session/event-session';
import type { CertificateFetcher } from '../session/secure-transport';
import type { SessionState } from '../session/states';
import { collectCallSegments, reconcileInput, type CallSegmentSource, type CatchUpOutcome } from './catch-up';

/** The only kinds the tracker reads; everything else stays on the server. */
export const PIPELINE_KINDS: readonly EventKind[] = Object.freeze(['dial', 'link', 'linkEnd', 'hangup']);

export const DEFAULT_SWEEP_INTERVAL_MS = 60_000;

/** Where the server is and how to sign in (the same for the event socket and the Live REST API). */
export type PipelineConnection = LiveConnection;

export interface CallPipelineOptions {
  readonly connection: PipelineConnection;
  readonly me: Me;
  readonly profile?: ProtocolProfile;
  readonly popInternal?: boolean;
  readonly dnd?: boolean;
  /** Also ask for `userStatus` events and emit them as `userStatus` (presence; default off). */
  readonly presence?: boolean;
  readonly clock?: Clock;
  readonly random?: Random;
  readonly logger?: Logger;
  readonly sessionTimings?: Partial<SessionTimings>;
  readonly socketFactory?: SocketFactory;
  readonly fetchCertificate?: CertificateFetcher;
  readonly trackerLimits?: Partial<TrackerLimits>;
  readonly newCallId?: () => string;
  /** How often live calls are swept for silence (default once a minute). */
  readonly sweepIntervalMs?: number;
  readonly restTimeoutMs?: number;
  /** The Live REST API as the catch-up sees it; default a `LiveApiClient` on the same connection. */
  readonly createCallSegmentSource?: (connection: PipelineConnection) => CallSegmentSource;
}

/** What can change while the pipeline runs; fields left out keep their value. */
export interface PipelineConfigUpdate {
  readonly username?: string | null;
  readonly extensions?: readonly string[];
  readonly popInternal?: boolean;
  readonly dnd?: boolean;
  /** Presence on or off: a new filter on the live socket, no reconnect. */
  readonly presence?: boolean;
  /** Connection changes reconnect; nothing else does. */
  readonly connection?: Partial<PipelineConnection>;
  /** A new profile changes the filter and how frames read, so the session is replaced. */
  readonly profile?: ProtocolProfile;
}

/** One catch-up after a gap: what the REST API said and how many calls it closed. */
export interface CatchUpReport {
  readonly outcome: CatchUpOutcome['kind'];
  /** Segment ids listed, when the API answered. */
  readonly segments: number | null;
  readonly closed: number;
  /** The problem's code when the API could not be asked. */
  readonly problemCode: string | null;
}

export interface PipelineEvents {
  connection: SessionState;
  call: CallChange;
  catchUp: CatchUpReport;
  /** With `presence` on: every user's status change the server sends (presence picks its own user). */
  userStatus: UserStatusEvent;
}

export interface PipelineStats {
  readonly session: Readonly<SessionStats>;
  /** Decoded call events handed to the tracker. */
  readonly events: number;
  readonly callChanges: number;
  readonly pops: number;
  readonly catchUps: number;
  /** Catch-ups whose REST answer was unknown (REST failed or no extension configured). */
  readonly catchUpsWithoutList: number;
  readonly sweeps: number;
}

export class CallPipeline {
  readonly #emitter: TypedEmitter<PipelineEvents>;
  readonly #clock: Clock;
  readonly #logger: Logger;
  readonly #options: CallPipelineOptions;
  readonly #tracker: CallTracker;
  readonly #sweepIntervalMs: number;

  #connection: PipelineConnection;
  #profile: ProtocolProfile;
  #extensions: readonly string[];
  #presence: boolean;
  #session: EventSession;
  #unsubscribe: (() => void)[] = [];
  #segments: CallSegmentSource;
  #running = false;
  #live = false;
  #everLive = false;
  /** Counts transitions to live, so a catch-up that outlived its connection is dropped. */
  #liveGeneration = 0;
  #sweepTimer: TimerHandle | undefined;
  readonly #catchUps = new Set<Promise<void>>();
  #counts = { events: 0, callChanges: 0, pops: 0, catchUps: 0, catchUpsWithoutList: 0, sweeps: 0 };

  constructor(options: CallPipelineOptions) {
    this.#options = options;
    this.#clock = options.clock ?? systemClock;
    this.#logger = options.logger ?? silentLogger;
    this.#sweepIntervalMs = options.sweepIntervalMs ?? DEFAULT_SWEEP_INTERVAL_MS;
    this.#connection = options.connection;
    this.#profile = options.profile ?? DEFAULT_PROFILE;
    this.#extensions = [...options.me.extensions];
    this.#presence = options.presence ?? false;
    this.#emitter = new TypedEmitter((error) =>
      this.#logger.log('error', 'A call pipeline listener threw.', { error: String(error) }),
    );
    this.#tracker = new CallTracker({
      me: options.me,
      popInternal: options.popInternal ?? false,
      dnd: options.dnd ?? false,
      clock: this.#clock,
      ...(options.trackerLimits ? { limits: options.trackerLimits } : {}),
      ...(options.newCallId ? { newId: options.newCallId } : {}),
    });
    this.#segments = this.#newSegmentSource();
    this.#session = this.#newSession();
  }

  on<K extends keyof PipelineEvents>(name: K, listener: (payload: PipelineEvents[K]) => void): () => void {
    return this.#emitter.on(name, listener);
  }

  get state(): SessionState {
    return this.#session.state;
  }

  get stats(): PipelineStats {
    return { session: { ...this.#session.stats }, ...this.#counts };
  }

  liveCalls(): readonly CallRecord[] {
    return this.#tracker.liveCalls();
  }

  call(id: string): CallRecord | undefined {
    return this.#tracker.call(id);
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#sweepTimer = this.#clock.setInterval(() => this.#sweep(), this.#sweepIntervalMs);
    this.#session.start();
  }

  /** Closes the socket, clears every timer and waits for a catch-up in flight (bounded by the REST timeout). */
  async stop(): Promise<void> {
    this.#running = false;
    if (this.#sweepTimer !== undefined) this.#clock.clearInterval(this.#sweepTimer);
    this.#sweepTimer = undefined;
    await this.#session.stop();
    await Promise.all([...this.#catchUps]);
  }

  /** For sleep: the connection closes; `resume()` reconnects at once and catches up. */
  suspend(): Promise<void> {
    return this.#session.suspend();
  }

  resume(): void {
    if (!this.#running) {
      this.start();
      return;
    }
    this.#session.resume();
  }

  networkOnline(): void {
    this.#session.networkOnline();
  }

  retryNow(): void {
    this.#session.retryNow();
  }

  /**
   * Applies settings at runtime. Who I am, pop-internal and do-not-disturb go to the tracker (for
   * calls that start after it); the connection goes to the session, which reconnects; a new profile
   * replaces the session. Resolves once the change is under way.
   */
  async configure(update: PipelineConfigUpdate): Promise<void> {
    this.#tracker.setConfig({
      ...(update.username !== undefined ? { username: update.username } : {}),
      ...(update.extensions !== undefined ? { extensions: update.extensions } : {}),
      ...(update.popInternal !== undefined ? { popInternal: update.popInternal } : {}),
      ...(update.dnd !== undefined ? { dnd: update.dnd } : {}),
    });
    if (update.extensions !== undefined) this.#extensions = [...update.extensions];
    const presenceChanged = update.presence !== undefined && update.presence !== this.#presence;
    if (update.presence !== undefined) this.#presence = update.presence;
    if (update.connection !== undefined) {
      this.#connection = { ...this.#connection, ...update.connection };
      this.#segments = this.#newSegmentSource();
    }
    if (update.profile !== undefined && update.profile !== this.#profile) {
      this.#profile = update.profile;
      await this.#replaceSession();
      return;
    }
    if (update.connection !== undefined) {
      const targetUpdate: TargetUpdate = {
        target: this.#connection.target,
        username: this.#connection.managerUsername,
        password: this.#connection.password,
        ...(this.#connection.trust ? { trust: this.#connection.trust } : {}),
      };
      this.#session.updateTarget(targetUpdate);
    }
    // After a reconnect the session sends its current kinds anyway; on a live socket this is the new filter.
    if (presenceChanged) this.#session.updateFilter(this.#kinds());
  }

  // ── wiring ──────────────────────────────────────────────────────────────────────────────────

  #newSession(): EventSession {
    const o = this.#options;
    const session = new EventSession({
      target: this.#connection.target,
      username: this.#connection.managerUsername,
      password: this.#connection.password,
      profile: this.#profile,
      kinds: this.#kinds(),
      clock: this.#clock,
      logger: this.#logger,
      ...(this.#connection.trust ? { trust: this.#connection.trust } : {}),
      ...(o.random ? { random: o.random } : {}),
      ...(o.socketFactory ? { socketFactory: o.socketFactory } : {}),
      ...(o.fetchCertificate ? { fetchCertificate: o.fetchCertificate } : {}),
      ...(o.sessionTimings ? { timings: o.sessionTimings } : {}),
    });
    const tracker = this.#tracker;
    const counts = this.#counts;
    const emitter = this.#emitter;
    // The hot path: one tracker call per event; other people's events return an empty list. A
    // status event (only sent when presence asked for it) costs one kind check, nothing else.
    this.#unsubscribe = [
      session.on('message', (event) => {
        if (event.kind === 'userStatus') {
          emitter.emit('userStatus', event);
          return;
        }
        counts.events += 1;
        const changes = tracker.handle(event);
        if (changes.length > 0) this.#report(changes);
      }),
      session.on('state', (state) => this.#onState(state)),
    ];
    return session;
  }

  #kinds(): EventKind[] {
    return withPresenceKinds(PIPELINE_KINDS, this.#presence);
  }

  #newSegmentSource(): CallSegmentSource {
    const factory = this.#options.createCallSegmentSource;
    if (factory) return factory(this.#connection);
    return liveApiFor(this.#connection, {
      clock: this.#clock,
      logger: this.#logger,
      ...(this.#options.restTimeoutMs !== undefined ? { timeoutMs: this.#options.restTimeoutMs } : {}),
      ...(this.#options.fetchCertificate ? { fetchCertificate: this.#options.fetchCertificate } : {}),
    });
  }

  async #replaceSession(): Promise<void> {
    const old = this.#session;
    for (const off of this.#unsubscribe) off();
    if (this.#live) this.#lost();
    this.#session = this.#newSession();
    await old.stop();
    if (this.#running) this.#session.start();
  }

  #onState(state: SessionState): void {
    if (state.kind === 'live') {
      this.#live = true;
      this.#liveGeneration += 1;
      this.#emitter.emit('connection', state);
      // Only a return to live has a gap behind it; the first connection has nothing to catch up on.
      if (this.#everLive) this.#startCatchUp();
      this.#everLive = true;
      return;
    }
    if (this.#live) this.#lost();
    this.#emitter.emit('connection', state);
    // Retrying cannot help, so no catch-up comes until the settings change: give up the calls that
    // were ringing across the gap now, rather than leave them ringing until the sweep.
    if (state.kind === 'failed' && this.#everLive) this.#giveUpRinging();
  }

  #giveUpRinging(): void {
    const changes = this.#tracker.reconcile(null);
    if (changes.length === 0) return;
    this.#logger.log('info', 'Gave up calls that were ringing when the connection failed.', {
      closed: changes.length,
    });
    this.#report(changes);
  }

  #lost(): void {
    this.#live = false;
    this.#tracker.connectionLost();
  }

  #startCatchUp(): void {
    const run = this.#catchUp(this.#liveGeneration).finally(() => this.#catchUps.delete(run));
    this.#catchUps.add(run);
  }

  async #catchUp(generation: number): Promise<void> {
    let outcome: CatchUpOutcome;
    try {
      outcome = await collectCallSegments(this.#segments, this.#extensions);
    } catch (error) {
      // The source promises Results; a throwing one is a bug elsewhere, and must not leave the calls judged never.
      this.#logger.log('error', 'The call segment source threw.', { error: String(error) });
      outcome = { kind: 'no-extensions' };
    }
    // Dropped again while asking: the tracker still remembers the first gap, and the next live asks again.
    if (!this.#running || !this.#live || generation !== this.#liveGeneration) return;
    const changes = this.#tracker.reconcile(reconcileInput(outcome));
    this.#counts.catchUps += 1;
    if (outcome.kind !== 'listed') this.#counts.catchUpsWithoutList += 1;
    const report: CatchUpReport = {
      outcome: outcome.kind,
      segments: outcome.kind === 'listed' ? outcome.segments.size : null,
      closed: changes.length,
      problemCode: outcome.kind === 'rest-failed' ? outcome.problem.code : null,
    };
    this.#logger.log(outcome.kind === 'rest-failed' ? 'warn' : 'info', 'Caught up on calls after a gap.', {
      outcome: report.outcome,
      segments: report.segments,
      closed: report.closed,
      ...(report.problemCode ? { code: report.problemCode } : {}),
    });
    if (changes.length > 0) this.#report(changes);
    this.#emitter.emit('catchUp', report);
  }

  #sweep(): void {
    this.#counts.sweeps += 1;
    const changes = this.#tracker.sweep();
    if (changes.length > 0) this.#report(changes);
  }

  #report(changes: readonly CallChange[]): void {
    for (const change of changes) {
      this.#counts.callChanges += 1;
      if (change.pop !== null) this.#counts.pops += 1;
      this.#emitter.emit('call', change);
    }
  }
}
