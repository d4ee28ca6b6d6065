import { systemClock, type Clock } from '../../common/clock';
import type { Logger } from '../../common/log';
import type { Problem } from '../../common/result';
import type { LiveApiClient } from '../../live-api/client';
import { liveApiFor } from '../../live-api/connection';
import type { ConnectionProblemCode } from '../../session/classify';
import { EventSession, type SessionTimings } from '../../session/event-session';
import type { SessionState } from '../../session/states';
import { PRESENCE_KINDS } from '../../presence/filter-kinds';
import { statusFromLive, type PresenceStatus } from '../../presence/presence-status';
import { PresenceTracker, type PresenceProblem, type PresenceState } from '../../presence/presence-tracker';
import { checkStatusRequest, type StatusRequest } from '../../presence/status-request';
import { STATUS_TYPE_LIST } from '../../presence/status-types';
import {
  EXIT_INTERRUPTED,
  PRINTABLE_NAME,
  startConnectionCommand,
  TIMEOUT_REFUSED,
  timeoutMsOf,
} from '../connection-command';
import { CONNECTION_USAGE, PASSWORD_VARIABLE, type ConnectionFlags } from '../connection-flags';
import { EXIT_LIVE, EXIT_OTHER, EXIT_TIMEOUT, exitCodeFor } from '../connection-exit-codes';
import { EXIT_USAGE, type Command, type CommandIo } from '../io';

const DEFAULT_TIMEOUT_MS = 10_000;

const USAGE = `Usage: isymphony-companion status --host H --username U [--set TYPE [--name N] [--note T] [--return TIME]]

Without --set, prints the user's iSymphony presence as one JSON line:
{"username":…,"type":…,"name":…,"note":…,"returnTime":ms|null,"userCreated":…}
With --set, sets it and exits 0 once the server confirmed it (its userStatus event, or a re-read
showing it), printing the confirmed status the same way. Otherwise the reason goes to stderr and
the exit code is check's: 2 usage   3 wrong credentials (401)   4 address or Live API refused (403)
  5 no such user or path (404)   6 SSL required   7 TLS certificate   8 cannot reach the server
  9 timeout or not confirmed   10 other

Presence:
  --username U             the iSymphony user (required)
  --set TYPE               one of ${STATUS_TYPE_LIST}
  --name NAME              the status name (default the type's, e.g. "Out of Office" for xa)
  --note TEXT              a note colleagues see (at most 512 characters)
  --return TIME            when you are back, ISO 8601 such as 2030-01-31T14:00 (local) or …Z
  --timeout SECONDS        give up connecting or reading after this long (default ${DEFAULT_TIMEOUT_MS / 1000})
${CONNECTION_USAGE}

Example:
  ${PASSWORD_VARIABLE}=… isymphony-companion status --host pbx.example.com --username 4224 --set away --note "lunch"
`;

const STATUS_OPTIONS = {
  username: { type: 'string' },
  set: { type: 'string' },
  name: { type: 'string' },
  note: { type: 'string' },
  return: { type: 'string' },
  timeout: { type: 'string' },
  // Accepted so that one set of flags serves watch, check and status alike.
  extension: { type: 'string', multiple: true },
} as const;

/** What tests may change: time, the session's intervals and how long a set waits for its event. */
export interface StatusCommandDeps {
  readonly clock?: Clock;
  readonly sessionTimings?: Partial<SessionTimings>;
  readonly confirmTimeoutMs?: number;
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/;

/** One JSON line per status, the same shape for a read and a confirmed set. */
export function statusLine(username: string, status: PresenceStatus): string {
  return (
    JSON.stringify({
      username,
      type: status.type,
      name: status.name,
      note: status.note,
      returnTime: status.returnTime,
      userCreated: status.userCreated,
    }) + '\n'
  );
}

const CONNECTION_CODES: ReadonlySet<string> = new Set<ConnectionProblemCode>([
  'dns-failed',
  'connection-refused',
  'network-unreachable',
  'timeout',
  'tls-certificate-rejected',
  'tls-fingerprint-mismatch',
  'credentials-rejected',
  'address-not-allowed',
  'not-found',
  'ssl-required',
  'unexpected-status',
  'connection-closed',
  'frame-too-large',
  'heartbeat-timeout',
  'connection-failed',
  'username-invalid',
]);

function isConnectionCode(code: string): code is ConnectionProblemCode {
  return CONNECTION_CODES.has(code);
}

/** Connection failures keep check's codes; a set the server never confirmed counts as a timeout. */
export function exitCodeForPresence(p: Problem): number {
  if (isConnectionCode(p.code)) return exitCodeFor(p.code);
  if (p.code === 'rest-refused') return exitCodeFor('address-not-allowed');
  if (p.code === 'not-confirmed') return EXIT_TIMEOUT;
  if (p.code === 'invalid-status' || p.code === 'invalid-request') return EXIT_USAGE;
  return EXIT_OTHER;
}

function fail(io: CommandIo, p: Problem): number {
  io.stderr(`isymphony-companion status: ${p.message}\n`);
  return exitCodeForPresence(p);
}

export function createStatusCommand(deps: StatusCommandDeps = {}): Command {
  return async (io) => {
    const start = startConnectionCommand(io, {
      name: 'status',
      usage: USAGE,
      options: STATUS_OPTIONS,
      level: 'warn',
    });
    if (start.kind === 'exit') return start.code;
    const { values, logger, usageError } = start;
    const username = values.username;
    if (username === undefined) return usageError('--username is required: the iSymphony user.');
    if (!PRINTABLE_NAME.test(username)) return usageError('--username takes 1 to 128 printable characters.');
    const timeoutMs = timeoutMsOf(values.timeout);
    if (timeoutMs === null) return usageError(TIMEOUT_REFUSED);
    const clock = deps.clock ?? systemClock;

    let request: StatusRequest | undefined;
    if (values.set === undefined) {
      if (values.name !== undefined || values.note !== undefined || values.return !== undefined) {
        return usageError('--name, --note and --return go with --set TYPE.');
      }
    } else {
      let returnTime: Date | undefined;
      if (values.return !== undefined) {
        returnTime = ISO_TIME.test(values.return) ? new Date(values.return) : new Date(Number.NaN);
        if (!Number.isFinite(returnTime.getTime())) {
          return usageError(
            '--return takes an ISO 8601 time such as 2030-01-31T14:00 (local time) or 2030-01-31T14:00:00Z.',
          );
        }
      }
      request = {
        type: values.set,
        ...(values.name !== undefined ? { name: values.name } : {}),
        ...(values.note !== undefined ? { note: values.note } : {}),
        ...(returnTime !== undefined ? { returnTime } : {}),
      };
      // Checked here too, so a bad type or time is exit 2 before anything connects.
      const checked = checkStatusRequest(request, clock.now());
      if (!checked.ok) return usageError(checked.error.message);
    }

    const context: RunContext = {
      io,
      flags: start.flags,
      username,
      timeoutMs: timeoutMs ?? DEFAULT_TIMEOUT_MS,
      clock,
      logger,
      deps,
    };
    return request === undefined ? readStatus(context) : setStatus(context, request);
  };
}

interface RunContext {
  readonly io: CommandIo;
  readonly flags: ConnectionFlags;
  readonly username: string;
  readonly timeoutMs: number;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly deps: StatusCommandDeps;
}

function restClient(c: RunContext): LiveApiClient {
  return liveApiFor(c.flags.connection, { timeoutMs: c.timeoutMs, clock: c.clock, logger: c.logger });
}

/** Resolves when the user asks the command to stop. */
const cancelled = (io: CommandIo): Promise<'cancelled'> => io.stopRequested.then(() => 'cancelled' as const);

async function readStatus(c: RunContext): Promise<number> {
  const read = await Promise.race([restClient(c).getUserStatus(c.username), cancelled(c.io)]);
  if (read === 'cancelled') return EXIT_INTERRUPTED;
  if (!read.ok) {
    if (read.error.code === 'not-found') {
      return fail(c.io, {
        code: 'not-found',
        message: `The server has no iSymphony user "${c.username}" (or nothing at that port and path); check --username and --port.`,
      });
    }
    if (read.error.code === 'rest-refused') {
      // Read alone, no event socket has shown that this address is allowed: say both causes.
      const { host, port } = c.flags.connection.target;
      return fail(c.io, {
        code: 'rest-refused',
        message: `The server at ${host}:${port} refused the Live REST API (HTTP 403): this computer's address is not on the allow-list in the server's security.xml, or the iSymphony licence or the manager account's permissions do not include the Live API; ask the administrator.`,
      });
    }
    return fail(c.io, read.error);
  }
  c.io.stdout(statusLine(c.username, statusFromLive(read.value)));
  return EXIT_LIVE;
}

type Ready =
  { readonly kind: 'ready' } | { readonly kind: 'problem'; readonly problem: Problem } | 'cancelled';

/** Connected and the current status read, or the first reason it cannot be. */
function whenReady(c: RunContext, session: EventSession, tracker: PresenceTracker): Promise<Ready> {
  return new Promise<Ready>((resolve) => {
    const offs: (() => void)[] = [];
    const done = (ready: Ready): void => {
      for (const off of offs.splice(0)) off();
      c.clock.clearTimeout(timer);
      resolve(ready);
    };
    const timer = c.clock.setTimeout(
      () =>
        done({
          kind: 'problem',
          problem: {
            code: 'timeout',
            message: `The server did not connect and report the status within ${c.timeoutMs / 1000} s; check the address and port, and that no firewall drops the connection.`,
          },
        }),
      c.timeoutMs,
    );
    const onSession = (state: SessionState): void => {
      // Nothing on a command line can change the settings, so a retry would meet the same problem.
      if (state.kind === 'backoff' || state.kind === 'failed')
        done({ kind: 'problem', problem: state.problem });
    };
    const onPresence = (state: PresenceState): void => {
      if (state.kind === 'known') done({ kind: 'ready' });
      else if (state.problem) done({ kind: 'problem', problem: state.problem });
    };
    offs.push(session.on('state', onSession), tracker.on('state', onPresence));
    void c.io.stopRequested.then(() => done('cancelled'));
  });
}

async function setStatus(c: RunContext, request: StatusRequest): Promise<number> {
  const connection = c.flags.connection;
  const session = new EventSession({
    target: connection.target,
    username: connection.managerUsername,
    password: connection.password,
    profile: c.flags.profile,
    kinds: PRESENCE_KINDS,
    clock: c.clock,
    logger: c.logger,
    ...(connection.trust ? { trust: connection.trust } : {}),
    timings: { ...c.deps.sessionTimings, handshakeTimeoutMs: c.timeoutMs },
  });
  const tracker = new PresenceTracker({
    username: c.username,
    api: restClient(c),
    events: session,
    clock: c.clock,
    logger: c.logger,
    ...(c.deps.confirmTimeoutMs !== undefined ? { confirmTimeoutMs: c.deps.confirmTimeoutMs } : {}),
  });
  try {
    const ready = whenReady(c, session, tracker);
    tracker.start();
    session.start();
    const outcome = await ready;
    if (outcome === 'cancelled') return EXIT_INTERRUPTED;
    if (outcome.kind === 'problem') return fail(c.io, outcome.problem);
    const result = await Promise.race([tracker.set(request), cancelled(c.io)]);
    if (result === 'cancelled') return EXIT_INTERRUPTED;
    if (!result.ok) return fail(c.io, result.error satisfies PresenceProblem);
    c.io.stdout(statusLine(c.username, result.value));
    return EXIT_LIVE;
  } finally {
    tracker.stop();
    await session.stop();
  }
}

export const statusCommand: Command = createStatusCommand();
