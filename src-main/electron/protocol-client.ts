/**
 * The `callLinks` setting's OS side: the app becomes the handler for `tel:`, `callto:` and `sip:`
 * links (app.setAsDefaultProtocolClient), or stops being it. Started from a development checkout
 * (process.defaultApp), Electron must be told the script too, or the OS would start bare Electron.
 * macOS also needs the schemes in Info.plist (electron-builder.yml `protocols`).
 */
import type { App } from 'electron';
import type { DialingPorts } from '../app/ports';
import { DIAL_LINK_SCHEMES } from '../app/shell-dialing';
import { err, ok } from '../common/result';
import { problemSaid } from '../i18n/english';
import { listRef } from '../i18n/message-ref';

export interface LaunchCommand {
  /** `process.defaultApp`: true when run as `electron path/to/app`. */
  readonly defaultApp: boolean;
  readonly execPath: string;
  /** The app's script (process.argv[1]) when defaultApp, as an absolute path. */
  readonly script: string | undefined;
}

export function createCallLinkRegistration(
  app: Pick<App, 'setAsDefaultProtocolClient' | 'removeAsDefaultProtocolClient'>,
  launch: LaunchCommand,
): DialingPorts['setCallLinks'] {
  const command: [string?, string[]?] =
    launch.defaultApp && launch.script !== undefined ? [launch.execPath, [launch.script]] : [];
  const register = app.setAsDefaultProtocolClient.bind(app); // eng-disable PROTOCOL_HANDLER_JS_CHECK: opt-in (callLinks, off by default); a link's number part only, parsed by dialing/dial-link.ts, and only a dialable number is dialled
  const unregister = app.removeAsDefaultProtocolClient.bind(app);
  return (enabled) => {
    const failed = DIAL_LINK_SCHEMES.filter((scheme) =>
      enabled ? !register(scheme, ...command) : !unregister(scheme, ...command),
    );
    if (failed.length === 0) return ok(null);
    // Joined by the chosen language's list separator (Arabic's "،").
    const links = listRef(failed.map((scheme) => `${scheme}:`));
    return err(
      problemSaid('call-links-refused', enabled ? 'callLinks.notHandled' : 'callLinks.notReleased', {
        links,
      }),
    );
  };
}
