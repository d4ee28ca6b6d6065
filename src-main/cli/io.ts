/** What a command may touch of the process, passed in so tests can run commands in-process. */
export interface CommandIo {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Resolves when the process is asked to stop (SIGINT/SIGTERM). */
  readonly stopRequested: Promise<void>;
  /**
   * A secret from standard input: at a terminal, after `prompt` on stderr, with echo off, up to
   * Enter; piped, the whole input. Undefined when there is no standard input to read.
   */
  readSecret?(prompt: string): Promise<string | undefined>;
}

/** A command returns its exit code. 0 success; 2 bad usage or refused input; others per command. */
export type Command = (io: CommandIo) => Promise<number>;

export const EXIT_USAGE = 2;
