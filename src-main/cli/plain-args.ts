/**
 * Argument parsing for the commands that do not connect (`link`, `demo-server`): strict flags, no
 * positionals, --help printed on stdout. A parse error is shown as node's own sentence with the
 * usage (these commands take no password flag to hide, unlike the connecting ones).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CommandIo } from './io';
import { usageError } from './usage-error';

export function parsePlainArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  io: CommandIo,
  command: string,
  usage: string,
  options: T,
) {
  let values;
  try {
    ({ values } = parseArgs({ args: [...io.argv], strict: true, allowPositionals: false, options }));
  } catch (error: unknown) {
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'exit', code: usageError(io, command, usage, message) } as const;
  }
  if ('help' in values && values.help === true) {
    io.stdout(usage);
    return { kind: 'exit', code: 0 } as const;
  }
  return { kind: 'run', values } as const;
}
