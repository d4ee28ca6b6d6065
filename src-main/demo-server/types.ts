import type { Clock, Random } from '../common/clock';
import type { Logger } from '../common/log';
import type { IsymphonyEvent } from '../protocol/events';
import type { ProtocolProfile } from '../protocol/profile';
import type { ClientInfo } from './clients';
import type { DialectName } from './dialects';
import type { ScenarioName, ScenarioParams } from './scenarios';
import type { StormHandle, StormOptions } from './storm';
import type { TrafficHandle, TrafficOptions } from './traffic';
import type { RestRefusal } from './rest';
import type { DemoUser } from './world';

export type { DemoUser } from './world';
export type { ClientInfo } from './clients';

export interface DemoServerOptions {
  /** Default 127.0.0.1. */
  readonly host?: string;
  /** Default 0: an ephemeral port, read it back from `server.port`. */
  readonly port?: number;
  /** The manager account every request and upgrade must present with Basic auth. */
  readonly username: string;
  readonly password: string;
  /** Addresses and CIDR subnets; default 127.0.0.1, ::1 and ::ffff:127.0.0.1. */
  readonly allowList?: readonly string[];
  /** Serve https/wss with this certificate, or one generated now for localhost. */
  readonly tls?: { readonly cert: string; readonly key: string } | 'generate';
  /** Plain HTTP answers every request with 302 to https on this port. */
  readonly requireSsl?: { readonly sslPort: number };
  /** The wire vocabulary; default this project's model. `dialect` picks a named one when no profile is given. */
  readonly profile?: ProtocolProfile;
  readonly dialect?: DialectName;
  /** Default DEFAULT_USERS (4224 to 4227). */
  readonly users?: readonly DemoUser[];
  readonly clock?: Clock;
  readonly random?: Random;
  readonly logger?: Logger;
  /** Start with the Live REST API refused (see `DemoServer.refuseRest`). */
  readonly restRefusal?: RestRefusal;
  /** Also serve the demo CRM page (`/demo-crm/contact`, no login; allow-list only): demo mode's "Open CRM". */
  readonly crmPage?: boolean;
}

export interface ScenarioRun {
  readonly scenario: ScenarioName;
  /** The wire objects sent, in order (each connection received those its filters selected). */
  readonly events: readonly Record<string, unknown>[];
  /** Every call segment the scenario created, in order of creation. */
  readonly segmentIds: readonly string[];
  readonly callerSegmentId: string | null;
  readonly answeredSegmentId: string | null;
  readonly transferringSegmentId: string | null;
  /** False when the server stopped before the last event went out. */
  readonly completed: boolean;
}

export type Scenarios = { readonly [N in ScenarioName]: (params: ScenarioParams[N]) => Promise<ScenarioRun> };

export interface EmitRawOptions {
  /** Send as a binary frame; default a text frame. */
  readonly binary?: boolean;
  /** Send to every connection, whatever its filters. Frames that are not a JSON object always bypass them. */
  readonly bypassFilters?: boolean;
}

export interface DemoServer {
  readonly port: number;
  readonly host: string;
  readonly coreServerId: string;
  /** With TLS: the certificate and its SHA-256 fingerprint ("AB:CD:…", as Node prints it). */
  readonly certificate?: { readonly pem: string; readonly fingerprint256: string };
  /** Sends a frame exactly as given (objects as JSON text), for malformed-input tests. */
  emitRaw(frame: string | Buffer | Record<string, unknown>, options?: EmitRawOptions): void;
  /** Sends a decoded event through `encodeEvent` and each connection's filters; the REST state follows it. */
  emitEvent(event: IsymphonyEvent): Record<string, unknown>;
  readonly scenarios: Scenarios;
  /** Demo mode: random scenarios for these users until stopped. */
  startTraffic(options?: TrafficOptions): TrafficHandle;
  startStorm(options: StormOptions): StormHandle;
  clients(): readonly ClientInfo[];
  /** graceful: close frame 1001; otherwise the TCP sockets are destroyed. */
  dropAll(options?: { readonly graceful?: boolean }): void;
  /** Half-open: stop reading (so pings go unanswered) and sending, without a FIN. */
  pause(clientId?: string): void;
  resume(clientId?: string): void;
  /**
   * From now on every Live REST request is refused with this status, after the allow-list and
   * auth pass, while the event socket is unaffected: 403 as a licence without the Live API
   * answers, 503 as a busy server. null serves the REST API again.
   */
  refuseRest(refusal: RestRefusal | null): void;
  /**
   * Closes every connection at once and the listener; when it resolves the port is free, so
   * `startDemoServer({ ...options, port: server.port })` starts the next one on the same port.
   */
  stop(): Promise<void>;
}
