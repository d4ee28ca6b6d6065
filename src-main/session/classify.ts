import type { Problem } from '../common/result';
import type { MessageKey } from '../i18n/catalogues';
import { english } from '../i18n/english';
import type { MessageRef } from '../i18n/message-ref';

/**
 * Turns what went wrong with a connection (to the event socket or the Live REST API) into a
 * machine code, one sentence that names the fix, and whether retrying by itself can help.
 * Pure: the caller observes, this decides.
 */
export type ConnectionProblemCode =
  | 'dns-failed'
  | 'connection-refused'
  | 'network-unreachable'
  | 'timeout'
  | 'tls-certificate-rejected'
  | 'tls-fingerprint-mismatch'
  | 'credentials-rejected'
  | 'address-not-allowed'
  | 'not-found'
  | 'ssl-required'
  | 'unexpected-status'
  | 'connection-closed'
  | 'frame-too-large'
  | 'heartbeat-timeout'
  | 'connection-failed'
  | 'username-invalid';

export interface ConnectionProblem extends Problem<ConnectionProblemCode> {
  /** False for problems only a settings change (or the server's administrator) can fix. */
  readonly retryable: boolean;
  /** The SHA-256 fingerprint of the certificate the server presented, for TLS problems. */
  readonly fingerprint256?: string;
  /** The HTTP status behind the problem, when there was one. */
  readonly status?: number;
}

/** What was seen, before any judgement. */
export type FailureObservation =
  | { readonly kind: 'error'; readonly errorCode: string | undefined; readonly fingerprint256?: string }
  | { readonly kind: 'http-status'; readonly status: number; readonly localAddress?: string }
  | { readonly kind: 'timeout'; readonly ms: number }
  | { readonly kind: 'fingerprint-mismatch'; readonly presented: string }
  | { readonly kind: 'closed'; readonly closeCode: number }
  | { readonly kind: 'heartbeat-timeout'; readonly ms: number }
  | { readonly kind: 'username-invalid' };

export interface ClassifyContext {
  readonly host: string;
  readonly port: number;
}

/** OpenSSL and Node codes that mean "the certificate chain or name was not accepted". */
const CERTIFICATE_ERRORS: ReadonlySet<string> = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'CERT_SIGNATURE_FAILURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'INVALID_CA',
  'HOSTNAME_MISMATCH',
]);

/** A TLS error code this module's trust check puts on its own errors. */
export const FINGERPRINT_MISMATCH_ERROR = 'ERR_TLS_FINGERPRINT_MISMATCH';

export const WS_CLOSE_MESSAGE_TOO_BIG = 1009;

export function isCertificateError(errorCode: string | undefined): boolean {
  return errorCode !== undefined && CERTIFICATE_ERRORS.has(errorCode);
}

/** A code is safe to show when it looks like a constant name, never free text; "unknown" otherwise (the messages say "unknown error"). */
function safeCode(errorCode: string | undefined): string {
  return errorCode !== undefined && /^[A-Z0-9_]{1,40}$/.test(errorCode) ? errorCode : 'unknown';
}

/** "5 seconds", or "1500 ms" when not whole seconds, as a message said in the reader's language. */
function seconds(ms: number): MessageRef {
  return ms % 1000 !== 0
    ? { key: 'problem.waitMs', values: { ms } }
    : { key: 'problem.waitSeconds', values: { seconds: ms / 1000 } };
}

/** The sentence is a catalogue message: English in `message` (the command line, logs), `text` for the app's language. */
function make(
  code: ConnectionProblemCode,
  key: MessageKey,
  values: NonNullable<MessageRef['values']>,
  retryable: boolean,
  extra: { fingerprint256?: string; status?: number } = {},
): ConnectionProblem {
  return { code, message: english(key, values), text: { key, values }, retryable, ...extra };
}

export function classifyFailure(seen: FailureObservation, where: ClassifyContext): ConnectionProblem {
  const at = `${where.host}:${where.port}`;
  switch (seen.kind) {
    case 'error':
      return classifyError(seen.errorCode, seen.fingerprint256, where);
    case 'http-status':
      return classifyStatus(seen.status, seen.localAddress, at);
    case 'timeout':
      return make('timeout', 'problem.timeout', { at, wait: seconds(seen.ms) }, true);
    case 'fingerprint-mismatch':
      return make(
        'tls-fingerprint-mismatch',
        'problem.fingerprintMismatch',
        { at, fingerprint: seen.presented },
        false,
        { fingerprint256: seen.presented },
      );
    case 'closed':
      if (seen.closeCode === WS_CLOSE_MESSAGE_TOO_BIG) {
        return make('frame-too-large', 'problem.frameTooLarge', { at }, true);
      }
      return make('connection-closed', 'problem.connectionClosed', { at }, true);
    case 'username-invalid':
      return make('username-invalid', 'problem.usernameInvalid', {}, false);
    case 'heartbeat-timeout':
      return make('heartbeat-timeout', 'problem.heartbeatTimeout', { at, wait: seconds(seen.ms) }, true);
  }
}

function classifyError(
  errorCode: string | undefined,
  fingerprint256: string | undefined,
  where: ClassifyContext,
): ConnectionProblem {
  const at = `${where.host}:${where.port}`;
  if (errorCode === 'ENOTFOUND' || errorCode === 'EAI_AGAIN' || errorCode === 'EAI_NONAME') {
    return make('dns-failed', 'problem.dnsFailed', { host: where.host }, true);
  }
  if (errorCode === 'ECONNREFUSED') {
    return make('connection-refused', 'problem.connectionRefused', { at }, true);
  }
  if (errorCode === 'ENETUNREACH' || errorCode === 'EHOSTUNREACH' || errorCode === 'ENETDOWN') {
    return make('network-unreachable', 'problem.networkUnreachable', { at }, true);
  }
  if (errorCode === 'ETIMEDOUT') {
    return make('timeout', 'problem.timeoutInTime', { at }, true);
  }
  if (errorCode === FINGERPRINT_MISMATCH_ERROR) {
    return classifyFailure({ kind: 'fingerprint-mismatch', presented: fingerprint256 ?? 'unknown' }, where);
  }
  if (isCertificateError(errorCode)) {
    return make(
      'tls-certificate-rejected',
      'problem.certificateRejected',
      { at, fingerprint: fingerprint256 ?? 'none', code: safeCode(errorCode) },
      false,
      fingerprint256 ? { fingerprint256 } : {},
    );
  }
  if (errorCode === 'ECONNRESET' || errorCode === 'EPIPE' || errorCode === 'ECONNABORTED') {
    return make('connection-closed', 'problem.connectionCutOff', { at }, true);
  }
  return make('connection-failed', 'problem.connectionFailed', { at, code: safeCode(errorCode) }, true);
}

function classifyStatus(status: number, localAddress: string | undefined, at: string): ConnectionProblem {
  switch (status) {
    case 401:
      return make('credentials-rejected', 'problem.credentialsRejected', { at }, false, { status });
    case 403: {
      return make(
        'address-not-allowed',
        'problem.addressNotAllowed',
        { at, address: localAddress || 'none' },
        false,
        { status },
      );
    }
    case 404:
      return make('not-found', 'problem.notFound', { at }, false, { status });
    case 301:
    case 302:
    case 307:
    case 308:
      return make('ssl-required', 'problem.sslRequired', { at }, false, { status });
    default:
      return make(
        'unexpected-status',
        'problem.unexpectedStatus',
        { at, status: String(status) },
        status >= 500 || status === 429 || status === 408,
        { status },
      );
  }
}
