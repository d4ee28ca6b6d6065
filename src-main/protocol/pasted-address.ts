/**
 * What someone pastes into Settings → Host: often a whole address (`wss://pbx.example.com:55050/`,
 * the panel's `https://pbx.example.com:55050/client`, `pbx.example.com:58080`) rather than a name.
 * This takes it apart into host, port and TLS, or says in one sentence what it cannot use. Pure
 * (the global URL parser only), so the settings page uses the same code main tests. Its sentences
 * are catalogue references only (no English copy): the page says them in the chosen language, and
 * the catalogue stays out of the preload, which bundles this module through the IPC contract.
 */
import type { MessageRef } from '../i18n/message-ref';
import { DEFAULT_PLAIN_PORT, DEFAULT_TLS_PORT } from './default-ports';

export type PastedAddress =
  /** A name or address to keep as typed (the settings check judges it on save). */
  | { readonly kind: 'host' }
  | {
      readonly kind: 'address';
      readonly host: string;
      /** Null: the text named no port and no scheme, so the port field stays as it is. */
      readonly port: number | null;
      /** Null: the text named no scheme, so the TLS switch stays as it is. */
      readonly tls: boolean | null;
      /** What was filled in (and what was left out), in words. */
      readonly note: MessageRef;
    }
  | { readonly kind: 'refused'; readonly text: MessageRef };

/** Longer than any address anyone pastes on purpose. */
export const MAX_PASTED_ADDRESS = 2048;

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]{0,31}):\/\//;
const USABLE: Readonly<Record<string, boolean>> = { ws: false, wss: true, http: false, https: true };
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
const WHITE_SPACE = /\s/;
/** `name:port` or `name:port/…` without a scheme. */
const HOST_PORT = /^([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\]):([0-9]{1,6})(?:[/?#].*)?$/;
/** `name/…` without a scheme or port. */
const HOST_PATH = /^([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])[/?#].*$/;

const CANNOT_READ: PastedAddress = { kind: 'refused', text: { key: 'address.unreadable' } };

/** Ports go in as text: a number would be grouped ("58,080"). */
function portProblem(port: number): PastedAddress | null {
  return port >= 1 && port <= 65535
    ? null
    : {
        kind: 'refused',
        text: {
          key: 'address.badPort',
          values: { port: String(port), plain: String(DEFAULT_PLAIN_PORT), tls: String(DEFAULT_TLS_PORT) },
        },
      };
}

const unbracket = (host: string): string =>
  host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;

/** The port written in the authority part, if any (the URL parser drops a scheme's default one, such as 443). */
function writtenPort(afterScheme: string): number | null {
  const authority = afterScheme.split(/[/?#]/, 1)[0] ?? '';
  const hostPart = authority.slice(authority.lastIndexOf('@') + 1);
  const match = /:([0-9]+)$/.exec(hostPart);
  return match ? Number(match[1]) : null;
}

export function readPastedAddress(text: string): PastedAddress {
  const input = text.trim();
  if (input.length > MAX_PASTED_ADDRESS) {
    return { kind: 'refused', text: { key: 'address.tooLong' } };
  }
  const scheme = SCHEME.exec(input);
  if (scheme === null) return readWithoutScheme(input);
  const name = (scheme[1] ?? '').toLowerCase();
  const tls = USABLE[name];
  if (tls === undefined) {
    return { kind: 'refused', text: { key: 'address.scheme', values: { scheme: name.slice(0, 16) } } };
  }
  if (CONTROL.test(input) || WHITE_SPACE.test(input)) {
    return { kind: 'refused', text: { key: 'address.spaces' } };
  }
  const port = writtenPort(input.slice(scheme[0].length));
  const badPort = port === null ? null : portProblem(port);
  if (badPort !== null) return badPort;
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return CANNOT_READ;
  }
  const host = unbracket(url.hostname);
  if (host === '') return CANNOT_READ;
  const chosenPort = port ?? (tls ? DEFAULT_TLS_PORT : DEFAULT_PLAIN_PORT);
  const note: MessageRef = {
    key: 'address.filled',
    values: {
      host,
      port: String(chosenPort),
      // Said when the port was not written: it is iSymphony's usual one for that scheme.
      usual: port !== null ? 'written' : tls ? 'tls' : 'plain',
      tls: tls ? 'on' : 'off',
      credentials: url.username !== '' || url.password !== '' ? 'dropped' : 'none',
    },
  };
  return { kind: 'address', host, port: chosenPort, tls, note };
}

function readWithoutScheme(input: string): PastedAddress {
  if (CONTROL.test(input) || WHITE_SPACE.test(input) || input.includes('@')) return { kind: 'host' };
  const withPort = HOST_PORT.exec(input);
  if (withPort !== null) {
    const port = Number(withPort[2]);
    const problem = portProblem(port);
    if (problem !== null) return problem;
    const host = unbracket(withPort[1] ?? '').toLowerCase();
    const note: MessageRef = { key: 'address.filledPort', values: { host, port: String(port) } };
    return { kind: 'address', host, port, tls: null, note };
  }
  const withPath = HOST_PATH.exec(input);
  if (withPath !== null) {
    const host = unbracket(withPath[1] ?? '').toLowerCase();
    return {
      kind: 'address',
      host,
      port: null,
      tls: null,
      note: { key: 'address.filledPath', values: { host } },
    };
  }
  return { kind: 'host' };
}

/**
 * The port after the TLS switch was flipped: iSymphony's plain port becomes its SSL port and back;
 * any other port is the user's own choice and stays.
 */
export function portForTls(port: number, tls: boolean): number {
  if (tls && port === DEFAULT_PLAIN_PORT) return DEFAULT_TLS_PORT;
  if (!tls && port === DEFAULT_TLS_PORT) return DEFAULT_PLAIN_PORT;
  return port;
}
