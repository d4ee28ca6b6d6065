import { EXIT_USAGE, type CommandIo } from './io';

/** Prints `isymphony-companion COMMAND: MESSAGE`, a blank line and the usage on stderr; exit 2. */
export function usageError(io: CommandIo, command: string, usage: string, message: string): number {
  io.stderr(`isymphony-companion ${command}: ${message}\n\n${usage}`);
  return EXIT_USAGE;
}
