/**
 * What the session asks of one `ws` socket: the options it is opened with, its events sorted into
 * what the session acts on, and a close that waits a little for the server's goodbye.
 */
import WebSocket, { type ClientOptions, type RawData } from 'ws';
import type { Clock } from '../common/clock';
import type { FailureObservation } from './classify';
import { Heartbeat, type HeartbeatTimings } from './heartbeat';
import type { PreparedTransport } from './secure-transport';

/** ws reports a frame above maxPayload as an error with this code (and closes with 1009). */
const OVERSIZE_ERROR = 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH';

/** What the session does with one socket's events. */
export interface SocketHandlers {
  /** False once the session has moved on to another socket (or none): its events then count for nothing. */
  readonly isCurrent: () => boolean;
  readonly open: () => void;
  readonly frame: (data: RawData, isBinary: boolean) => void;
  /** A ping or pong: the peer is there. */
  readonly alive: () => void;
  /** The socket is done for; the session checks itself whether it still cares. */
  readonly fail: (seen: FailureObservation) => void;
  /** A frame above the size limit. */
  readonly oversize: () => void;
  /** An error before the socket opened: the TLS handshake may explain it. */
  readonly failBeforeOpen: (errorCode: string | undefined) => void;
}

export function listenToSocket(socket: WebSocket, on: SocketHandlers): void {
  let opened = false;
  socket.on('unexpected-response', (_request, response) => {
    const localAddress = response.socket?.localAddress;
    response.resume();
    on.fail({
      kind: 'http-status',
      status: response.statusCode ?? 0,
      ...(localAddress ? { localAddress } : {}),
    });
  });
  socket.on('open', () => {
    if (!on.isCurrent()) return;
    opened = true;
    on.open();
  });
  socket.on('message', (data, isBinary) => {
    if (on.isCurrent()) on.frame(data, isBinary);
  });
  socket.on('pong', () => {
    if (on.isCurrent()) on.alive();
  });
  socket.on('ping', () => {
    if (on.isCurrent()) on.alive();
  });
  socket.on('error', (error: NodeJS.ErrnoException) => {
    if (!on.isCurrent()) return;
    if (error.code === OVERSIZE_ERROR) on.oversize();
    else if (opened) on.fail({ kind: 'closed', closeCode: 1006 });
    else on.failBeforeOpen(error.code);
  });
  socket.on('close', (closeCode) => {
    on.fail({ kind: 'closed', closeCode });
  });
}

/** The options of one socket: the prepared credentials and TLS, a frame size limit, nothing clever. */
export function socketOptions(prepared: PreparedTransport, maxPayloadBytes: number): ClientOptions {
  const options: ClientOptions = {
    headers: { ...prepared.headers },
    maxPayload: maxPayloadBytes,
    perMessageDeflate: false,
    followRedirects: false,
    // ws would fail the whole connection (1007) on one text frame of invalid UTF-8, and every
    // reconnect costs a gap and a catch-up; the frame reader checks the bytes (frameText) and drops just that frame.
    skipUTF8Validation: true,
  };
  // ws hands TLS options to tls.connect unchanged; @types/ws declares checkServerIdentity with a
  // boolean result, while Node's (and so ws's) contract is "return an Error to refuse".
  if (prepared.tls) Object.assign(options, prepared.tls);
  return options;
}

/** A heartbeat that pings this socket; a socket that cannot ping is caught by the deadline. */
export function socketHeartbeat(
  socket: WebSocket,
  clock: Clock,
  timings: HeartbeatTimings,
  onDead: () => void,
): Heartbeat {
  const ping = (): void => {
    try {
      socket.ping();
    } catch {
      // Caught by the deadline.
    }
  };
  return new Heartbeat({ clock, ...timings, ping, onDead });
}

/** Closes with 1000 and waits up to `waitMs` for the close; then cuts the socket. */
export function closeGracefully(socket: WebSocket, clock: Clock, waitMs: number): Promise<void> {
  if (socket.readyState === WebSocket.CLOSED) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = clock.setTimeout(() => {
      socket.terminate();
      resolve();
    }, waitMs);
    socket.once('close', () => {
      clock.clearTimeout(timer);
      resolve();
    });
    if (socket.readyState === WebSocket.OPEN) socket.close(1000, 'client going away');
    else socket.terminate();
  });
}

/** The `code` of a thrown Node error (ECONNREFUSED, …), if it has one. */
export function errorCodeOf(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}
