import { describe, expect, it } from 'vitest';
import { connectedLabel as label } from '../../../src-renderer/src/format/connection-text';
import { ENGLISH, resolveLocale } from '../../../src-main/i18n/languages';
import { translatorFor } from '../../../src-main/i18n/translator';

type Who = Parameters<typeof label>[0];
const connectedLabel = (settings: Who) => label(settings, translatorFor(ENGLISH).t);

const server = (host: string) => ({ host, port: 58080, tls: false, trustedCertificateSha256: null });

describe('the live status line', () => {
  it('names the server and the iSymphony user', () => {
    expect(
      connectedLabel({ server: server('pbx.example.com'), isymphonyUser: '4224', extensions: ['4225'] }),
    ).toBe('Connected to pbx.example.com as 4224');
  });

  it('names the extensions when there is no username, and only the server when there is neither', () => {
    expect(
      connectedLabel({ server: server('pbx.example.com'), isymphonyUser: ' ', extensions: ['4224', '4225'] }),
    ).toBe('Connected to pbx.example.com as 4224, 4225');
    expect(connectedLabel({ server: server('192.0.2.10'), isymphonyUser: '', extensions: [] })).toBe(
      'Connected to 192.0.2.10',
    );
  });

  it('says it in the chosen language', () => {
    const de = translatorFor(resolveLocale('de', 'locale', [])).t;
    expect(label({ server: server('pbx.example.com'), isymphonyUser: '4224', extensions: [] }, de)).toBe(
      'Verbunden mit pbx.example.com als 4224',
    );
  });
});
