import type { Clock } from '../common/clock';
import type { Logger } from '../common/log';
import type { Secret } from '../common/secret';
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

/** A core server by its id (a UUID) or by its name (slug). */
export type CoreServerRef = { readonly id: string } | { readonly name: string };

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

export const DEFAULT_CORE_SERVER = 'default';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SLUG = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/**
 * A core server as the user names it: a UUID is its id, anything else its name (slug). Every
 * REST path names it (`coreServers/{id}` or `coreServers/getByName/{slug}`).
 */
export function parseCoreServer(text: string): CoreServerRef | null {
  const value = text.trim();
  if (UUID.test(value)) return { id: value.toLowerCase() };
  if (SLUG.test(value)) return { name: value };
  return null;
}

export const CORE_SERVER_REFUSED =
  'the core server is its name (letters, digits, ".", "_" and "-", such as "default") or its id (a UUID).';
