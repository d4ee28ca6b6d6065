/**
 * Turns what an updater throws (electron-updater's coded errors, HTTP errors, socket errors,
 * Chromium's net::ERR_ codes) into one plain sentence. Unknown errors keep only their first line,
 * capped, so a stack trace or a long response body never reaches the tray.
 */
import { problemSaid } from '../i18n/english';
import type { UpdateProblem } from './updater-port';

export interface ThrownUpdateError {
  readonly code?: unknown;
  readonly statusCode?: unknown;
  readonly name?: unknown;
  readonly message?: unknown;
}

const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'EPIPE',
  'ERR_SOCKET_TIMEOUT',
]);

const NO_RELEASE = new Set([
  'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND',
  'ERR_UPDATER_LATEST_VERSION_NOT_FOUND',
  'ERR_UPDATER_NO_PUBLISHED_VERSIONS',
]);

const BAD_FEED = new Set([
  'ERR_UPDATER_INVALID_UPDATE_INFO',
  'ERR_UPDATER_INVALID_VERSION',
  'ERR_UPDATER_NO_FILES_PROVIDED',
  'ERR_UPDATER_NO_CHECKSUM',
  'ERR_UPDATER_ZIP_FILE_NOT_FOUND',
  'ERR_UPDATER_INVALID_RELEASE_FEED',
]);

const MAX_DETAIL = 160;

function firstLine(text: string): string {
  const line = (text.split('\n')[0] ?? '').trim();
  return line.length > MAX_DETAIL ? `${line.slice(0, MAX_DETAIL - 1)}…` : line;
}

export function describeUpdateError(thrown: unknown): UpdateProblem {
  const error: ThrownUpdateError = typeof thrown === 'object' && thrown !== null ? thrown : {};
  const code = typeof error.code === 'string' ? error.code : '';
  const status = typeof error.statusCode === 'number' ? error.statusCode : null;
  const message = typeof error.message === 'string' ? error.message : String(thrown);
  if (
    UNREACHABLE.has(code) ||
    /net::ERR_(CONNECTION|NAME|INTERNET|NETWORK|ADDRESS|TIMED_OUT)/.test(message)
  ) {
    return problemSaid('unreachable', 'problem.updateUnreachable');
  }
  if (NO_RELEASE.has(code) || status === 404) {
    return problemSaid('no-release', 'problem.updateNoRelease');
  }
  if (status !== null && status >= 400) {
    return problemSaid('server-error', 'problem.updateServerError', { status: String(status) });
  }
  if (BAD_FEED.has(code) || error.name === 'YAMLException') {
    return problemSaid('bad-feed', 'problem.updateBadFeed');
  }
  if (code === 'ERR_CHECKSUM_MISMATCH' || /checksum mismatch|size mismatch/i.test(message)) {
    return problemSaid('bad-download', 'problem.updateBadDownload');
  }
  const detail = firstLine(message);
  // The updater's own words (English, capped) stay as they are inside the translated sentence.
  return detail
    ? problemSaid('failed', 'problem.updateFailedBecause', { detail })
    : problemSaid('failed', 'problem.updateFailed');
}
