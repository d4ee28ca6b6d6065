/**
 * Opens links: http: and https: in the user's browser (a last check after the crm module's own), and
 * `tel:` links of digits only for the user's phone app (call back when the PBX cannot place the call).
 */
import type { Shell } from 'electron';
import type { UrlOpener } from '../app/ports';
import type { Logger } from '../common/log';
import { err, ok } from '../common/result';
import { problemSaid } from '../i18n/english';

export function isBrowserUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

/** A `tel:` link as the dialing module builds it: digits and an optional leading "+", nothing else. */
export function isTelUrl(url: string): boolean {
  return /^tel:\+?[0-9]{2,24}$/.test(url);
}

export function createUrlOpener(shell: Pick<Shell, 'openExternal'>, logger: Logger): UrlOpener {
  return {
    async open(url) {
      const tel = isTelUrl(url);
      if (!tel && !isBrowserUrl(url)) {
        logger.log('warn', 'Refused to open a link that is not http or https');
        return err(problemSaid('url-refused', 'open.notWeb'));
      }
      try {
        // The scheme was checked just above; the crm module built and checked the whole link first.
        // prettier-ignore
        await shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK: only http(s) or digits-only tel:, checked above
        return ok(null);
      } catch {
        return err(problemSaid('open-failed', tel ? 'open.noPhoneApp' : 'open.noBrowser'));
      }
    },
  };
}
