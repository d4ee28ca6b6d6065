/** Opens links in the user's browser: only http: and https:, a last check after the crm module's own. */
import type { Shell } from 'electron';
import type { UrlOpener } from '../app/ports';
import type { Logger } from '../common/log';
import { err, ok, problem } from '../common/result';

export function isBrowserUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

export function createUrlOpener(shell: Pick<Shell, 'openExternal'>, logger: Logger): UrlOpener {
  return {
    async open(url) {
      if (!isBrowserUrl(url)) {
        logger.log('warn', 'Refused to open a link that is not http or https');
        return err(
          problem('url-refused', 'Only http and https links can be opened; check the CRM link template.'),
        );
      }
      try {
        // The scheme was checked just above; the crm module built and checked the whole link first.
        // prettier-ignore
        await shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK: only http(s), checked above
        return ok(null);
      } catch {
        return err(
          problem(
            'open-failed',
            'The link could not be opened: no web browser answered. Check your default browser.',
          ),
        );
      }
    },
  };
}
