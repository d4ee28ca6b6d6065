import { redactingLogger, streamLogger, type LogLevel } from '../../common/log';
import { DIALECT_NAMES, isDialectName } from '../../demo-server/dialects';
import { parseAllowList } from '../../demo-server/http-gate';
import { startDemoServer } from '../../demo-server/server';
import type { DemoServerOptions } from '../../demo-server/types';
import { DEFAULT_USERS, type DemoUser } from '../../demo-server/world';
import type { Command, CommandIo } from '../io';
import { parsePlainArgs } from '../plain-args';
import { usageError } from '../usage-error';
import { wholeNumber } from '../whole-number';

const USAGE = `Usage: isymphony-companion demo-server [options]

Runs an iSymphony-compatible event server with made-up calls until SIGINT or SIGTERM.

Options:
  --port N            port to listen on (default 58080; 0 picks a free one)
  --host H            address to listen on (default 127.0.0.1)
  --username U        manager user name for Basic auth (default "manager")
  --password P        manager password (or set ISYMPHONY_PASSWORD; required)
  --users A,B,…       users (and their extensions) the demo calls ring (default 4224,4225,4226,4227)
  --rate R            calls per second over all users (default 0.1; 0 for no calls)
  --step-ms N         pause between the events of one call (default 1500)
  --tls               serve https/wss with a generated certificate (its SHA-256 is printed)
  --require-ssl PORT  answer plain requests with 302 to https on PORT
  --allow A,B,…       addresses or subnets allowed to connect (default 127.0.0.1, ::1)
  --dialect NAME      speak another server's vocabulary: standard (default) or foreign
                      (renamed event types and fields, the caller in suffix 2; for discover)
  --verbose           also log debug lines
  -h, --help          show this text
`;

const USERNAME = /^[A-Za-z0-9._-]{1,64}$/;

function fail(io: CommandIo, message: string): number {
  return usageError(io, 'demo-server', USAGE, message);
}

const DEMO_SERVER_OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  username: { type: 'string' },
  password: { type: 'string' },
  users: { type: 'string' },
  rate: { type: 'string' },
  'step-ms': { type: 'string' },
  tls: { type: 'boolean' },
  'require-ssl': { type: 'string' },
  allow: { type: 'string' },
  dialect: { type: 'string' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function list(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

function demoUsers(names: readonly string[]): DemoUser[] {
  return names.map(
    (name) =>
      DEFAULT_USERS.find((u) => u.username === name) ?? {
        username: name,
        displayName: `Demo User ${name}`,
        extension: name,
      },
  );
}

export const demoServerCommand: Command = async (io) => {
  const parsed = parsePlainArgs(io, 'demo-server', USAGE, DEMO_SERVER_OPTIONS);
  if (parsed.kind === 'exit') return parsed.code;
  const values = parsed.values;

  const port = wholeNumber(values.port ?? '58080', 0, 65535);
  if (port === null) return fail(io, '--port must be a whole number from 0 to 65535.');
  const password = values.password ?? io.env['ISYMPHONY_PASSWORD'];
  if (password === undefined || password.length === 0) {
    return fail(io, 'give the manager password with --password or the ISYMPHONY_PASSWORD variable.');
  }
  const username = values.username ?? 'manager';
  if (username.length === 0 || username.includes(':')) {
    return fail(io, '--username must be a non-empty name without ":".');
  }
  const userNames = values.users === undefined ? DEFAULT_USERS.map((u) => u.username) : list(values.users);
  const badUser = userNames.find((u) => !USERNAME.test(u));
  if (userNames.length === 0 || badUser !== undefined) {
    return fail(io, '--users must list user names such as 4224,4225 (letters, digits, ".", "_" or "-").');
  }
  const rate = Number(values.rate ?? '0.1');
  if (values.rate !== undefined && !/^\d+(\.\d+)?$/.test(values.rate)) {
    return fail(io, '--rate must be a number of calls per second, such as 0.2.');
  }
  if (!Number.isFinite(rate) || rate > 100) return fail(io, '--rate must be from 0 to 100 calls per second.');
  const stepMs = wholeNumber(values['step-ms'] ?? '1500', 0, 60_000);
  if (stepMs === null) return fail(io, '--step-ms must be a whole number of milliseconds from 0 to 60000.');
  let requireSsl: { sslPort: number } | undefined;
  if (values['require-ssl'] !== undefined) {
    const sslPort = wholeNumber(values['require-ssl'], 1, 65535);
    if (sslPort === null)
      return fail(io, '--require-ssl needs the https port, a whole number from 1 to 65535.');
    if (values.tls) {
      return fail(
        io,
        '--require-ssl is for a plain server that points clients at the TLS port; leave out --tls.',
      );
    }
    requireSsl = { sslPort };
  }
  const allowList = values.allow === undefined ? undefined : list(values.allow);
  if (allowList !== undefined) {
    const parsed = parseAllowList(allowList);
    if (!parsed.ok) return fail(io, `--allow: ${parsed.error.message}`);
  }

  const dialect = values.dialect ?? 'standard';
  if (!isDialectName(dialect)) return fail(io, `--dialect must be one of ${DIALECT_NAMES.join(', ')}.`);

  const level: LogLevel = values.verbose ? 'debug' : 'info';
  const logger = redactingLogger(streamLogger(io.stderr, level), () => [password]);
  const options: DemoServerOptions = {
    port,
    host: values.host ?? '127.0.0.1',
    username,
    password,
    users: demoUsers(userNames),
    dialect,
    logger,
    ...(values.tls ? { tls: 'generate' as const } : {}),
    ...(requireSsl ? { requireSsl } : {}),
    ...(allowList ? { allowList } : {}),
  };

  let server;
  try {
    server = await startDemoServer(options);
  } catch (error: unknown) {
    io.stderr(
      `isymphony-companion demo-server: could not start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
  if (server.certificate) {
    logger.log('info', 'TLS certificate generated', { fingerprint256: server.certificate.fingerprint256 });
  }
  if (requireSsl)
    logger.log('info', 'plain requests are redirected to https', { sslPort: requireSsl.sslPort });
  const traffic =
    rate > 0 ? server.startTraffic({ callsPerMinute: rate * 60, users: userNames, stepMs }) : undefined;
  logger.log('info', rate > 0 ? 'demo calls running' : 'no demo calls (rate 0)', {
    users: userNames,
    callsPerSecond: rate,
  });

  await io.stopRequested;
  logger.log('info', 'stopping');
  traffic?.stop();
  await server.stop();
  return 0;
};
