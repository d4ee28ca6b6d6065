import { Agent as HttpsAgent, type RequestOptions } from 'node:https';
import type { Duplex } from 'node:stream';
import {
  connect as tlsConnect,
  rootCertificates,
  type PeerCertificate as NodePeerCertificate,
} from 'node:tls';
import { isIP } from 'node:net';
import type { Clock } from '../common/clock';
import { err, ok, type Result } from '../common/result';
import type { Secret } from '../common/secret';
import type { MessageRef } from '../i18n/message-ref';
import { basicAuthorization, type ServerTarget } from '../protocol/target';
import { FINGERPRINT_MISMATCH_ERROR, isCertificateError, type FailureObservation } from './classify';

/**
 * The connection options the event socket and the Live REST client share: the Basic auth header
 * and how the server's TLS certificate is trusted.
 *
 * Trust is either the system's normal validation, or exactly one certificate named by its
 * SHA-256 fingerprint (for self-signed servers). A pinned connection first fetches the peer's
 * certificate over a TLS handshake that sends no application byte; only if its fingerprint is the
 * pinned one is the real connection made, trusting that certificate alone as a CA and checking
 * the fingerprint again during the handshake. A certificate swapped in between fails the
 * handshake before any HTTP byte (and so the credentials) is sent.
 *
 * A pinned certificate past its end date is still trusted: for a self-signed PBX certificate the
 * pin is the trust decision, and refusing would take calls away over a date nobody watches. OpenSSL
 * refuses expired certificates before any hook runs, so that connection goes through an agent that
 * completes the handshake unverified, compares the presented certificate with the pin itself, and
 * only then hands the socket over for the first HTTP byte. The live state says that it expired.
 */
export type TlsTrust =
  { readonly kind: 'system' } | { readonly kind: 'pinned'; readonly fingerprint256: string };

export const SYSTEM_TRUST: TlsTrust = Object.freeze({ kind: 'system' });

export interface PeerCertificate {
  /** Upper-case hex pairs joined by colons, as Node prints it. */
  readonly fingerprint256: string;
  readonly pem: string;
  /** Its end date (ms since the epoch) when that date has passed; absent while it is valid. */
  readonly expiredAt?: number;
}

export type CertificateFetcher = (
  target: ServerTarget,
  timeoutMs: number,
) => Promise<Result<PeerCertificate, FailureObservation>>;

export interface ConnectionSettings {
  readonly target: ServerTarget;
  readonly username: string;
  readonly password: Secret;
  readonly trust: TlsTrust;
}

/** A connection as a client's options give it: the system's trust unless told otherwise. */
export interface TransportOptions {
  readonly target: ServerTarget;
  readonly username: string;
  readonly password: Secret;
  readonly trust?: TlsTrust;
  /** Reads the certificate of a server whose handshake failed (tests pass their own). */
  readonly fetchCertificate?: CertificateFetcher;
}

/** The settings a client connects with, and the certificate fetcher it explains a failed handshake with. */
export function transportOf(
  options: TransportOptions,
  clock: Clock,
): { readonly settings: ConnectionSettings; readonly fetchCertificate: CertificateFetcher } {
  return {
    settings: {
      target: options.target,
      username: options.username,
      password: options.password,
      trust: options.trust ?? SYSTEM_TRUST,
    },
    fetchCertificate: options.fetchCertificate ?? certificateFetcher(clock),
  };
}

/** TLS options in the shape both `ws` and `https.request` take. */
export interface TlsOptions {
  readonly rejectUnauthorized: true;
  /** Only for an expired pinned certificate: makes each socket and checks the pin itself. */
  readonly agent?: HttpsAgent;
  readonly servername?: string;
  readonly ca?: string[];
  readonly checkServerIdentity?: (host: string, cert: NodePeerCertificate) => Error | undefined;
}

export interface PreparedTransport {
  readonly headers: { readonly Authorization: string };
  /** Present for TLS targets. */
  readonly tls: TlsOptions | undefined;
  /** Something the user should know although the connection may go ahead (an expired pinned certificate). */
  readonly notice?: MessageRef;
}

/** Accepts `AB:CD:…`, `abcd…` or with spaces; undefined unless it is 32 bytes of hex. */
export function normaliseFingerprint(text: string): string | undefined {
  const hex = text.replace(/[\s:]/g, '').toUpperCase();
  if (!/^[0-9A-F]{64}$/.test(hex)) return undefined;
  return (hex.match(/../g) ?? []).join(':');
}

function serverName(host: string): string | undefined {
  // SNI must not carry an IP address (Node warns and servers ignore it).
  return isIP(host) === 0 ? host : undefined;
}

function derToPem(der: Buffer): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

/**
 * Fetches the certificate a TLS server presents. The handshake is not verified and nothing is
 * written on the socket, so it can safely look at an untrusted server.
 */
export function certificateFetcher(clock: Clock): CertificateFetcher {
  return (target, timeoutMs) =>
    new Promise((resolve) => {
      let done = false;
      const socket = tlsConnect({
        host: target.host,
        port: target.port,
        servername: serverName(target.host),
        rejectUnauthorized: false,
      });
      const finish = (result: Result<PeerCertificate, FailureObservation>): void => {
        if (done) return;
        done = true;
        clock.clearTimeout(timer);
        socket.destroy();
        resolve(result);
      };
      const timer = clock.setTimeout(() => finish(err({ kind: 'timeout', ms: timeoutMs })), timeoutMs);
      socket.once('secureConnect', () => {
        const cert = socket.getPeerCertificate(false);
        if (!cert || !cert.raw || !cert.fingerprint256) {
          finish(err({ kind: 'error', errorCode: 'NO_PEER_CERTIFICATE' }));
          return;
        }
        const validTo = Date.parse(cert.valid_to);
        const expired = Number.isFinite(validTo) && validTo < clock.now();
        finish(
          ok({
            fingerprint256: cert.fingerprint256.toUpperCase(),
            pem: derToPem(cert.raw),
            ...(expired ? { expiredAt: validTo } : {}),
          }),
        );
      });
      socket.once('error', (error: NodeJS.ErrnoException) =>
        finish(err({ kind: 'error', errorCode: error.code })),
      );
    });
}

function pinnedOptions(target: ServerTarget, pin: string, cert: PeerCertificate): TlsOptions {
  const servername = serverName(target.host);
  return {
    rejectUnauthorized: true,
    ...(servername ? { servername } : {}),
    // The pinned certificate is its own CA; the system roots stay so a CA-signed pinned certificate verifies too.
    ca: [cert.pem, ...rootCertificates],
    // Self-signed certificates often name the wrong host: the fingerprint is the identity instead.
    checkServerIdentity: (_host, presented) => {
      const seen = normaliseFingerprint(presented.fingerprint256 ?? '');
      return seen === pin ? undefined : mismatch();
    },
  };
}

function mismatch(): Error {
  return Object.assign(new Error('The server certificate is not the pinned one.'), {
    code: FINGERPRINT_MISMATCH_ERROR,
  });
}

/**
 * Each socket: an unverified handshake (nothing written), then the presented certificate against
 * the pin; the socket reaches the HTTP layer, and so the credentials, only when they match. A fresh
 * connection every time (no pooling, no resumed session that would skip the comparison).
 */
class ExpiredPinAgent extends HttpsAgent {
  constructor(
    private readonly target: ServerTarget,
    private readonly pin: string,
  ) {
    super({ keepAlive: false, maxCachedSessions: 0 });
  }

  override createConnection(
    _options: RequestOptions,
    callback?: (error: Error | null, stream: Duplex) => void,
  ): undefined {
    const servername = serverName(this.target.host);
    const socket = tlsConnect({
      host: this.target.host,
      port: this.target.port,
      ...(servername ? { servername } : {}),
      rejectUnauthorized: false,
    });
    const onError = (error: Error): void => callback?.(error, socket);
    socket.once('error', onError);
    socket.once('secureConnect', () => {
      socket.off('error', onError);
      const seen = normaliseFingerprint(socket.getPeerCertificate(false)?.fingerprint256 ?? '');
      if (seen === this.pin) {
        callback?.(null, socket);
        return;
      }
      const refused = mismatch();
      socket.destroy();
      callback?.(refused, socket);
    });
    return undefined;
  }
}

const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Builds the header and TLS options for one connection attempt; pinned trust costs one preflight handshake. */
export async function prepareTransport(
  settings: ConnectionSettings,
  fetchCertificate: CertificateFetcher,
  timeoutMs: number,
): Promise<Result<PreparedTransport, FailureObservation>> {
  if (settings.username.includes(':')) return err({ kind: 'username-invalid' });
  const headers = { Authorization: basicAuthorization(settings.username, settings.password) };
  const { target, trust } = settings;
  if (!target.tls) return ok({ headers, tls: undefined });
  if (trust.kind === 'system') {
    const servername = serverName(target.host);
    return ok({ headers, tls: { rejectUnauthorized: true, ...(servername ? { servername } : {}) } });
  }
  const pin = normaliseFingerprint(trust.fingerprint256);
  const fetched = await fetchCertificate(target, timeoutMs);
  if (!fetched.ok) return fetched;
  const presented = normaliseFingerprint(fetched.value.fingerprint256) ?? fetched.value.fingerprint256;
  if (pin === undefined || presented !== pin) return err({ kind: 'fingerprint-mismatch', presented });
  const expiredAt = fetched.value.expiredAt;
  if (expiredAt === undefined) return ok({ headers, tls: pinnedOptions(target, pin, fetched.value) });
  return ok({
    headers,
    tls: { rejectUnauthorized: true, agent: new ExpiredPinAgent(target, pin) },
    notice: { key: 'connection.pinnedExpired', values: { day: isoDay(expiredAt) } },
  });
}

/**
 * After a TLS error on the real connection, learn which certificate the server presents so the
 * sentence can name its fingerprint; under a pin, a different certificate is a mismatch.
 */
export async function explainTlsFailure(
  settings: ConnectionSettings,
  errorCode: string | undefined,
  fetchCertificate: CertificateFetcher,
  timeoutMs: number,
): Promise<FailureObservation> {
  const plain: FailureObservation = { kind: 'error', errorCode };
  if (!settings.target.tls) return plain;
  if (!isCertificateError(errorCode) && errorCode !== FINGERPRINT_MISMATCH_ERROR) return plain;
  const fetched = await fetchCertificate(settings.target, timeoutMs);
  if (!fetched.ok) return plain;
  const presented = normaliseFingerprint(fetched.value.fingerprint256) ?? fetched.value.fingerprint256;
  if (settings.trust.kind === 'pinned' && presented !== normaliseFingerprint(settings.trust.fingerprint256)) {
    return { kind: 'fingerprint-mismatch', presented };
  }
  return { kind: 'error', errorCode, fingerprint256: presented };
}
