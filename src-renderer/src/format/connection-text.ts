import type { Settings } from '../../../src-main/ipc/contract';
import type { Say } from '../../../src-main/i18n/translator';

/**
 * The live status in words that say where and who: "Connected to pbx.example.com as 4224". The user
 * is the iSymphony username, else the extensions (calls to them pop); the host as typed in Settings.
 */
export function connectedLabel(
  settings: Pick<Settings, 'server' | 'isymphonyUser' | 'extensions'>,
  say: Say,
): string {
  const host = settings.server.host.trim();
  const user = settings.isymphonyUser.trim();
  const who = user !== '' ? user : settings.extensions.join(', ');
  if (host === '') return who === '' ? say('status.connected') : say('status.connectedAs', { who });
  return who === '' ? say('status.connectedTo', { host }) : say('status.connectedToAs', { host, who });
}
