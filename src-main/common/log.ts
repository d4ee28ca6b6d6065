/**
 * A small logging port. Services log through it and never format secrets into a message;
 * `redactingLogger` is a second line of defence that scrubs known secrets from every line.
 */
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

/** Wraps a logger so that any of the given secrets that slipped into a line is replaced. */
export function redactingLogger(inner: Logger, secrets: () => readonly string[]): Logger {
  const scrub = (text: string): string => {
    let out = text;
    for (const secret of secrets()) if (secret.length > 0) out = out.split(secret).join('[redacted]');
    return out;
  };
  return {
    log(level, message, fields) {
      const safeFields = fields
        ? (JSON.parse(scrub(JSON.stringify(fields))) as Record<string, unknown>)
        : undefined;
      inner.log(level, scrub(message), safeFields);
    },
  };
}
