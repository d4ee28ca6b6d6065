import WebSocket, { type ClientOptions, type RawData } from 'ws';
import { systemClock, type Clock, type Random, type TimerHandle } from '../common/clock';
import { silentLogger, type Logger } from '../common/log';
import type { Secret } from '../common/secret';
import { decodeFrame } from '../protocol/decode';
import { UnreadableFieldTally } from '../protocol/field-reader';
import type { IsymphonyEvent } from '../protocol/events';
import { appFilter, filterMessage } from '../protocol/filter';
import type { EventKind, ProtocolProfile } from '../protocol/profile';
import { eventSocketUrl, type ServerTarget } from '../protocol/target';
import { attemptAfterLive, backoffDelay, DEFAULT_BACKOFF, type BackoffPolicy } from './backoff';
import {
  classifyFailure,
  WS_CLOSE_MESSAGE_TOO_BIG,
  type ConnectionProblem,
  type FailureObservation,
} from './classify';
import { TypedEmitter } from './emitter';
import { frameText } from './frame-text';
import { DEFAULT_HEARTBEAT, Heartbeat, type HeartbeatTimings } from './heartbeat';
import {
  certificateFetcher,
  explainTlsFailure,
  prepareTransport,
  SYSTEM_TRUST,
  type CertificateFetcher,
  type ConnectionSettings,
  type TlsTrust,
} from './secure-transport';
import {
  backoffState,
  connectingState,
  failedState,
  idleState,
  liveState,
  stoppedState,
  type SessionState,
} from './states';

/** The seam for tests: how a websocket is made. Defaults to `ws`. */
export type SocketFactory = (url: string, options: ClientOptions) => WebSocket;

export const defaultSocketFactory: SocketFactory = (url, options) => new WebSocket(url, options);

export interface SessionTimings {
  /** From starting an attempt to the socket being open (TLS preflight included). */
  readonly handshakeTimeoutMs: number;
  readonly heartbeat: HeartbeatTimings;
  readonly backoff: BackoffPolicy;
  /** Frames above this close the socket with 1009. */
  readonly maxPayloadBytes: number;
  /** How long stop()/suspend() wait for a clean close before cutting the socket. */
  readonly closeWaitMs: number;
}

export const DEFAULT_TIMINGS: SessionTimings = Object.freeze({
  handshakeTimeoutMs: 10_000,
  heartbeat: DEFAULT_HEARTBEAT,
  backoff: DEFAULT_BACKOFF,
  maxPayloadBytes: 1024 * 1024,
  closeWaitMs: 1_000,
});

export interface EventSessionOptions {
  readonly target: ServerTarget;
  readonly username: string;
  readonly password: Secret;
  readonly profile: ProtocolProfile;
  readonly kinds: readonly EventKind[];
  readonly trust?: TlsTrust;
  readonly clock?: Clock;
  readonly random?: Random;
  readonly logger?: Logger;
  readonly socketFactory?: SocketFactory;
  readonly fetchCertificate?: CertificateFetcher;
  readonly timings?: Partial<SessionTimings>;
  /** Where fields that could not be read are counted; a pipeline passes one that outlives its sessions. */
  readonly unreadableFields?: UnreadableFieldTally;
}

export interface TargetUpdate {
  readonly target?: ServerTarget;
  readonly username?: string;
  readonly password?: Secret;
  readonly trust?: TlsTrust;
}

export interface SessionStats {
  /** Connection attempts started. */
  attempts: number;
  /** Sockets that opened. */
  connects: number;
  framesReceived: number;
  /** Frames that could not be decoded, binary frames included. */
  rejectedFrames: number;
  /** Sockets closed because a frame was above the size limit. */
  oversizeFrames: number;
  /** Connections the heartbeat found dead. */
  heartbeatTimeouts: number;
  /** Filter messages sent. */
  filtersSent: number;
}

export interface SessionEvents {
  state: SessionState;
  message: IsymphonyEvent;
}

const OVERSIZE_ERROR = 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH';

/** How many rejected frames are logged at warn level before the rest go to debug. */
const LOUD_REJECTIONS = 10;

/**
 * Keeps one healthy connection to the iSymphony event websocket: connects, sends the filter,
 * watches it with a heartbeat, and reconnects with jittered backoff unless the problem is one
 * that only a settings change fixes. One socket at a time; every socket belongs to a generation,
 * and events from an older generation are ignored.
 */
export class EventSession {
  readonly stats: SessionStats = {
    attempts: 0,
    connects: 0,
    framesReceived: 0,
    rejectedFrames: 0,
    oversizeFrames: 0,
    heartbeatTimeouts: 0,
    filtersSent: 0,
  };

  /** Fields of delivered events that could not be read (they were read as absent). */
  readonly unreadableFields: UnreadableFieldTally;
  private readonly emitter: TypedEmitter<SessionEvents>;
  private readonly clock: Clock;
  private readonly random: Random;
  private readonly logger: Logger;
  private readonly socketFactory: SocketFactory;
  private readonly fetchCertificate: CertificateFetcher;
  private readonly timings: SessionTimings;
  private readonly profile: ProtocolProfile;

  private settings: ConnectionSettings;
  private kinds: readonly EventKind[];
  private current: SessionState = idleState();
  private running = false;
  private generation = 0;
  private failures = 0;
  private socket: WebSocket | undefined;
  private liveSince = 0;
  private heartbeat: Heartbeat | undefined;
  private handshakeTimer: TimerHandle | undefined;
  private retryTimer: TimerHandle | undefined;

  constructor(options: EventSessionOptions) {
    this.clock = options.clock ?? systemClock;
    this.random = options.random ?? Math.random;
    this.logger = options.logger ?? silentLogger;
    this.unreadableFields = options.unreadableFields ?? new UnreadableFieldTally();
    this.socketFactory = options.socketFactory ?? defaultSocketFactory;
    this.fetchCertificate = options.fetchCertificate ?? certificateFetcher(this.clock);
    this.timings = { ...DEFAULT_TIMINGS, ...options.timings };
    this.profile = options.profile;
    this.kinds = [...options.kinds];
    this.settings = {
      target: options.target,
      username: options.username,
      password: options.password,
      trust: options.trust ?? SYSTEM_TRUST,
    };
    this.emitter = new TypedEmitter((error) =>
      this.logger.log('error', 'An event session listener threw.', { error: String(error) }),
    );
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
    this.failures = 0;
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
    this.clearRetry();
    const socket = this.detachSocket();
    this.setState(stoppedState(code));
    if (socket) await this.closeGracefully(socket);
  }

  private reconnectNow(): void {
    this.generation += 1;
    this.clearRetry();
    const socket = this.detachSocket();
    if (socket) socket.terminate();
    this.failures = 0;
    this.connect();
  }

  private connect(): void {
    const generation = ++this.generation;
    this.stats.attempts += 1;
    this.setState(connectingState(this.failures + 1, this.where));
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
    const options: ClientOptions = {
      headers: { ...prepared.value.headers },
      maxPayload: this.timings.maxPayloadBytes,
      perMessageDeflate: false,
      followRedirects: false,
      // ws would fail the whole connection (1007) on one text frame of invalid UTF-8, and every
      // reconnect costs a gap and a catch-up; onFrame checks the bytes (frameText) and drops just that frame.
      skipUTF8Validation: true,
    };
    // ws hands TLS options to tls.connect unchanged; @types/ws declares checkServerIdentity with a
    // boolean result, while Node's (and so ws's) contract is "return an Error to refuse".
    if (prepared.value.tls) Object.assign(options, prepared.value.tls);
    this.transportNotice = prepared.value.notice;
    let socket: WebSocket;
    try {
      socket = this.socketFactory(eventSocketUrl(settings.target), options);
    } catch (error) {
      this.fail(generation, { kind: 'error', errorCode: errorCodeOf(error) });
      return;
    }
    this.socket = socket;
    let opened = false;
    socket.on('unexpected-response', (_request, response) => {
      const localAddress = response.socket?.localAddress;
      response.resume();
      this.fail(generation, {
        kind: 'http-status',
        status: response.statusCode ?? 0,
        ...(localAddress ? { localAddress } : {}),
      });
    });
    socket.on('open', () => {
      if (generation !== this.generation) return;
      opened = true;
      this.onOpen(generation, socket);
    });
    socket.on('message', (data, isBinary) => {
      if (generation === this.generation) this.onFrame(data, isBinary);
    });
    socket.on('pong', () => {
      if (generation === this.generation) this.heartbeat?.alive();
    });
    socket.on('ping', () => {
      if (generation === this.generation) this.heartbeat?.alive();
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (generation !== this.generation) return;
      if (error.code === OVERSIZE_ERROR) {
        this.stats.oversizeFrames += 1;
        this.fail(generation, { kind: 'closed', closeCode: WS_CLOSE_MESSAGE_TOO_BIG });
      } else if (opened) {
        this.fail(generation, { kind: 'closed', closeCode: 1006 });
      } else {
        void this.failWithTls(generation, settings, error.code);
      }
    });
    socket.on('close', (closeCode) => {
      this.fail(generation, { kind: 'closed', closeCode });
    });
  }

  /** What the last prepared transport wants the user to know (an expired pinned certificate), shown while live. */
  private transportNotice: string | undefined;

  private onOpen(generation: number, socket: WebSocket): void {
    this.clearHandshakeTimer();
    this.stats.connects += 1;
    this.liveSince = this.clock.now();
    this.sendFilter(socket);
    this.heartbeat = new Heartbeat({
      clock: this.clock,
      ...this.timings.heartbeat,
      ping: () => {
        try {
          socket.ping();
        } catch {
          // A socket that cannot ping is caught by the deadline.
        }
      },
      onDead: () => {
        this.stats.heartbeatTimeouts += 1;
        this.fail(generation, { kind: 'heartbeat-timeout', ms: this.timings.heartbeat.timeoutMs });
      },
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
    if (isBinary) {
      this.reject('binary-frame', byteLength(data));
      return;
    }
    const bytes = toBuffer(data);
    const text = frameText(bytes);
    if (text === null) {
      this.reject('invalid-utf8', bytes.length);
      return;
    }
    const decoded = decodeFrame(text, this.profile);
    if (!decoded.ok) {
      this.reject(decoded.rejection.code, text.length);
      return;
    }
    const message = decoded.message;
    if (decoded.unreadable) this.countUnreadable(decoded.unreadable, message.type);
    if (message.kind === 'filterResponse') {
      this.logger.log(message.success ? 'debug' : 'warn', 'The server answered the filter.', {
        success: message.success,
      });
      return;
    }
    if (message.kind === 'other') {
      this.logger.log('debug', 'Ignored a message type the app does not use.', {
        type: message.type.slice(0, 64),
      });
      return;
    }
    this.emitter.emit('message', message);
  }

  private countUnreadable(fields: readonly string[], type: string): void {
    this.unreadableFields.add(fields);
    const n = this.unreadableFields.messages;
    if (n <= LOUD_REJECTIONS || n % 1000 === 0) {
      // Field names are the decoder's own (or the profile's); the values stay out of the log.
      this.logger.log('debug', 'Kept an event with fields that could not be read (read as absent).', {
        type: type.slice(0, 64),
        fields: fields.join(','),
        events: n,
      });
    }
  }

  private reject(code: string, length: number): void {
    this.stats.rejectedFrames += 1;
    const n = this.stats.rejectedFrames;
    // Never the frame's text: it is untrusted and may be huge. The code and size say enough.
    const level = n <= LOUD_REJECTIONS || n % 1000 === 0 ? 'warn' : 'debug';
    this.logger.log(level, 'Dropped a message from the server that could not be read.', {
      code,
      length,
      rejected: n,
    });
  }

  private async failWithTls(
    generation: number,
    settings: ConnectionSettings,
    errorCode: string | undefined,
  ): Promise<void> {
    if (generation !== this.generation) return;
    // Retire the socket now so nothing else from it counts while the certificate is looked at.
    const retired = ++this.generation;
    const socket = this.detachSocket();
    socket?.terminate();
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
    const socket = this.detachSocket();
    socket?.terminate();
    this.settle(classifyFailure(seen, this.settings.target), wasLive, liveFor);
  }

  private settle(problem: ConnectionProblem, wasLive: boolean, liveFor: number): void {
    if (!this.running) return;
    if (!problem.retryable) {
      this.setState(failedState(problem));
      return;
    }
    if (wasLive) this.failures = attemptAfterLive(this.timings.backoff, this.failures, liveFor);
    this.failures += 1;
    const delay = backoffDelay(this.timings.backoff, this.failures, this.random);
    const at = this.clock.now() + delay;
    this.setState(backoffState(this.failures + 1, at, delay, problem));
    this.retryTimer = this.clock.setTimeout(() => {
      this.retryTimer = undefined;
      if (this.running && this.current.kind === 'backoff') this.connect();
    }, delay);
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

  private closeGracefully(socket: WebSocket): Promise<void> {
    if (socket.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = this.clock.setTimeout(() => {
        socket.terminate();
        resolve();
      }, this.timings.closeWaitMs);
      socket.once('close', () => {
        this.clock.clearTimeout(timer);
        resolve();
      });
      if (socket.readyState === WebSocket.OPEN) socket.close(1000, 'client going away');
      else socket.terminate();
    });
  }

  private clearHandshakeTimer(): void {
    if (this.handshakeTimer !== undefined) this.clock.clearTimeout(this.handshakeTimer);
    this.handshakeTimer = undefined;
  }

  private clearRetry(): void {
    if (this.retryTimer !== undefined) this.clock.clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }
}

function errorCodeOf(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

function toBuffer(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.from(data);
}

function byteLength(data: RawData): number {
  return toBuffer(data).length;
}
