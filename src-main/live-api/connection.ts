import type { Clock } from '../common/clock';
import type { Logger } from '../common/log';
import type { Secret } from '../common/secret';
import type { CoreServerRef } from '../protocol/core-server';
import type { ServerTarget } from '../protocol/target';
import type { CertificateFetcher, TlsTrust } from '../session/secure-transport';
import { LiveApiClient } from './client';

/**
 * Where the server is and how to sign in, for the event socket and the Live REST API alike. The
 * password stays a `Secret` all the way to the header.
 */
export interface LiveConnection {
  readonly target: ServerTarget;
  /** The manager account of the server (not the iSymphony user whose calls are watched). */
  readonly managerUsername: string;
  readonly password: Secret;
  readonly trust?: TlsTrust;
  /** The core server every REST call names; the server's `default` when absent. */
  readonly coreServer?: CoreServerRef;
}

export {
  CORE_SERVER_REFUSED,
  DEFAULT_CORE_SERVER,
  parseCoreServer,
  type CoreServerRef,
} from '../protocol/core-server';

/** What the REST client takes besides the connection: time, logging and test tuning. */
export interface LiveApiTuning {
  readonly clock?: Clock;
  readonly logger?: Logger;
  readonly timeoutMs?: number;
  readonly fetchCertificate?: CertificateFetcher;
}

/**
 * The one place a Live REST client is built from a connection, so the catch-up, presence, the
 * identity check and the command line all speak to the same core server with the same trust.
 */
export function liveApiFor(connection: LiveConnection, tuning: LiveApiTuning = {}): LiveApiClient {
  return new LiveApiClient({
    target: connection.target,
    username: connection.managerUsername,
    password: connection.password,
    ...(connection.trust ? { trust: connection.trust } : {}),
    ...(connection.coreServer ? { coreServer: connection.coreServer } : {}),
    ...(tuning.clock ? { clock: tuning.clock } : {}),
    ...(tuning.logger ? { logger: tuning.logger } : {}),
    ...(tuning.timeoutMs !== undefined ? { timeoutMs: tuning.timeoutMs } : {}),
    ...(tuning.fetchCertificate ? { fetchCertificate: tuning.fetchCertificate } : {}),
  });
}

/** Whether two connections reach the same server as the same account (a REST client can be shared). */
export function sameConnection(a: LiveConnection, b: LiveConnection): boolean {
  return (
    JSON.stringify(a.target) === JSON.stringify(b.target) &&
    a.managerUsername === b.managerUsername &&
    a.password.equals(b.password) &&
    JSON.stringify(a.trust ?? null) === JSON.stringify(b.trust ?? null) &&
    JSON.stringify(a.coreServer ?? null) === JSON.stringify(b.coreServer ?? null)
  );
}
