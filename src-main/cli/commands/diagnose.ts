import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { systemClock } from '../../common/clock';
import { LogRing } from '../../common/log-ring';
import { DiagnosticsRecorder } from '../../diagnostics/recorder';
import { buildReport, reportJson, reportText } from '../../diagnostics/report';
import { liveApiFor } from '../../live-api/connection';
import { checkIdentity, type IdentityWarning } from '../../live-api/identity-check';
import { CallPipeline } from '../../pipeline/call-pipeline';
import { DEFAULT_CHECK_TIMEOUT_MS } from '../../pipeline/connection-check';
import type { SessionState } from '../../session/states';
import { PRINTABLE_NAME, startConnectionCommand, TIMEOUT_REFUSED, timeoutMsOf } from '../connection-command';
import { CONNECTION_USAGE, PASSWORD_VARIABLE } from '../connection-flags';
import type { Command } from '../io';
import { wholeNumber } from '../whole-number';

const DEFAULT_LISTEN_SECONDS = 5;

const USAGE = `Usage: isymphony-companion diagnose --host H [options]

Connects (as the app does), listens a few seconds, and prints a diagnostics report for a support
ticket: versions, OS, the connection settings (never the password), the protocol profile, the
connection problems met, the events seen by kind, fields that could not be read, warnings about
the user and extensions, and the log lines of the run. JSON by default; --text for people.
Exits 0 once the report is printed, whether or not the connection worked (that is in the report).

Options:
  --text                   the report in words instead of JSON
  --username U             check that this iSymphony user exists (and follow their calls)
  --extension E            check that this extension exists (repeatable)
  --seconds N              listen this long once live, counting events (0-600, default ${DEFAULT_LISTEN_SECONDS})
  --timeout SECONDS        give up waiting for live after this long (default ${DEFAULT_CHECK_TIMEOUT_MS / 1000})
${CONNECTION_USAGE}

Example:
  ${PASSWORD_VARIABLE}=… isymphony-companion diagnose --host pbx.example.com --username 4224 --text
`;

const DIAGNOSE_OPTIONS = {
  text: { type: 'boolean' },
  username: { type: 'string' },
  extension: { type: 'string', multiple: true },
  seconds: { type: 'string' },
  timeout: { type: 'string' },
} as const;

/** The package's version, from the package.json above the running script (bin/ or src-main/cli/). */
function packageVersion(): string {
  let dir = dirname(process.argv[1] ?? '.');
  for (let up = 0; up < 5; up++) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      try {
        const parsed = JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown; version?: unknown };
        if (parsed.name === 'isymphony-companion' && typeof parsed.version === 'string')
          return parsed.version;
      } catch {
        // Not ours or not readable: look further up.
      }
    }
    dir = dirname(dir);
  }
  return 'unknown';
}

export const diagnoseCommand: Command = async (io) => {
  const ring = new LogRing();
  const start = startConnectionCommand(io, {
    name: 'diagnose',
    usage: USAGE,
    options: DIAGNOSE_OPTIONS,
    level: 'warn',
    alsoLogTo: ring,
  });
  if (start.kind === 'exit') return start.code;
  const { values, flags, logger, usageError } = start;
  const timeoutMs = timeoutMsOf(values.timeout) ?? DEFAULT_CHECK_TIMEOUT_MS;
  if (timeoutMsOf(values.timeout) === null) return usageError(TIMEOUT_REFUSED);
  const seconds = values.seconds === undefined ? DEFAULT_LISTEN_SECONDS : wholeNumber(values.seconds, 0, 600);
  if (seconds === null) return usageError('--seconds must be a whole number from 0 to 600.');
  const username = values.username ?? null;
  const extensions = values.extension ?? [];
  if (![...(username === null ? [] : [username]), ...extensions].every((n) => PRINTABLE_NAME.test(n))) {
    return usageError('--username and --extension take 1 to 128 printable characters.');
  }

  const clock = systemClock;
  const recorder = new DiagnosticsRecorder(clock);
  const api = liveApiFor(flags.connection, { clock, logger, timeoutMs });
  const pipeline = new CallPipeline({
    connection: flags.connection,
    profile: flags.profile,
    me: { username, extensions },
    clock,
    logger,
    createCallSegmentSource: () => api,
  });
  recorder.attach(pipeline);
  let last: SessionState = pipeline.state;
  const settled = new Promise<void>((resolve) => {
    pipeline.on('connection', (state) => {
      last = state;
      if (state.kind === 'live' || state.kind === 'failed') resolve();
    });
  });
  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = clock.setTimeout(resolve, ms);
      void io.stopRequested.then(() => {
        clock.clearTimeout(timer);
        resolve();
      });
    });

  pipeline.start();
  await Promise.race([settled, wait(timeoutMs)]);
  let warnings: readonly IdentityWarning[] = [];
  if (last.kind === 'live') {
    warnings = (await checkIdentity(api, username, extensions)).warnings;
    for (const w of warnings) logger.log('warn', w.message, { code: w.code });
    if (seconds > 0) await wait(seconds * 1000);
  }
  // What the run met, not the stop that ends it.
  const met = last;
  await pipeline.stop();

  const c = flags.connection;
  const report = buildReport({
    source: 'command line',
    appVersion: packageVersion(),
    now: clock.now(),
    settings: {
      host: c.target.host,
      port: c.target.port,
      tls: c.target.tls,
      path: c.target.path,
      manager: c.managerUsername,
      coreServer: c.coreServer ?? null,
      trust: c.trust ?? null,
      username,
      extensions,
    },
    protocolProfile: flags.profile,
    connection: { state: met.kind, code: met.code, message: met.message },
    warnings: warnings.map((w) => ({ code: w.code, message: w.message })),
    recorder,
    unreadable: { events: pipeline.unreadableFields(), rest: api.unreadableFields() },
    logLines: ring.lines(),
    secrets: [c.password.reveal()],
  });
  io.stdout(values.text === true ? reportText(report) : reportJson(report));
  return 0;
};
