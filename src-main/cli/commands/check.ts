import { redactingLogger, streamLogger } from '../../common/log';
import { checkConnection, DEFAULT_CHECK_TIMEOUT_MS } from '../../pipeline/connection-check';
import type { SessionTimings } from '../../session/event-session';
import {
  CONNECTION_USAGE,
  PASSWORD_VARIABLE,
  parseCommandArgs,
  readConnectionFlags,
} from '../connection-flags';
import { EXIT_LIVE, exitCodeFor } from '../connection-exit-codes';
import { EXIT_USAGE, type Command, type CommandIo } from '../io';

const USAGE = `Usage: isymphony-companion check --host H [options]

Connects once, sends the event filter, and prints in words whether the connection is live or
what is wrong and how to fix it. Exits 0 when live; otherwise with the code of the failure class:
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

/** The shell's convention for a command ended by SIGINT. */
const EXIT_INTERRUPTED = 130;

function usageError(io: CommandIo, message: string): number {
  io.stderr(`isymphony-companion check: ${message}\n\n${USAGE}`);
  return EXIT_USAGE;
}

export function createCheckCommand(deps: CheckCommandDeps = {}): Command {
  return async (io) => {
    const parsed = parseCommandArgs(io.argv, CHECK_OPTIONS);
    if (!parsed.ok) return usageError(io, parsed.error);
    const values = parsed.value;
    if (values.help) {
      io.stdout(USAGE);
      return 0;
    }
    const flags = readConnectionFlags(values, io.env);
    if (!flags.ok) return usageError(io, flags.error);
    let timeoutMs = DEFAULT_CHECK_TIMEOUT_MS;
    if (values.timeout !== undefined) {
      const seconds = /^\d{1,4}(\.\d{1,3})?$/.test(values.timeout) ? Number(values.timeout) : Number.NaN;
      if (!(seconds > 0 && seconds <= 3600)) {
        return usageError(io, '--timeout must be a number of seconds above 0, at most 3600 (e.g. 2.5).');
      }
      timeoutMs = Math.round(seconds * 1000);
    }
    const password = flags.value.connection.password;
    const logger = redactingLogger(streamLogger(io.stderr, values.verbose ? 'debug' : 'warn'), () => [
      password.reveal(),
    ]);
    const result = await checkConnection({
      connection: flags.value.connection,
      profile: flags.value.profile,
      timeoutMs,
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
      return EXIT_LIVE;
    }
    io.stdout(`${result.code}: ${result.message}\n`);
    return exitCodeFor(result.code);
  };
}

export const checkCommand: Command = createCheckCommand();
