import type { RawData, WebSocket } from 'ws';
import { systemClock, type Clock, type TimerHandle } from '../common/clock';
import { silentLogger, type Logger } from '../common/log';
import type { MessageRef } from '../i18n/message-ref';
import { UnreadableFieldTally } from '../protocol/field-reader';
import { appFilter, filterMessage } from '../protocol/filter';
import type { EventKind, ProtocolProfile } from '../protocol/profile';
import { eventSocketUrl } from '../protocol/target';
import {
  classifyFailure,
  WS_CLOSE_MESSAGE_TOO_BIG,
  type ConnectionProblem,
  type FailureObservation,
} from './classify';
import { TypedEmitter } from './emitter';
import { FrameReader } from './frame-reader';
import { RetrySchedule } from './retry-schedule';
import type { Heartbeat } from './heartbeat';
import {
  explainTlsFailure,
  prepareTransport,
  transportOf,
  type CertificateFetcher,
  type ConnectionSettings,
} from './secure-transport';
import {
  DEFAULT_TIMINGS,
  defaultSocketFactory,
  emptySessionStats,
  type EventSessionOptions,
  type SessionEvents,
  type SessionStats,
  type SessionTimings,
  type SocketFactory,
  type TargetUpdate,
} from './session-options';
import {
  backoffState,
  connectingState,
  failedState,
  idleState,
  liveState,
  stoppedState,
  type SessionState,
} from './states';
import { closeGracefully, errorCodeOf, listenToSocket, socketHeartbeat, socketOptions } from './ws-socket';

// Callers name the options, timings and counters through the session they configure.
export * from './session-options';

/**
 * Keeps one healthy connection to the iSymphony event websocket: connects, sends the filter,
 * watches it with a heartbeat, and reconnects with jittered backoff unless the problem is one
 * that only a settings change fixes. One socket at a time; every socket belongs to a generation,
 * and events from an older generation are ignored.
 */
export class EventSession {
  readonly stats: SessionStats = emptySessionStats();

  /** Fields of delivered events that could not be read (they were read as absent). */
  readonly unreadableFields: UnreadableFieldTally;
  private readonly emitter: TypedEmitter<SessionEvents>;
  private readonly clock: Clock;
  private readonly logger: Logger;
  private readonly socketFactory: SocketFactory;
  private readonly fetchCertificate: CertificateFetcher;
  private readonly timings: SessionTimings;
  private readonly profile: ProtocolProfile;
  private readonly frames: FrameReader;
  private readonly retries: RetrySchedule;

  private settings: ConnectionSettings;
  private kinds: readonly EventKind[];
  private current: SessionState = idleState();
  private running = false;
  private generation = 0;
  private socket: WebSocket | undefined;
  private liveSince = 0;
  private heartbeat: Heartbeat | undefined;
  private handshakeTimer: TimerHandle | undefined;

  constructor(options: EventSessionOptions) {
    this.clock = options.clock ?? systemClock;
    this.logger = options.logger ?? silentLogger;
    this.unreadableFields = options.unreadableFields ?? new UnreadableFieldTally();
    this.socketFactory = options.socketFactory ?? defaultSocketFactory;
    this.timings = { ...DEFAULT_TIMINGS, ...options.timings };
    this.retries = new RetrySchedule(this.clock, options.random ?? Math.random, this.timings.backoff);
    this.profile = options.profile;
    this.kinds = [...options.kinds];
    ({ settings: this.settings, fetchCertificate: this.fetchCertificate } = transportOf(options, this.clock));
    this.emitter = new TypedEmitter((error) =>
      this.logger.log('error', 'An event session listener threw.', { error: String(error) }),
    );
    this.frames = new FrameReader({
      profile: this.profile,
      logger: this.logger,
      stats: this.stats,
      unreadableFields: this.unreadableFields,
      emitOther: options.emitOther === true,
      deliver: (message) => this.emitter.emit('message', message),
    });
  }

  get state(): SessionState {
    return this.current;
  }

  on<K extends keyof SessionEvents>(name: K, listener: (payload: SessionEvents[K]) => void): () => void {
    return this.emitter.on(name, listener);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.retries.reset();
    this.connect();
  }

  /** Closes the connection and stays disconnected; resolves once the socket has closed. */
  stop(): Promise<void> {
    return this.halt('stopped');
  }

  /** For sleep: like stop, and `resume()` reconnects at once. */
  suspend(): Promise<void> {
    return this.halt('suspended');
  }

  resume(): void {
    if (!this.running) {
      this.start();
      return;
    }
    // Resumed without a suspend: keep a live socket (after checking it), replace anything else now.
    if (this.current.kind === 'live') this.heartbeat?.probe();
    else this.reconnectNow();
  }

  /** The network came back: skip any backoff wait, and check a live socket at once. */
  networkOnline(): void {
    if (!this.running) return;
    if (this.current.kind === 'backoff') this.reconnectNow();
    else if (this.current.kind === 'live') this.heartbeat?.probe();
  }

  /** The user asked: try again now, also after a problem that stopped automatic retries. */
  retryNow(): void {
    if (!this.running) {
      this.start();
      return;
    }
    if (this.current.kind === 'live') return;
    this.reconnectNow();
  }

  updateTarget(update: TargetUpdate): void {
    this.settings = {
      target: update.target ?? this.settings.target,
      username: update.username ?? this.settings.username,
      password: update.password ?? this.settings.password,
      trust: update.trust ?? this.settings.trust,
    };
    if (this.running) this.reconnectNow();
  }

  /** Sends the new filter on the live socket; no reconnect is needed. */
  updateFilter(kinds: readonly EventKind[]): void {
    this.kinds = [...kinds];
    if (this.current.kind === 'live' && this.socket) this.sendFilter(this.socket);
  }

  private get where(): string {
    return `${this.settings.target.host}:${this.settings.target.port}`;
  }

  private setState(next: SessionState): void {
    this.current = next;
    this.logger.log(next.kind === 'failed' ? 'warn' : 'info', next.message, {
      state: next.kind,
      code: next.code,
    });
    this.emitter.emit('state', next);
  }

  private async halt(code: 'stopped' | 'suspended'): Promise<void> {
    this.running = false;
    this.generation += 1;
    this.retries.cancel();
    const socket = this.detachSocket();
    this.setState(stoppedState(code));
    if (socket) await closeGracefully(socket, this.clock, this.timings.closeWaitMs);
  }

  private reconnectNow(): void {
    this.generation += 1;
    this.retries.cancel();
    this.detachSocket()?.terminate();
    this.retries.reset();
    this.connect();
  }

  private connect(): void {
    const generation = ++this.generation;
    this.stats.attempts += 1;
    this.setState(connectingState(this.retries.attempt, this.where));
    this.handshakeTimer = this.clock.setTimeout(() => {
      this.handshakeTimer = undefined;
      this.fail(generation, { kind: 'timeout', ms: this.timings.handshakeTimeoutMs });
    }, this.timings.handshakeTimeoutMs);
    void this.open(generation);
  }

  private async open(generation: number): Promise<void> {
    const settings = this.settings;
    const prepared = await prepareTransport(settings, this.fetchCertificate, this.timings.handshakeTimeoutMs);
    if (generation !== this.generation) return;
    if (!prepared.ok) {
      this.fail(generation, prepared.error);
      return;
    }
    const options = socketOptions(prepared.value, this.timings.maxPayloadBytes);
    this.transportNotice = prepared.value.notice;
    let socket: WebSocket;
    try {
      socket = this.socketFactory(eventSocketUrl(settings.target), options);
    } catch (error) {
      this.fail(generation, { kind: 'error', errorCode: errorCodeOf(error) });
      return;
    }
    this.socket = socket;
    listenToSocket(socket, {
      isCurrent: () => generation === this.generation,
      open: () => this.onOpen(generation, socket),
      frame: (data, isBinary) => this.onFrame(data, isBinary),
      alive: () => this.heartbeat?.alive(),
      fail: (seen) => this.fail(generation, seen),
      oversize: () => {
        this.stats.oversizeFrames += 1;
        this.fail(generation, { kind: 'closed', closeCode: WS_CLOSE_MESSAGE_TOO_BIG });
      },
      failBeforeOpen: (errorCode) => void this.failWithTls(generation, settings, errorCode),
    });
  }

  /** What the last prepared transport wants the user to know (an expired pinned certificate), shown while live. */
  private transportNotice: MessageRef | undefined;

  private onOpen(generation: number, socket: WebSocket): void {
    this.clearHandshakeTimer();
    this.stats.connects += 1;
    this.liveSince = this.clock.now();
    this.sendFilter(socket);
    this.heartbeat = socketHeartbeat(socket, this.clock, this.timings.heartbeat, () => {
      this.stats.heartbeatTimeouts += 1;
      this.fail(generation, { kind: 'heartbeat-timeout', ms: this.timings.heartbeat.timeoutMs });
    });
    this.heartbeat.start();
    this.setState(liveState(this.liveSince, this.where, this.transportNotice));
  }

  private sendFilter(socket: WebSocket): void {
    const text = filterMessage(appFilter(this.profile, this.kinds));
    socket.send(text, (error) => {
      if (error) this.logger.log('debug', 'The filter could not be sent; the socket is closing.', {});
    });
    this.stats.filtersSent += 1;
  }

  private onFrame(data: RawData, isBinary: boolean): void {
    this.stats.framesReceived += 1;
    this.heartbeat?.alive();
    this.frames.read(data, isBinary);
  }

  private async failWithTls(
    generation: number,
    settings: ConnectionSettings,
    errorCode: string | undefined,
  ): Promise<void> {
    if (generation !== this.generation) return;
    // Retire the socket now so nothing else from it counts while the certificate is looked at.
    const retired = ++this.generation;
    this.detachSocket()?.terminate();
    const seen = await explainTlsFailure(
      settings,
      errorCode,
      this.fetchCertificate,
      this.timings.handshakeTimeoutMs,
    );
    if (retired !== this.generation) return;
    this.settle(classifyFailure(seen, settings.target), false, 0);
  }

  /** The socket of `generation` is done for: classify, and either back off or stop trying. */
  private fail(generation: number, seen: FailureObservation): void {
    if (generation !== this.generation) return;
    const wasLive = this.current.kind === 'live';
    const liveFor = wasLive ? this.clock.now() - this.liveSince : 0;
    this.generation += 1;
    this.detachSocket()?.terminate();
    this.settle(classifyFailure(seen, this.settings.target), wasLive, liveFor);
  }

  private settle(problem: ConnectionProblem, wasLive: boolean, liveFor: number): void {
    if (!this.running) return;
    if (!problem.retryable) {
      this.setState(failedState(problem));
      return;
    }
    const retry = this.retries.next(wasLive, liveFor);
    this.setState(backoffState(retry.attempt, retry.at, retry.delay, problem));
    this.retries.wait(retry.delay, () => {
      if (this.running && this.current.kind === 'backoff') this.connect();
    });
  }

  /** Forgets the current socket and its timers; the caller closes it. */
  private detachSocket(): WebSocket | undefined {
    this.clearHandshakeTimer();
    this.heartbeat?.stop();
    this.heartbeat = undefined;
    const socket = this.socket;
    this.socket = undefined;
    return socket;
  }

  private clearHandshakeTimer(): void {
    if (this.handshakeTimer !== undefined) this.clock.clearTimeout(this.handshakeTimer);
    this.handshakeTimer = undefined;
  }
}
