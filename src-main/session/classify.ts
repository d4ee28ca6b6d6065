import type { Problem } from '../common/result';

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

/** A code is safe to show when it looks like a constant name, never free text. */
function safeCode(errorCode: string | undefined): string {
  return errorCode !== undefined && /^[A-Z0-9_]{1,40}$/.test(errorCode) ? errorCode : 'unknown error';
}

function seconds(ms: number): string {
  if (ms % 1000 !== 0) return `${ms} ms`;
  const s = ms / 1000;
  return `${s} second${s === 1 ? '' : 's'}`;
}

function make(
  code: ConnectionProblemCode,
  message: string,
  retryable: boolean,
  extra: { fingerprint256?: string; status?: number } = {},
): ConnectionProblem {
  return { code, message, retryable, ...extra };
}

export function classifyFailure(seen: FailureObservation, where: ClassifyContext): ConnectionProblem {
  const at = `${where.host}:${where.port}`;
  switch (seen.kind) {
    case 'error':
      return classifyError(seen.errorCode, seen.fingerprint256, where);
    case 'http-status':
      return classifyStatus(seen.status, seen.localAddress, at);
    case 'timeout':
      return make(
        'timeout',
        `The server at ${at} did not answer within ${seconds(seen.ms)}; check the address and port, and that no firewall drops the connection.`,
        true,
      );
    case 'fingerprint-mismatch':
      return make(
        'tls-fingerprint-mismatch',
        `The server at ${at} presented a different certificate (SHA-256 ${seen.presented}) from the one you trusted; trust the new one in settings only if the administrator confirms it was replaced.`,
        false,
        { fingerprint256: seen.presented },
      );
    case 'closed':
      if (seen.closeCode === WS_CLOSE_MESSAGE_TOO_BIG) {
        return make(
          'frame-too-large',
          `The server at ${at} sent a message larger than the 1 MiB limit, so that connection was closed; the app reconnects by itself.`,
          true,
        );
      }
      return make(
        'connection-closed',
        `The connection to ${at} closed unexpectedly; the app reconnects by itself, and if this keeps happening check the network and the server.`,
        true,
      );
    case 'username-invalid':
      return make(
        'username-invalid',
        'The manager user name cannot contain ":"; correct it in settings.',
        false,
      );
    case 'heartbeat-timeout':
      return make(
        'heartbeat-timeout',
        `The server at ${at} stopped answering (no reply to a ping within ${seconds(seen.ms)}); the app reconnects by itself.`,
        true,
      );
  }
}

function classifyError(
  errorCode: string | undefined,
  fingerprint256: string | undefined,
  where: ClassifyContext,
): ConnectionProblem {
  const at = `${where.host}:${where.port}`;
  if (errorCode === 'ENOTFOUND' || errorCode === 'EAI_AGAIN' || errorCode === 'EAI_NONAME') {
    return make(
      'dns-failed',
      `The server name "${where.host}" could not be found; check the server address in settings and this computer's network connection.`,
      true,
    );
  }
  if (errorCode === 'ECONNREFUSED') {
    return make(
      'connection-refused',
      `Nothing accepts connections at ${at}; check that iSymphony is running there and that the port is right (58080, or 55050 with SSL).`,
      true,
    );
  }
  if (errorCode === 'ENETUNREACH' || errorCode === 'EHOSTUNREACH' || errorCode === 'ENETDOWN') {
    return make(
      'network-unreachable',
      `The network path to ${at} is unreachable; check this computer's network connection, and the app reconnects once it is back.`,
      true,
    );
  }
  if (errorCode === 'ETIMEDOUT') {
    return make(
      'timeout',
      `The server at ${at} did not answer in time; check the address and port, and that no firewall drops the connection.`,
      true,
    );
  }
  if (errorCode === FINGERPRINT_MISMATCH_ERROR) {
    return classifyFailure({ kind: 'fingerprint-mismatch', presented: fingerprint256 ?? 'unknown' }, where);
  }
  if (isCertificateError(errorCode)) {
    const which = fingerprint256 ? ` (SHA-256 ${fingerprint256})` : '';
    return make(
      'tls-certificate-rejected',
      `The certificate of the server at ${at}${which} is not trusted (${safeCode(errorCode)}); trust this exact certificate in settings if the administrator confirms its fingerprint, or install a valid certificate on the server.`,
      false,
      fingerprint256 ? { fingerprint256 } : {},
    );
  }
  if (errorCode === 'ECONNRESET' || errorCode === 'EPIPE' || errorCode === 'ECONNABORTED') {
    return make(
      'connection-closed',
      `The connection to ${at} was cut off; the app reconnects by itself, and if this keeps happening check the network and the server.`,
      true,
    );
  }
  return make(
    'connection-failed',
    `Connecting to ${at} failed (${safeCode(errorCode)}); the app keeps retrying, so check the address, the port and the network.`,
    true,
  );
}

function classifyStatus(status: number, localAddress: string | undefined, at: string): ConnectionProblem {
  switch (status) {
    case 401:
      return make(
        'credentials-rejected',
        `The server at ${at} rejected the manager username or password; correct them in settings (they are iSymphony's manager account, not a user's login).`,
        false,
        { status },
      );
    case 403: {
      const address = localAddress ? ` (${localAddress})` : '';
      return make(
        'address-not-allowed',
        `The server at ${at} refused this computer's address${address} because it is not on the allow-list in the server's security.xml; ask the administrator to add it.`,
        false,
        { status },
      );
    }
    case 404:
      return make(
        'not-found',
        `The server at ${at} has nothing at that path; check the port (58080, or 55050 with SSL) and the path in settings.`,
        false,
        { status },
      );
    case 301:
    case 302:
    case 307:
    case 308:
      return make(
        'ssl-required',
        `The server at ${at} requires SSL; turn SSL on in settings and use port 55050.`,
        false,
        { status },
      );
    default:
      return make(
        'unexpected-status',
        `The server at ${at} answered with HTTP ${status}, which this app does not expect; check the address and port in settings.`,
        status >= 500 || status === 429 || status === 408,
        { status },
      );
  }
}
