import type { Settings } from '../../../src-main/ipc/contract';

/**
 * The live status in words that say where and who: "Connected to pbx.example.com as 4224". The user
 * is the iSymphony username, else the extensions (calls to them pop); the host as typed in Settings.
 */
export function connectedLabel(settings: Pick<Settings, 'server' | 'isymphonyUser' | 'extensions'>): string {
  const host = settings.server.host.trim();
  const user = settings.isymphonyUser.trim();
  const who = user !== '' ? user : settings.extensions.join(', ');
  const where = host === '' ? 'Connected' : `Connected to ${host}`;
  return who === '' ? where : `${where} as ${who}`;
}
