/**
 * The flags every connecting command shares (`watch`, `check`): where the server is, how it is
 * trusted, the manager account and the protocol profile. The password comes only from the
 * ISYMPHONY_PASSWORD variable: a flag would put it in the shell history and the process list.
 */
import { readFileSync, statSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { err, ok, type Result } from '../common/result';
import { Secret } from '../common/secret';
import type { PipelineConnection } from '../pipeline/call-pipeline';
import {
  EVENT_KINDS,
  resolveProfile,
  type EventKind,
  type ProtocolProfile,
  type ProtocolProfileOverrides,
} from '../protocol/profile';
import { parseProfileJson } from '../protocol/profile-json';
import { parseTarget, validateManagerUsername } from '../protocol/target';
import { CORE_SERVER_REFUSED, DEFAULT_CORE_SERVER, parseCoreServer } from '../live-api/connection';
import { normaliseFingerprint } from '../session/secure-transport';
import { wholeNumber } from './whole-number';

export const PASSWORD_VARIABLE = 'ISYMPHONY_PASSWORD';

export const CONNECTION_OPTIONS = {
  host: { type: 'string' },
  port: { type: 'string' },
  tls: { type: 'boolean' },
  fingerprint: { type: 'string' },
  path: { type: 'string' },
  manager: { type: 'string' },
  'core-server': { type: 'string' },
  'protocol-profile': { type: 'string' },
  'caller-suffix': { type: 'string' },
  'event-type': { type: 'string', multiple: true },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

export const CONNECTION_USAGE = `Connection:
  --host H                 the iSymphony server's name or address (required)
  --port P                 port (default 58080, or 55050 with --tls)
  --tls                    connect with wss:// and https://
  --fingerprint SHA256     trust exactly this certificate (for self-signed servers; needs --tls)
  --path P                 event socket path (default /communication_manager/ws/event)
  --manager USER           manager account (default "manager"); the password is read from
                           the ISYMPHONY_PASSWORD environment variable, never from a flag
  --core-server NAME|ID    the core server every Live REST call names (default "default")
Protocol (rarely needed):
  --protocol-profile JSON  e.g. '{"eventTypes":{"dial":"Dial"},"callerSuffix":"2"}', or @FILE to
                           read it from a file (such as the one discover prints)
  --caller-suffix 1|2      which suffix of dial/link/linkEnd fields is the caller
  --event-type KIND=NAME   the wire name of one event kind (repeatable), e.g. dial=Dial
Output:
  --verbose                also log debug lines on stderr
  -h, --help               show this text`;

export interface ConnectionFlags {
  readonly connection: PipelineConnection;
  readonly profile: ProtocolProfile;
}

interface ConnectionValues {
  readonly host?: string;
  readonly port?: string;
  readonly tls?: boolean;
  readonly fingerprint?: string;
  readonly path?: string;
  readonly manager?: string;
  readonly 'core-server'?: string;
  readonly 'protocol-profile'?: string;
  readonly 'caller-suffix'?: string;
  readonly 'event-type'?: readonly string[];
}

/** A `--password` flag in any spelling is refused before parsing, so its value is never echoed. */
export function refusesPasswordFlag(argv: readonly string[]): string | null {
  const given = argv.some((arg) => arg === '--password' || arg.startsWith('--password='));
  return given
    ? `the password is not taken as a flag (it would show in the process list and shell history); set the ${PASSWORD_VARIABLE} environment variable instead.`
    : null;
}

/**
 * Parses argv with the connection options and the command's own; a refusal is a sentence. The
 * argument values are never quoted back, in case one of them is a misplaced password.
 */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  argv: readonly string[],
  own: T,
) {
  const refused = refusesPasswordFlag(argv);
  if (refused) return err(refused);
  try {
    const { values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: { ...CONNECTION_OPTIONS, ...own },
    });
    return ok(values);
  } catch (error: unknown) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      return err('unexpected argument: every value belongs to a flag, such as --host pbx.example.com.');
    }
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const flag = /'(--?[A-Za-z0-9-]{1,40})'/.exec(error instanceof Error ? error.message : '')?.[1];
      return err(`unknown option${flag ? ` ${flag}` : ''}; see --help.`);
    }
    return err('a flag is missing its value or has one it does not take; see --help.');
  }
}

function isEventKind(value: string): value is EventKind {
  return (EVENT_KINDS as readonly string[]).includes(value);
}

/** A profile file is a few hundred bytes; anything far larger is not one. */
const MAX_PROFILE_FILE_BYTES = 64 * 1024;

/** `--protocol-profile JSON` or `--protocol-profile @FILE`: the JSON text, or a sentence saying why not. */
function profileText(given: string): Result<string, string> {
  if (!given.startsWith('@')) return ok(given);
  const path = given.slice(1);
  if (path.length === 0) return err('--protocol-profile @FILE needs a file name after the "@".');
  try {
    if (statSync(path).size > MAX_PROFILE_FILE_BYTES) {
      return err(
        `--protocol-profile: the file is larger than ${MAX_PROFILE_FILE_BYTES / 1024} KiB, so it is not a profile.`,
      );
    }
    return ok(readFileSync(path, 'utf8'));
  } catch (error: unknown) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    const why =
      code === 'ENOENT'
        ? 'there is no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : 'it cannot be read';
    return err(`--protocol-profile: ${JSON.stringify(path.slice(0, 200))} cannot be read: ${why}.`);
  }
}

function profileOverrides(values: ConnectionValues): Result<ProtocolProfileOverrides, string> {
  let base: ProtocolProfileOverrides = {};
  const given = values['protocol-profile'];
  if (given !== undefined) {
    const text = profileText(given);
    if (!text.ok) return text;
    const read = parseProfileJson(text.value);
    if (!read.ok) return err(`--protocol-profile: ${read.error.message}`);
    base = read.value;
  }
  const eventTypes: Partial<Record<EventKind, string>> = { ...base.eventTypes };
  for (const pair of values['event-type'] ?? []) {
    const at = pair.indexOf('=');
    const kind = at < 0 ? '' : pair.slice(0, at);
    if (!isEventKind(kind)) {
      return err(`--event-type takes KIND=NAME with KIND one of ${EVENT_KINDS.join(', ')}.`);
    }
    eventTypes[kind] = pair.slice(at + 1);
  }
  const suffix = values['caller-suffix'] ?? base.callerSuffix;
  if (suffix !== undefined && suffix !== '1' && suffix !== '2') {
    return err('the caller suffix must be "1" or "2".');
  }
  return ok({ ...base, eventTypes, ...(suffix !== undefined ? { callerSuffix: suffix } : {}) });
}

/** Reads the connection flags and the password variable into a connection and a profile. */
export function readConnectionFlags(
  values: ConnectionValues,
  env: Readonly<Record<string, string | undefined>>,
): Result<ConnectionFlags, string> {
  if (values.host === undefined)
    return err('--host is required: the name or address of the iSymphony server.');
  let port: number | undefined;
  if (values.port !== undefined) {
    const read = wholeNumber(values.port, 1, 65535);
    if (read === null) return err('--port must be a whole number from 1 to 65535.');
    port = read;
  }
  const target = parseTarget({
    host: values.host,
    tls: values.tls === true,
    ...(port !== undefined ? { port } : {}),
    ...(values.path !== undefined ? { path: values.path } : {}),
  });
  if (!target.ok) return err(target.error.message);
  let fingerprint: string | undefined;
  if (values.fingerprint !== undefined) {
    if (values.tls !== true) return err("--fingerprint pins the server's TLS certificate: add --tls.");
    fingerprint = normaliseFingerprint(values.fingerprint);
    if (fingerprint === undefined) {
      return err('--fingerprint must be a SHA-256 fingerprint: 64 hex digits, colons allowed (AB:CD:…).');
    }
  }
  const manager = validateManagerUsername(values.manager ?? 'manager');
  if (!manager.ok) return err(manager.error.message);
  const coreServer = parseCoreServer(values['core-server'] ?? DEFAULT_CORE_SERVER);
  if (coreServer === null) return err(`--core-server: ${CORE_SERVER_REFUSED}`);
  const password = env[PASSWORD_VARIABLE];
  if (password === undefined || password.length === 0) {
    return err(`set the manager password in the ${PASSWORD_VARIABLE} environment variable.`);
  }
  const overrides = profileOverrides(values);
  if (!overrides.ok) return overrides;
  const profile = resolveProfile(overrides.value);
  if (!profile.ok) return err(profile.error.message);
  return ok({
    connection: {
      target: target.value,
      managerUsername: manager.value,
      password: new Secret(password),
      coreServer,
      ...(fingerprint !== undefined ? { trust: { kind: 'pinned', fingerprint256: fingerprint } } : {}),
    },
    profile: profile.value,
  });
}
