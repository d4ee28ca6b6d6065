import { describe, expect, it } from 'vitest';
import { english } from '../../../src-main/i18n/english';
import type { MessageRef } from '../../../src-main/i18n/message-ref';
import { portForTls, readPastedAddress } from '../../../src-main/protocol/pasted-address';
import { seededRandom } from '../../support/random';
import { saidEverywhere } from '../../support/said-everywhere';

/** A note or refusal as the settings page says it: in English here, and in every language. */
function words(ref: MessageRef): string {
  const message = english(ref.key, ref.values);
  saidEverywhere({ message, text: ref });
  return message;
}

describe('an address pasted into Host', () => {
  it.each([
    ['wss://pbx.example.com:55050/', 'pbx.example.com', 55050, true],
    ['ws://pbx.example.com:58080/communication_manager/ws/event', 'pbx.example.com', 58080, false],
    ['https://pbx.example.com:55050/client/', 'pbx.example.com', 55050, true],
    ['http://192.0.2.10:58080', '192.0.2.10', 58080, false],
    // No port: iSymphony's own (the web's 80 and 443 are not where it listens).
    ['https://PBX.Example.com/', 'pbx.example.com', 55050, true],
    ['http://pbx.example.com', 'pbx.example.com', 58080, false],
    ['wss://pbx.example.com', 'pbx.example.com', 55050, true],
    // A port written out is taken, even a scheme's default one the URL parser would drop.
    ['https://pbx.example.com:443/', 'pbx.example.com', 443, true],
    ['  wss://pbx.example.com:55050/  ', 'pbx.example.com', 55050, true],
    ['wss://[2001:db8::1]:55050/', '2001:db8::1', 55050, true],
    ['wss://bücher.example:55050', 'xn--bcher-kva.example', 55050, true],
    ['https://pbx.example.com:55050/?next=<script>alert(1)</script>#x', 'pbx.example.com', 55050, true],
  ])('%s fills host %s, port %s, TLS %s', (text, host, port, tls) => {
    const read = readPastedAddress(text);
    expect(read).toMatchObject({ kind: 'address', host, port, tls });
    if (read.kind === 'address') expect(words(read.note)).toContain(`server ${host}, port ${port}`);
  });

  it('says which port it chose when none was written, in every language', () => {
    const notes = [
      'wss://pbx.example.com',
      'http://pbx.example.com',
      'pbx.example.com:58080',
      'pbx.example.com/x',
    ].map((text) => {
      const read = readPastedAddress(text);
      if (read.kind !== 'address') throw new Error(text);
      return saidEverywhere({ message: words(read.note), text: read.note });
    });
    expect(notes.map((said) => said.en)).toEqual([
      'Filled in from the address: server pbx.example.com, port 55050 (iSymphony’s SSL port), TLS on.',
      'Filled in from the address: server pbx.example.com, port 58080 (iSymphony’s port), TLS off.',
      'Filled in: server pbx.example.com, port 58080.',
      'Filled in: server pbx.example.com (the path after it is not needed).',
    ]);
    expect(notes[0]!.fr).toBe(
      'Rempli à partir de l’adresse : serveur pbx.example.com, port 55050 (le port SSL d’iSymphony), TLS activé.',
    );
  });

  it('takes a name with a port (no scheme) and leaves TLS as it is', () => {
    expect(readPastedAddress('pbx.example.com:55050')).toMatchObject({
      kind: 'address',
      host: 'pbx.example.com',
      port: 55050,
      tls: null,
    });
    expect(readPastedAddress('[::1]:58080')).toMatchObject({ host: '::1', port: 58080, tls: null });
    expect(readPastedAddress('pbx.example.com/client')).toMatchObject({
      kind: 'address',
      host: 'pbx.example.com',
      port: null,
      tls: null,
    });
  });

  it('leaves a plain name or address alone', () => {
    for (const text of ['pbx.example.com', '192.0.2.10', '2001:db8::1', '', '   ', 'pbx']) {
      expect(readPastedAddress(text)).toEqual({ kind: 'host' });
    }
  });

  it('drops a user name and password in the address, and says so, never keeping them', () => {
    const read = readPastedAddress('wss://manager:s3cret-Pa55@pbx.example.com:55050/');
    expect(read).toMatchObject({ kind: 'address', host: 'pbx.example.com', port: 55050, tls: true });
    expect(JSON.stringify(read)).not.toContain('s3cret');
    expect(JSON.stringify(read)).not.toContain('manager:');
    if (read.kind === 'address') {
      expect(words(read.note)).toMatch(/user name and password in it were left out/);
      expect(saidEverywhere({ message: words(read.note), text: read.note }).de).toBe(
        'Aus der Adresse übernommen: Server pbx.example.com, Port 55050, TLS an. Benutzername und Passwort darin wurden weggelassen: Manager-Benutzer und Passwort haben eigene Felder.',
      );
    }
    // The host is what comes after the "@", whatever comes before it.
    expect(readPastedAddress('https://pbx.example.com:55050@evil.example/')).toMatchObject({
      host: 'evil.example',
      port: 55050,
    });
  });

  it.each([
    ['ftp://pbx.example.com/', /"ftp:\/\/" cannot be used/],
    ['javascript://alert(1)', /"javascript:\/\/" cannot be used/],
    ['file:///etc/passwd', /"file:\/\/" cannot be used/],
    ['wss://pbx.example.com:99999/', /ports are 1 to 65535/],
    ['wss://pbx.example.com:0/', /ports are 1 to 65535/],
    ['pbx.example.com:70000', /ports are 1 to 65535/],
    ['wss://', /could not be read/],
    ['https://256.1.1.1/', /could not be read/],
    ['wss://pbx example.com/', /spaces or control characters/],
    ['wss://pbx.example.com\u0000:55050/', /spaces or control characters/],
    [`wss://${'a'.repeat(3000)}.example`, /too long/],
  ])('refuses %s with a sentence', (text, message) => {
    const read = readPastedAddress(text);
    expect(read.kind).toBe('refused');
    if (read.kind === 'refused') expect(words(read.text)).toMatch(message);
  });

  it('never throws, whatever is pasted (seeded random text)', () => {
    const random = seededRandom(15);
    const alphabet = 'wsshttp:/[]@.:%#?0123456789abcxyz-_ \u0000\u202E€💥';
    for (let i = 0; i < 2000; i++) {
      const length = Math.floor(random() * 40);
      let text = random() < 0.5 ? 'wss://' : '';
      for (let j = 0; j < length; j++) text += alphabet[Math.floor(random() * alphabet.length)];
      const read = readPastedAddress(text);
      expect(['host', 'address', 'refused']).toContain(read.kind);
      if (read.kind === 'address') {
        expect(read.host).not.toMatch(/[\s@/]/);
        if (read.port !== null) expect(read.port).toBeGreaterThanOrEqual(1);
      }
    }
  });
});

describe('ticking TLS', () => {
  it('switches iSymphony’s plain port to its SSL port and back, and leaves any other port alone', () => {
    expect(portForTls(58080, true)).toBe(55050);
    expect(portForTls(55050, false)).toBe(58080);
    expect(portForTls(55050, true)).toBe(55050);
    expect(portForTls(8443, true)).toBe(8443);
    expect(portForTls(8443, false)).toBe(8443);
  });
});
