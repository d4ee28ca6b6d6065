import type { ConnectionProblemCode } from '../session/classify';
import { EXIT_USAGE } from './io';

/**
 * Exit codes of the commands that connect (`check`, `watch`), one per failure class, so scripts
 * can tell "fix the password" from "the server is down". Documented in docs/cli.md.
 */
export const EXIT_LIVE = 0;
export { EXIT_USAGE };
export const EXIT_CREDENTIALS = 3;
export const EXIT_ADDRESS_NOT_ALLOWED = 4;
export const EXIT_NOT_FOUND = 5;
export const EXIT_SSL_REQUIRED = 6;
export const EXIT_TLS = 7;
export const EXIT_UNREACHABLE = 8;
export const EXIT_TIMEOUT = 9;
export const EXIT_OTHER = 10;

const BY_CODE: Readonly<Record<ConnectionProblemCode, number>> = {
  'credentials-rejected': EXIT_CREDENTIALS,
  'address-not-allowed': EXIT_ADDRESS_NOT_ALLOWED,
  'not-found': EXIT_NOT_FOUND,
  'ssl-required': EXIT_SSL_REQUIRED,
  'tls-certificate-rejected': EXIT_TLS,
  'tls-fingerprint-mismatch': EXIT_TLS,
  'dns-failed': EXIT_UNREACHABLE,
  'connection-refused': EXIT_UNREACHABLE,
  'network-unreachable': EXIT_UNREACHABLE,
  timeout: EXIT_TIMEOUT,
  'heartbeat-timeout': EXIT_TIMEOUT,
  'username-invalid': EXIT_USAGE,
  'unexpected-status': EXIT_OTHER,
  'connection-closed': EXIT_OTHER,
  'frame-too-large': EXIT_OTHER,
  'connection-failed': EXIT_OTHER,
};

export function exitCodeFor(code: ConnectionProblemCode): number {
  return BY_CODE[code];
}
