import { systemClock, type Clock } from '../../common/clock';
import { Discovery } from '../../discovery/discovery';
import type { Proposal } from '../../discovery/propose';
import { connectionLine, jsonLine } from '../../pipeline/json-lines';
import type { SessionTimings } from '../../session/event-session';
import { startConnectionCommand, watchedUser } from '../connection-command';
import { CONNECTION_USAGE, PASSWORD_VARIABLE } from '../connection-flags';
import { exitCodeFor } from '../connection-exit-codes';
import type { Command } from '../io';

/** Exit code when no call event naming the user was seen (documented in docs/cli.md). */
export const EXIT_NOTHING_SEEN = 11;

const USAGE = `Usage: isymphony-companion discover --host H --username U [--extension E]... [--seconds N] [options]

Finds out which events the server sends for calls. Listens to everything the server sends for
N seconds (default 60) while you ring the user's extension, answer, and hang up; ends early once
sure, or on SIGINT. Prints JSON lines on stdout: {"kind":"connection",…}, {"kind":"progress",…}
for each event type seen and each event that names the user, and last
{"kind":"profile","profile":{…},"confidence":"high"|"low"|"none","evidence":[…]}, whose
"profile" is what --protocol-profile takes. Exit 0 with a profile; ${EXIT_NOTHING_SEEN} when no call for the
user was seen; the check exit codes when the connection fails.

Who:
  --username U             the iSymphony user whose test call is made (required)
  --extension E            one of that user's extensions (repeatable)
  --seconds N              listen at most N seconds, 1 to 3600 (default 60)
${CONNECTION_USAGE}
  (--protocol-profile here is what undecided parts keep.)

Example:
  ${PASSWORD_VARIABLE}=… isymphony-companion discover --host pbx.example.com --username 4224 --extension 4224 \\
    | tail -n 1 | jq .profile > profile.json
  isymphony-companion watch … --protocol-profile @profile.json
`;

const DISCOVER_OPTIONS = {
  username: { type: 'string' },
  extension: { type: 'string', multiple: true },
  seconds: { type: 'string' },
} as const;

export interface DiscoverCommandDeps {
  readonly clock?: Clock;
  readonly sessionTimings?: Partial<SessionTimings>;
}

function profileLine(p: Proposal): object {
  // The command line's evidence is English sentences; the catalogue reference is the windows' own.
  const evidence = p.evidence.map(({ text: _text, ...rest }) => rest);
  return { kind: 'profile', profile: p.profile, confidence: p.confidence, evidence };
}

export function createDiscoverCommand(deps: DiscoverCommandDeps = {}): Command {
  return async (io) => {
    const start = startConnectionCommand(io, {
      name: 'discover',
      usage: USAGE,
      options: DISCOVER_OPTIONS,
      level: 'info',
    });
    if (start.kind === 'exit') return start.code;
    const { values, flags, logger, usageError } = start;
    const user = watchedUser(values, 'the iSymphony user to ring');
    if (!user.ok) return usageError(user.error);
    const { username, extensions } = user.value;
    const seconds =
      values.seconds === undefined ? 60 : /^\d{1,4}$/.test(values.seconds) ? Number(values.seconds) : 0;
    if (seconds < 1 || seconds > 3600) return usageError('--seconds must be a whole number from 1 to 3600.');

    const clock = deps.clock ?? systemClock;
    const discovery = new Discovery({
      connection: flags.connection,
      identity: { username, extensions },
      base: flags.profile,
      clock,
      logger,
      ...(deps.sessionTimings ? { sessionTimings: deps.sessionTimings } : {}),
    });
    let finish: (code: number | null) => void = () => {};
    const finished = new Promise<number | null>((resolve) => (finish = resolve));
    discovery.on('connection', (state) => {
      io.stdout(jsonLine(connectionLine(state)));
      if (state.kind === 'failed') finish(exitCodeFor(state.problem.code));
    });
    discovery.on('newType', (type) => io.stdout(jsonLine({ kind: 'progress', newType: type })));
    discovery.on('mention', (m) =>
      io.stdout(jsonLine({ kind: 'progress', type: m.type, namedUser: true, fields: m.naming })),
    );
    discovery.on('sure', () => finish(null));
    const timer = clock.setTimeout(() => finish(null), seconds * 1000);
    discovery.start();
    const failed = await Promise.race([finished, io.stopRequested.then(() => null)]);
    clock.clearTimeout(timer);
    await discovery.stop();
    const proposal = discovery.proposal();
    io.stdout(jsonLine(profileLine(proposal)));
    if (failed !== null) return failed;
    return proposal.confidence === 'none' ? EXIT_NOTHING_SEEN : 0;
  };
}

export const discoverCommand: Command = createDiscoverCommand();
