/**
 * The live call pipeline: one event session (asking only for the event kinds the tracker reads),
 * the decoder inside it, one call tracker, the Live REST catch-up after every gap, and a periodic
 * sweep. Its two users are the command line (`watch`) and the desktop Companion; both get typed
 * events and change settings at runtime. Plain Node: every I/O collaborator comes in through the
 * options. Its types are in pipeline-options.ts, the gap handling (catch-up, giving up) in
 * connection-gaps.ts. See docs/cli.md and docs/call-model.md.
 */
import { systemClock, type Clock, type TimerHandle } from '../common/clock';
import { silentLogger, type Logger } from '../common/log';
import { CallTracker } from '../calls/tracker';
import type { CallChange, CallRecord } from '../calls/types';
import { withPresenceKinds } from '../presence/filter-kinds';
import { DEFAULT_PROFILE, type EventKind, type ProtocolProfile } from '../protocol/profile';
import { UnreadableFieldTally, type UnreadableFields } from '../protocol/field-reader';
import { TypedEmitter } from '../session/emitter';
import { EventSession, type TargetUpdate } from '../session/event-session';
import type { SessionState } from '../session/states';
import { liveApiFor } from '../live-api/connection';
import type { CallSegmentSource } from './catch-up';
import { ConnectionGaps } from './connection-gaps';
import {
  DEFAULT_CONNECTION_LOST_GRACE_MS,
  DEFAULT_SWEEP_INTERVAL_MS,
  PIPELINE_KINDS,
  zeroCounts,
  type CallPipelineOptions,
  type PipelineConfigUpdate,
  type PipelineConnection,
  type PipelineCounts,
  type PipelineEvents,
  type PipelineStats,
} from './pipeline-options';

export {
  DEFAULT_CONNECTION_LOST_GRACE_MS,
  DEFAULT_SWEEP_INTERVAL_MS,
  PIPELINE_KINDS,
  type CallPipelineOptions,
  type CatchUpReport,
  type PipelineConfigUpdate,
  type PipelineConnection,
  type PipelineEvents,
  type PipelineStats,
} from './pipeline-options';

export class CallPipeline {
  readonly #emitter: TypedEmitter<PipelineEvents>;
  readonly #clock: Clock;
  readonly #logger: Logger;
  readonly #options: CallPipelineOptions;
  readonly #tracker: CallTracker;
  readonly #sweepIntervalMs: number;
  /** Shared by every session this pipeline makes, so a profile change keeps the counts. */
  readonly #unreadable = new UnreadableFieldTally();

  #connection: PipelineConnection;
  #profile: ProtocolProfile;
  #extensions: readonly string[];
  #presence: boolean;
  #session: EventSession;
  #unsubscribe: (() => void)[] = [];
  #segments: CallSegmentSource;
  #running = false;
  #sweepTimer: TimerHandle | undefined;
  readonly #gaps: ConnectionGaps;
  readonly #counts: PipelineCounts = zeroCounts();

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
    this.#gaps = new ConnectionGaps({
      tracker: this.#tracker,
      clock: this.#clock,
      graceMs: options.connectionLostGraceMs ?? DEFAULT_CONNECTION_LOST_GRACE_MS,
      logger: this.#logger,
      counts: this.#counts,
      segments: () => this.#segments,
      extensions: () => this.#extensions,
      running: () => this.#running,
      report: (changes) => this.#report(changes),
      caughtUp: (report) => this.#emitter.emit('catchUp', report),
    });
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

  /** Fields of the server's events that could not be read, per field (for --verbose and diagnostics). */
  unreadableFields(): UnreadableFields {
    return this.#unreadable.snapshot();
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
    this.#gaps.stop();
    await this.#gaps.settled();
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
      unreadableFields: this.#unreadable,
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
        if (event.kind !== 'other') emitter.emit('eventSeen', event.kind);
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
    this.#gaps.sessionReplaced();
    this.#session = this.#newSession();
    await old.stop();
    if (this.#running) this.#session.start();
  }

  #onState(state: SessionState): void {
    this.#gaps.onState(state, () => this.#emitter.emit('connection', state));
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
