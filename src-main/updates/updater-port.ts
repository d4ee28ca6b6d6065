/**
 * What the update decisions need from the machinery that really checks, downloads and installs
 * (electron-updater, in src-main/electron/updater.ts). Small on purpose: tests drive the decisions
 * through the real adapter against a local feed, or through a recording port.
 */
import type { Problem, Result } from '../common/result';

export type UpdateProblemCode =
  /** Not an installed app (a development build): there is nothing to update. */
  | 'unavailable'
  /** The feed's server could not be reached (offline, refused, timed out). */
  | 'unreachable'
  /** The server answered, but has no release feed (or no release in it). */
  | 'no-release'
  /** The server answered with an HTTP error. */
  | 'server-error'
  /** The release description (latest.yml) is not readable or not complete. */
  | 'bad-feed'
  /** The downloaded file does not match the feed's checksum or size. */
  | 'bad-download'
  | 'failed';

export type UpdateProblem = Problem<UpdateProblemCode>;

export type CheckOutcome =
  | { readonly kind: 'up-to-date'; readonly latest: string }
  | { readonly kind: 'available'; readonly version: string }
  | { readonly kind: 'failed'; readonly problem: UpdateProblem };

export interface UpdaterPort {
  /** Asks the feed for the latest release; never downloads. */
  check(): Promise<CheckOutcome>;
  /** Downloads the release the last check found (checksum verified by the updater). */
  download(): Promise<Result<null, UpdateProblem>>;
  /** Quits the app and installs the downloaded release now. */
  install(): void;
  /** Whether a downloaded release installs when the app quits. */
  setInstallOnQuit(enabled: boolean): void;
}

/** The port of a build that is not an installed app: every check says so, nothing else happens. */
export function unavailableUpdater(problem: UpdateProblem): UpdaterPort {
  return {
    check: () => Promise.resolve({ kind: 'failed', problem }),
    download: () => Promise.resolve({ ok: false, error: problem }),
    install: () => {},
    setInstallOnQuit: () => {},
  };
}
