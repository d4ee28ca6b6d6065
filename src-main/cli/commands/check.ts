import { liveApiFor } from '../../live-api/connection';
import { checkIdentity } from '../../live-api/identity-check';
import { checkConnection, DEFAULT_CHECK_TIMEOUT_MS } from '../../pipeline/connection-check';
import type { SessionTimings } from '../../session/event-session';
import {
  EXIT_INTERRUPTED,
  startConnectionCommand,
  TIMEOUT_REFUSED,
  timeoutMsOf,
} from '../connection-command';
import { CONNECTION_USAGE, PASSWORD_VARIABLE } from '../connection-flags';
import { EXIT_LIVE, exitCodeFor } from '../connection-exit-codes';
import type { Command } from '../io';

const USAGE = `Usage: isymphony-companion check --host H [options]

Connects once, sends the event filter, and prints in words whether the connection is live or
what is wrong and how to fix it. With --username and --extension, also checks that they exist on
the server and prints a "warning: …" line for each that does not (or when that cannot be checked,
e.g. the licence refuses the Live REST API). Exits 0 when live; otherwise with the code of the failure class:
  2 usage   3 wrong credentials (401)   4 address not allowed (403)   5 nothing at that path or port (404)
  6 SSL required (302)   7 TLS certificate problem   8 cannot reach the server   9 timeout   10 other

Options:
  --timeout SECONDS        give up after this long (default ${DEFAULT_CHECK_TIMEOUT_MS / 1000})
${CONNECTION_USAGE}

Example:
  ${PASSWORD_VARIABLE}=… isymphony-companion check --host pbx.example.com --tls --port 55050
`;

const CHECK_OPTIONS = {
  timeout: { type: 'string' },
  // Accepted so that one set of flags serves watch and check alike.
  username: { type: 'string' },
  extension: { type: 'string', multiple: true },
} as const;

export interface CheckCommandDeps {
  readonly sessionTimings?: Partial<SessionTimings>;
}

export function createCheckCommand(deps: CheckCommandDeps = {}): Command {
  return async (io) => {
    const start = startConnectionCommand(io, {
      name: 'check',
      usage: USAGE,
      options: CHECK_OPTIONS,
      level: 'warn',
    });
    if (start.kind === 'exit') return start.code;
    const { flags, logger } = start;
    const timeoutMs = timeoutMsOf(start.values.timeout);
    if (timeoutMs === null) return start.usageError(TIMEOUT_REFUSED);
    const result = await checkConnection({
      connection: flags.connection,
      profile: flags.profile,
      timeoutMs: timeoutMs ?? DEFAULT_CHECK_TIMEOUT_MS,
      logger,
      cancel: io.stopRequested,
      ...(deps.sessionTimings ? { sessionTimings: deps.sessionTimings } : {}),
    });
    if (result.code === 'cancelled') {
      io.stderr(`isymphony-companion check: ${result.message}\n`);
      return EXIT_INTERRUPTED;
    }
    if (result.ok) {
      io.stdout(`live: ${result.message}\n`);
      // With --username or --extension: do they exist? A typo there would go live and never pop.
      const { username, extension } = start.values;
      const check = await checkIdentity(
        liveApiFor(flags.connection, { logger, timeoutMs: timeoutMs ?? DEFAULT_CHECK_TIMEOUT_MS }),
        username ?? null,
        extension ?? [],
      );
      for (const warning of check.warnings) io.stdout(`warning: ${warning.message}\n`);
      return EXIT_LIVE;
    }
    io.stdout(`${result.code}: ${result.message}\n`);
    return exitCodeFor(result.code);
  };
}

export const checkCommand: Command = createCheckCommand();
