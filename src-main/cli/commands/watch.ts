import { systemClock, type Clock } from '../../common/clock';
import { checkIdentity } from '../../live-api/identity-check';
import { liveApiFor } from '../../live-api/connection';
import { CallPipeline, type CallPipelineOptions } from '../../pipeline/call-pipeline';
import { callLine, connectionLine, jsonLine } from '../../pipeline/json-lines';
import { startConnectionCommand, watchedUser } from '../connection-command';
import { CONNECTION_USAGE, PASSWORD_VARIABLE } from '../connection-flags';
import { EXIT_LIVE, exitCodeFor } from '../connection-exit-codes';
import { EXIT_USAGE, type Command } from '../io';
import { callLineLookup, lineNumber, LOOKUP_OPTIONS, LOOKUP_USAGE, loadLookupSources } from '../lookup-flags';

const USAGE = `Usage: isymphony-companion watch --host H --username U [--extension E]... [options]

Follows the calls of one iSymphony user and prints one JSON object per line on stdout:
{"kind":"connection",…} on every connection change, {"kind":"call",…} on every change of a
call. Logs go to stderr. Runs until SIGINT or SIGTERM; exits with the check exit code when the
connection fails in a way only a settings change can fix (see docs/cli.md).

Who:
  --username U             the iSymphony user whose calls are followed (required)
  --extension E            one of that user's extensions (repeatable; also used to catch up after a gap)
  --pop-internal           pop calls from other PBX users too
  --dnd                    do not disturb: record calls, pop none
  --once-live              exit 0 as soon as the connection is live
${CONNECTION_USAGE}
${LOOKUP_USAGE}
  A call line whose caller a phonebook names gets a "lookup" object (source, name, company, …).
  With --crm-lookup, call lines are never held back for the CRM: its answer comes as a line of its
  own, {"kind":"lookup","id":CALL-ID,"lookup":{…}}, and the call's later lines carry it too.

Example:
  ${PASSWORD_VARIABLE}=… isymphony-companion watch --host pbx.example.com --username 4224 --extension 4224
`;

const WATCH_OPTIONS = {
  username: { type: 'string' },
  extension: { type: 'string', multiple: true },
  'pop-internal': { type: 'boolean' },
  dnd: { type: 'boolean' },
  'once-live': { type: 'boolean' },
  ...LOOKUP_OPTIONS,
} as const;

/** What tests may change: time and the session's intervals. */
export interface WatchCommandDeps {
  readonly clock?: Clock;
  readonly sessionTimings?: CallPipelineOptions['sessionTimings'];
  readonly sweepIntervalMs?: number;
  readonly restTimeoutMs?: number;
  readonly connectionLostGraceMs?: number;
}

export function createWatchCommand(deps: WatchCommandDeps = {}): Command {
  return async (io) => {
    const start = startConnectionCommand(io, {
      name: 'watch',
      usage: USAGE,
      options: WATCH_OPTIONS,
      level: 'info',
    });
    if (start.kind === 'exit') return start.code;
    const { values, flags, logger, usageError } = start;
    const user = watchedUser(values, 'the iSymphony user to watch');
    if (!user.ok) return usageError(user.error);
    const { username, extensions } = user.value;

    const lookup = await loadLookupSources(values, { env: io.env });
    if (!lookup.ok) {
      io.stderr(`isymphony-companion watch: ${lookup.error}\n`);
      return EXIT_USAGE;
    }
    const { phonebook, crm } = lookup.value;
    // Calls whose CRM answer was already printed as a line of its own (bounded, oldest dropped).
    const crmAsked = new Set<string>();
    const askCrm = (line: ReturnType<typeof callLine>, number: string): void => {
      if (crm === null || crmAsked.has(line.id)) return;
      crmAsked.add(line.id);
      if (crmAsked.size > 1000) crmAsked.delete(crmAsked.values().next().value ?? '');
      void crm.lookup(number).then((answer) => {
        if (answer.kind === 'failed') {
          logger.log('warn', 'The CRM lookup failed.', {
            code: answer.problem.code,
            detail: answer.problem.message,
          });
          return;
        }
        const named = callLineLookup(line, phonebook, answer);
        if (named?.source === 'crm') io.stdout(jsonLine({ kind: 'lookup', id: line.id, lookup: named }));
      });
    };
    for (const file of lookup.value.files) {
      logger.log('info', 'Phonebook loaded.', {
        file: file.file,
        contacts: file.contacts,
        skipped: file.skipped,
      });
    }

    const clock = deps.clock ?? systemClock;
    // One REST client for the catch-up and the user check.
    const api = liveApiFor(flags.connection, {
      clock,
      logger,
      ...(deps.restTimeoutMs !== undefined ? { timeoutMs: deps.restTimeoutMs } : {}),
    });
    const pipeline = new CallPipeline({
      connection: flags.connection,
      profile: flags.profile,
      me: { username, extensions },
      popInternal: values['pop-internal'] === true,
      dnd: values.dnd === true,
      clock,
      logger,
      createCallSegmentSource: () => api,
      ...(deps.sessionTimings ? { sessionTimings: deps.sessionTimings } : {}),
      ...(deps.sweepIntervalMs !== undefined ? { sweepIntervalMs: deps.sweepIntervalMs } : {}),
      ...(deps.restTimeoutMs !== undefined ? { restTimeoutMs: deps.restTimeoutMs } : {}),
      ...(deps.connectionLostGraceMs !== undefined
        ? { connectionLostGraceMs: deps.connectionLostGraceMs }
        : {}),
    });

    // Once live: a user or extension this server does not know would never pop, so say so.
    let checked = false;
    const checkNames = async (): Promise<void> => {
      const result = await checkIdentity(api, username, extensions);
      for (const warning of result.warnings) {
        logger.log('warn', warning.message, { code: warning.code });
        io.stdout(jsonLine({ kind: 'warning', ...warning }));
      }
    };
    const checking: Promise<void>[] = [];

    let finish: (code: number) => void = () => {};
    const finished = new Promise<number>((resolve) => (finish = resolve));
    pipeline.on('connection', (state) => {
      io.stdout(jsonLine(connectionLine(state)));
      if (state.kind === 'live' && !checked) {
        checked = true;
        checking.push(checkNames());
      }
      if (state.kind === 'live' && values['once-live'])
        void Promise.all(checking).then(() => finish(EXIT_LIVE));
      // Nothing in a command line can change the settings, so waiting on would wait forever.
      if (state.kind === 'failed') finish(exitCodeFor(state.problem.code));
    });
    pipeline.on('call', (change) => {
      const line = callLine(change);
      const number = lineNumber(line);
      const kept = crm !== null && number !== null ? crm.cached(number) : null;
      const named = callLineLookup(line, phonebook, kept);
      io.stdout(jsonLine(named === null ? line : { ...line, lookup: named }));
      // Asked after the line is out, so the CRM never delays it.
      if (number !== null && number.trim() !== '' && named?.source !== 'phonebook' && kept === null) {
        askCrm(line, number);
      }
    });
    pipeline.start();
    const code = await Promise.race([finished, io.stopRequested.then(() => EXIT_LIVE)]);
    await pipeline.stop();
    await Promise.all(checking);
    const unreadable = pipeline.unreadableFields();
    if (unreadable.messages > 0) {
      // Shown with --verbose: which fields of the server's events this profile could not read.
      logger.log('debug', 'Some event fields could not be read and were read as absent.', {
        events: unreadable.messages,
        fields: unreadable.fields.map((f) => `${f.field}=${f.count}`).join(','),
      });
    }
    return code;
  };
}

export const watchCommand: Command = createWatchCommand();
