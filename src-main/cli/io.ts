/** What a command may touch of the process, passed in so tests can run commands in-process. */
export interface CommandIo {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Resolves when the process is asked to stop (SIGINT/SIGTERM). */
  readonly stopRequested: Promise<void>;
}

/** A command returns its exit code. 0 success; 2 bad usage or refused input; others per command. */
export type Command = (io: CommandIo) => Promise<number>;

export const EXIT_USAGE = 2;
