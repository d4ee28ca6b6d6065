/**
 * The OS's do-not-disturb, read where an app can read it, for the ring sound (app/ringer.ts):
 *
 * - GNOME (and desktops on its settings, e.g. Cinnamon's and Budgie's notification servers read the
 *   same key): `org.gnome.desktop.notifications show-banners` false is "Do Not Disturb" on. Read
 *   with `gsettings`, which answers from the user's dconf database.
 * - macOS Focus: not readable. Apple offers no API for another app's view of it (the files under
 *   ~/Library/DoNotDisturb need Full Disk Access and changed format between releases).
 * - Windows Focus Assist / Do not disturb: not readable through any documented API (only an
 *   undocumented WNF state that needs native code).
 * - KDE Plasma and other desktops: not read here ('unknown').
 *
 * Unknown means "not quiet": the app's own do-not-disturb and pause are always there.
 */
import { execFile } from 'node:child_process';
import type { QuietHours } from '../app/ports';

export interface QuietHoursOptions {
  readonly platform: NodeJS.Platform;
  readonly env: NodeJS.ProcessEnv;
  /** The gsettings program; tests name a real one with a private settings backend. */
  readonly gsettings?: string;
  readonly timeoutMs?: number;
}

/** What `gsettings get org.gnome.desktop.notifications show-banners` printed, as a reading. */
export function readShowBanners(output: string): 'quiet' | 'not-quiet' | 'unknown' {
  const value = output.trim();
  if (value === 'false') return 'quiet';
  if (value === 'true') return 'not-quiet';
  return 'unknown';
}

export function createQuietHours(options: QuietHoursOptions): QuietHours {
  if (options.platform !== 'linux' && options.platform !== 'freebsd' && options.platform !== 'openbsd') {
    return { read: () => Promise.resolve('unknown') };
  }
  const program = options.gsettings ?? 'gsettings';
  return {
    read: () =>
      new Promise((resolve) => {
        execFile(
          program,
          ['get', 'org.gnome.desktop.notifications', 'show-banners'],
          { env: options.env, timeout: options.timeoutMs ?? 2_000, windowsHide: true },
          (error, stdout) => {
            // No gsettings, or no GNOME schema on this desktop: not known.
            resolve(error ? 'unknown' : readShowBanners(String(stdout)));
          },
        );
      }),
  };
}
