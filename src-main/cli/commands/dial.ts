/**
 * `isymphony-companion dial NUMBER`: has the PBX place a call from an extension to NUMBER, the same
 * way the app's "Call back" does (protocol notes §4.2): the number is checked by the dialing module
 * first (only phone numbers are dialled), then the originate request goes to the Live REST API.
 * The command line has no phone app to hand a tel: link to, so a refusal prints the link instead.
 */
import { Dialer } from '../../dialing/dialer';
import { liveApiFor } from '../../live-api/connection';
import { DEFAULT_ORIGINATE } from '../../protocol/originate';
import type { ConnectionProblemCode } from '../../session/classify';
import { startConnectionCommand, TIMEOUT_REFUSED, timeoutMsOf } from '../connection-command';
import { CONNECTION_USAGE, PASSWORD_VARIABLE } from '../connection-flags';
import { EXIT_LIVE, EXIT_OTHER, exitCodeFor } from '../connection-exit-codes';
import { EXIT_USAGE, type Command } from '../io';

/** NUMBER is not a phone number: nothing was dialled. */
export const EXIT_NOT_A_NUMBER = 12;
/** The PBX will not originate (403 licence or account, 404/405/501 no such action): dial the printed tel: link. */
export const EXIT_PBX_REFUSED = 13;

const DEFAULT_TIMEOUT_MS = 10_000;

const USAGE = `Usage: isymphony-companion dial NUMBER --host H --extension EXT [options]

Has the PBX place a call from extension EXT to NUMBER: the phone of EXT rings first and, once it is
answered, the PBX dials NUMBER. NUMBER is checked first: an extension (2 to 6 digits) is dialled as
it is; anything else must be a valid phone number (national numbers read with --country), and is
dialled as written, after --prefix. Nothing that is not a phone number is ever dialled.
Prints one JSON line: {"via":"pbx","number":…,"message":…} when the PBX took the call, else
{"code":…,"message":…} saying why nothing was dialled. Exit codes:
  0 the PBX took the call   2 usage   12 not a phone number (nothing dialled)
  13 the PBX refused to originate (the tel: link to use instead is printed)
  3-10 the connection failed, as for check

Dialling:
  --extension EXT          the extension that places the call (required)
  --country CC             the country for national numbers (default GB; "" for none)
  --prefix DIGITS          the outside-line prefix dialled before outside numbers (default none)
  --timeout SECONDS        give up waiting for the server after this long (default ${DEFAULT_TIMEOUT_MS / 1000})
${CONNECTION_USAGE}

Example:
  ${PASSWORD_VARIABLE}=… isymphony-companion dial "020 7946 0018" --host pbx.example.com --extension 4224 --prefix 9
`;

const DIAL_OPTIONS = {
  extension: { type: 'string' },
  country: { type: 'string' },
  prefix: { type: 'string' },
  timeout: { type: 'string' },
} as const;

export const dialCommand: Command = async (io) => {
  // The number comes first and may look like anything; the flags after it are parsed strictly.
  const [number, ...rest] = io.argv;
  const help = number === '--help' || number === '-h';
  if (!help && (number === undefined || number.startsWith('-'))) {
    io.stderr(`isymphony-companion dial: give the number to dial first.\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const start = startConnectionCommand(
    { ...io, argv: help ? io.argv : rest },
    { name: 'dial', usage: USAGE, options: DIAL_OPTIONS, level: 'warn' },
  );
  if (start.kind === 'exit') return start.code;
  const { flags, logger, values } = start;
  const timeoutMs = timeoutMsOf(values.timeout);
  if (timeoutMs === null) return start.usageError(TIMEOUT_REFUSED);
  const extension = values.extension?.trim() ?? '';
  if (!/^[0-9]{1,15}$/.test(extension)) {
    return start.usageError('--extension is the extension that places the call: 1 to 15 digits.');
  }
  const country = (values.country ?? 'GB').trim().toUpperCase();
  if (country !== '' && !/^[A-Z]{2}$/.test(country)) {
    return start.usageError('--country is a two-letter country code such as GB or US, or "" for none.');
  }
  const prefix = values.prefix ?? '';
  if (!/^[0-9]{0,4}$/.test(prefix)) return start.usageError('--prefix is up to 4 digits, such as 9.');

  const api = liveApiFor(flags.connection, { logger, timeoutMs: timeoutMs ?? DEFAULT_TIMEOUT_MS });
  const dialer = new Dialer({
    rules: () => ({ defaultCountry: country, outsideLinePrefix: prefix }),
    openTel: null,
    pbx: () => ({
      ok: true,
      profile: DEFAULT_ORIGINATE,
      extension,
      send: (profile, ext, dialled) => api.originate(profile, ext, dialled),
    }),
  });
  const dialled = await dialer.dial(number ?? null);
  if (dialled.ok) {
    const { via, number: shown, message } = dialled.value;
    io.stdout(`${JSON.stringify({ via, number: shown, message })}\n`);
    return EXIT_LIVE;
  }
  const problem = dialled.error;
  io.stdout(`${JSON.stringify({ code: problem.code, message: problem.message })}\n`);
  if (problem.code === 'not-a-number') return EXIT_NOT_A_NUMBER;
  if (problem.code === 'dial-failed') return EXIT_PBX_REFUSED;
  if (
    problem.code === 'bad-response' ||
    problem.code === 'invalid-request' ||
    problem.code === 'rest-refused'
  ) {
    return EXIT_OTHER;
  }
  return exitCodeFor(problem.code as ConnectionProblemCode);
};
