/**
 * The opening every connecting command shares (`check`, `watch`, `status`): parse the connection
 * flags with the command's own, answer --help, read the connection and password, and make the
 * logger that scrubs that password. A refusal prints the sentence and the usage and exits 2.
 */
import type { ParseArgsConfig } from 'node:util';
import { err, ok, type Result } from '../common/result';
import { redactingLogger, streamLogger, type Logger, type LogLevel } from '../common/log';
import { teeLogger } from '../common/log-ring';
import { parseCommandArgs, readConnectionFlags } from './connection-flags';
import type { CommandIo } from './io';
import { usageError } from './usage-error';

/** The shell's convention for a command ended by SIGINT. */
export const EXIT_INTERRUPTED = 130;

/** A user or extension name as a flag takes it: 1 to 128 characters, no control or format ones. */
export const PRINTABLE_NAME = /^[^\p{Cc}\p{Cf}]{1,128}$/u;

/** `--timeout SECONDS`: above 0, at most 3600, up to three decimals; null when refused. */
export function timeoutMsOf(text: string | undefined): number | null | undefined {
  if (text === undefined) return undefined;
  const seconds = /^\d{1,4}(\.\d{1,3})?$/.test(text) ? Number(text) : Number.NaN;
  return seconds > 0 && seconds <= 3600 ? Math.round(seconds * 1000) : null;
}

/**
 * `--username` (required; `role` says what the user is for, e.g. "the iSymphony user to watch") and
 * its `--extension`s, each a PRINTABLE_NAME; or the sentence that refuses them.
 */
export function watchedUser(
  values: { readonly username?: string; readonly extension?: readonly string[] },
  role: string,
): Result<{ readonly username: string; readonly extensions: readonly string[] }, string> {
  const username = values.username;
  if (username === undefined) return err(`--username is required: ${role}.`);
  const extensions = values.extension ?? [];
  if (![username, ...extensions].every((name) => PRINTABLE_NAME.test(name))) {
    return err('--username and --extension take 1 to 128 printable characters.');
  }
  return ok({ username, extensions });
}

export const TIMEOUT_REFUSED = '--timeout must be a number of seconds above 0, at most 3600 (e.g. 2.5).';

export interface CommandSpec<T extends NonNullable<ParseArgsConfig['options']>> {
  readonly name: string;
  readonly usage: string;
  readonly options: T;
  /** The log level without --verbose (which means debug). */
  readonly level: LogLevel;
  /** Also gets every line, at every level, scrubbed like the rest (the diagnostics report's ring). */
  readonly alsoLogTo?: Logger;
}

/**
 * Either the exit code (refused, or --help answered) or what the command runs with. The values
 * are the parsed flags, typed by the command's own options.
 */
export function startConnectionCommand<T extends NonNullable<ParseArgsConfig['options']>>(
  io: CommandIo,
  spec: CommandSpec<T>,
) {
  const refuse = (message: string): number => usageError(io, spec.name, spec.usage, message);
  const parsed = parseCommandArgs(io.argv, spec.options);
  if (!parsed.ok) return { kind: 'exit', code: refuse(parsed.error) } as const;
  const values = parsed.value;
  // The connection options (help, verbose among them) are always parsed; the generic hides them.
  if ('help' in values && values.help === true) {
    io.stdout(spec.usage);
    return { kind: 'exit', code: 0 } as const;
  }
  const flags = readConnectionFlags(values, io.env);
  if (!flags.ok) return { kind: 'exit', code: refuse(flags.error) } as const;
  const password = flags.value.connection.password;
  const stderr = streamLogger(
    io.stderr,
    'verbose' in values && values.verbose === true ? 'debug' : spec.level,
  );
  const logger = redactingLogger(spec.alsoLogTo ? teeLogger(stderr, spec.alsoLogTo) : stderr, () => [
    password.reveal(),
  ]);
  return { kind: 'run', values, flags: flags.value, logger, usageError: refuse } as const;
}
