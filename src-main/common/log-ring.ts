/**
 * The last lines logged, kept in memory for the diagnostics report (issue 11 §3). Fed by the same
 * logger as everything else, after the scrubber; the report scrubs them again before it shows them.
 */
import type { Logger } from './log';

export const LOG_RING_LINES = 200;
/** One line's cap: the ring's memory stays bounded whatever a caller logs. */
const MAX_LINE = 2_000;

export class LogRing implements Logger {
  readonly #lines: string[] = [];

  constructor(
    private readonly capacity = LOG_RING_LINES,
    private readonly now: () => number = Date.now,
  ) {}

  log(level: string, message: string, fields?: Readonly<Record<string, unknown>>): void {
    let extra = '';
    if (fields && Object.keys(fields).length > 0) {
      try {
        extra = ' ' + JSON.stringify(fields);
      } catch {
        extra = ' [fields not serialisable]';
      }
    }
    const line = `${new Date(this.now()).toISOString()} ${level} ${message}${extra}`;
    this.#lines.push(line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}…` : line);
    if (this.#lines.length > this.capacity) this.#lines.splice(0, this.#lines.length - this.capacity);
  }

  /** Oldest first, at most `capacity`. */
  lines(): readonly string[] {
    return [...this.#lines];
  }
}

/** One logger that writes to several (the app's sink and the ring). */
export function teeLogger(...loggers: readonly Logger[]): Logger {
  return {
    log(level, message, fields) {
      for (const logger of loggers) logger.log(level, message, fields);
    },
  };
}
