import type { Logger, LogLevel } from '../../src-main/common/log';

/** Every line a logger was given, fields included, as text: what a log file would hold. */
export function recordingLogger(): Logger & { readonly lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    log(level: LogLevel, message: string, fields?: Readonly<Record<string, unknown>>) {
      lines.push(`${level} ${message} ${fields ? JSON.stringify(fields) : ''}`);
    },
  };
}
