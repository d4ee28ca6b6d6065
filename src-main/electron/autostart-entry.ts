/**
 * The Linux autostart file (~/.config/autostart/<name>.desktop), built as text by a pure function.
 * Exec quoting follows the Desktop Entry specification: arguments with reserved characters are
 * double-quoted with `"`, `` ` ``, `$` and `\` backslash-escaped inside; then the whole value is
 * escaped once more as a key-file string (`\` → `\\`), and `%` is doubled so it is no field code.
 */

const RESERVED = /[\s"'\\><~|&;$*?#()`]/;

export function quoteExecArgument(arg: string): string {
  const quoted = RESERVED.test(arg) || arg === '' ? `"${arg.replace(/(["`$\\])/g, '\\$1')}"` : arg;
  return quoted.replace(/%/g, '%%');
}

/** Key-file string escaping: a backslash, and any line break, must be written as an escape. */
function keyFileString(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
}

export interface AutostartEntry {
  readonly name: string;
  readonly comment: string;
  /** Absolute path of the real executable (the AppImage itself when running as one). */
  readonly executable: string;
  readonly args: readonly string[];
}

export function autostartDesktopFile(entry: AutostartEntry): string {
  const exec = [entry.executable, ...entry.args].map(quoteExecArgument).join(' ');
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    `Name=${keyFileString(entry.name)}`,
    `Comment=${keyFileString(entry.comment)}`,
    `Exec=${keyFileString(exec)}`,
    'Terminal=false',
    'NoDisplay=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/** The autostart folder: $XDG_CONFIG_HOME/autostart, or ~/.config/autostart. */
export function autostartFolder(env: { XDG_CONFIG_HOME?: string }, home: string): string {
  const base =
    env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME.startsWith('/') ? env.XDG_CONFIG_HOME : `${home}/.config`;
  return `${base}/autostart`;
}
