/**
 * A small logging port. Services log through it and never format secrets into a message;
 * `redactingLogger` is a second line of defence that scrubs known secrets from every line.
 */
import { redactor } from './redact';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  log(level: LogLevel, message: string, fields?: Readonly<Record<string, unknown>>): void;
}

export const silentLogger: Logger = { log: () => {} };

/** Writes one line per entry to a stream (stderr for the command line). */
export function streamLogger(write: (line: string) => void, minimum: LogLevel = 'info'): Logger {
  const rank: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };
  return {
    log(level, message, fields) {
      if (rank[level] < rank[minimum]) return;
      const extra = fields && Object.keys(fields).length > 0 ? ' ' + JSON.stringify(fields) : '';
      write(`${new Date().toISOString()} ${level} ${message}${extra}\n`);
    },
  };
}

/**
 * Wraps a logger so that any of the given secrets that slipped into an entry is taken out: a field
 * value that shows it is replaced whole, a word of the message that shows it too (common/redact.ts
 * says what "shows" means). Never by editing the serialised line, so no secret can break it.
 */
export function redactingLogger(inner: Logger, secrets: () => readonly string[]): Logger {
  return {
    log(level, message, fields) {
      const scrub = redactor(secrets());
      inner.log(level, scrub.text(message), fields ? scrub.fields(fields) : undefined);
    },
  };
}
