/**
 * What someone pastes into Settings → Host: often a whole address (`wss://pbx.example.com:55050/`,
 * the panel's `https://pbx.example.com:55050/client`, `pbx.example.com:58080`) rather than a name.
 * This takes it apart into host, port and TLS, or says in one sentence what it cannot use. Pure
 * (the global URL parser only), so the settings page uses the same code main tests.
 */
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
      readonly note: string;
    }
  | { readonly kind: 'refused'; readonly message: string };

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

const CANNOT_READ =
  'That address could not be read; type only the server’s name or IP address, such as pbx.example.com.';

function portProblem(port: number): string | null {
  return port >= 1 && port <= 65535
    ? null
    : `The port in that address (${port}) is not a port: ports are 1 to 65535 (iSymphony uses ${DEFAULT_PLAIN_PORT}, or ${DEFAULT_TLS_PORT} with SSL).`;
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
    return {
      kind: 'refused',
      message: 'That is too long for a server address; type only the server’s name.',
    };
  }
  const scheme = SCHEME.exec(input);
  if (scheme === null) return readWithoutScheme(input);
  const name = (scheme[1] ?? '').toLowerCase();
  const tls = USABLE[name];
  if (tls === undefined) {
    return {
      kind: 'refused',
      message: `An address starting with "${name.slice(0, 16)}://" cannot be used: paste the iSymphony server’s address (ws://, wss://, http:// or https://) or type its name.`,
    };
  }
  if (CONTROL.test(input) || WHITE_SPACE.test(input)) {
    return { kind: 'refused', message: 'A server address cannot contain spaces or control characters.' };
  }
  const port = writtenPort(input.slice(scheme[0].length));
  if (port !== null && portProblem(port) !== null) return { kind: 'refused', message: portProblem(port)! };
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return { kind: 'refused', message: CANNOT_READ };
  }
  const host = unbracket(url.hostname);
  if (host === '') return { kind: 'refused', message: CANNOT_READ };
  const chosenPort = port ?? (tls ? DEFAULT_TLS_PORT : DEFAULT_PLAIN_PORT);
  const parts = [
    `Filled in from the address: server ${host}, port ${chosenPort}${port === null ? ` (iSymphony’s ${tls ? 'SSL ' : ''}port)` : ''}, TLS ${tls ? 'on' : 'off'}.`,
  ];
  if (url.username !== '' || url.password !== '') {
    parts.push(
      'The user name and password in it were left out: the manager user and password have their own fields.',
    );
  }
  return { kind: 'address', host, port: chosenPort, tls, note: parts.join(' ') };
}

function readWithoutScheme(input: string): PastedAddress {
  if (CONTROL.test(input) || WHITE_SPACE.test(input) || input.includes('@')) return { kind: 'host' };
  const withPort = HOST_PORT.exec(input);
  if (withPort !== null) {
    const port = Number(withPort[2]);
    const problem = portProblem(port);
    if (problem !== null) return { kind: 'refused', message: problem };
    const host = unbracket(withPort[1] ?? '').toLowerCase();
    return { kind: 'address', host, port, tls: null, note: `Filled in: server ${host}, port ${port}.` };
  }
  const withPath = HOST_PATH.exec(input);
  if (withPath !== null) {
    const host = unbracket(withPath[1] ?? '').toLowerCase();
    return {
      kind: 'address',
      host,
      port: null,
      tls: null,
      note: `Filled in: server ${host} (the path after it is not needed).`,
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
