import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  fieldText,
  isGlobalAccelerator,
  validateSettings,
  type Settings,
} from '../../../src-main/storage/settings-schema';

const FINGERPRINT = Array.from({ length: 32 }, (_, i) => (i * 7).toString(16).padStart(2, '0')).join(':');

function withChanges(changes: Record<string, unknown>): Record<string, unknown> {
  return { ...structuredClone(DEFAULT_SETTINGS), ...changes };
}

function fieldsOf(input: unknown): Record<string, string> {
  const result = validateSettings(input);
  if (result.ok) return {};
  return Object.fromEntries(result.error.fields.map((f) => [f.path, f.message]));
}

describe('validateSettings', () => {
  it('accepts the defaults as they are', () => {
    const result = validateSettings(DEFAULT_SETTINGS);
    expect(result).toEqual({ ok: true, value: DEFAULT_SETTINGS });
  });

  it('accepts a fully configured server setup and normalises the fingerprint to capitals', () => {
    const input = withChanges({
      mode: 'server',
      server: { host: 'pbx.example.com', port: 55050, tls: true, trustedCertificateSha256: FINGERPRINT },
      isymphonyUser: 'alice',
      extensions: ['201', '4224'],
      protocolProfile: { eventTypes: { dial: 'callDial' }, callerSuffix: '2' },
      popStyle: 'both',
      popDisplay: 2779098405,
      crm: {
        defaultCountry: 'US',
        templates: [
          {
            id: 'hubspot',
            label: 'HubSpot',
            url: 'https://crm.example.com/search?q={e164}',
            autoOpen: 'answer',
            rules: { dids: ['+15551230000'], caller: 'external', numberPattern: '+1*' },
          },
        ],
      },
      globalShortcut: null,
      theme: 'dark',
    });
    const result = validateSettings(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.server.trustedCertificateSha256).toBe(FINGERPRINT.toUpperCase());
    expect(result.value.crm.templates[0]?.rules.caller).toBe('external');
    expect(result.value.popDisplay).toBe(2779098405);
  });

  it('accepts IPv4 and IPv6 addresses as the host', () => {
    for (const host of ['192.0.2.10', '::1', 'fe80::1', 'localhost']) {
      expect(validateSettings(withChanges({ server: { ...DEFAULT_SETTINGS.server, host } })).ok, host).toBe(
        true,
      );
    }
  });

  it('refuses a certificate pin with TLS off instead of ignoring it silently', () => {
    const pinned = { host: 'pbx.example.com', port: 58080, trustedCertificateSha256: FINGERPRINT };
    const fields = fieldsOf(withChanges({ server: { ...pinned, tls: false } }));
    expect(Object.keys(fields)).toEqual(['server.trustedCertificateSha256']);
    expect(fields['server.trustedCertificateSha256']).toMatch(/only.*TLS|TLS.*on/);
    expect(validateSettings(withChanges({ server: { ...pinned, tls: true } })).ok).toBe(true);
    expect(
      validateSettings(withChanges({ server: { ...pinned, tls: false, trustedCertificateSha256: null } })).ok,
    ).toBe(true);
  });

  it('names each wrong field with its path and a sentence', () => {
    const fields = fieldsOf(
      withChanges({
        server: { host: 'ws://pbx:58080/x', port: 70000, tls: 'yes', trustedCertificateSha256: 'AB:CD' },
        popStyle: 'loud',
        extensions: ['201', 'abc'],
      }),
    );
    expect(Object.keys(fields).sort()).toEqual(
      [
        'extensions[1]',
        'popStyle',
        'server.host',
        'server.port',
        'server.tls',
        'server.trustedCertificateSha256',
      ].sort(),
    );
    expect(fields['server.port']).toMatch(/1 to 65535/);
    expect(fields['server.host']).toMatch(/without "ws:\/\/"/);
    expect(fields['popStyle']).toMatch(/notification, window, both or off/);
    for (const message of Object.values(fields)) expect(message).toMatch(/^[A-Z"].*\.$/);
  });

  it('says when a setting is missing', () => {
    const { theme: _theme, ...rest } = structuredClone(DEFAULT_SETTINGS);
    expect(fieldsOf(rest)['theme']).toMatch(/missing/);
  });

  it('rejects a password anywhere instead of keeping it, and says where passwords live', () => {
    const input = withChanges({ password: 'hunter2', server: { ...DEFAULT_SETTINGS.server, password: 'x' } });
    const result = validateSettings(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const fields = Object.fromEntries(result.error.fields.map((f) => [f.path, f.message]));
    expect(fields['password']).toMatch(/keychain/);
    expect(fields['server.password']).toMatch(/keychain/);
    expect(JSON.stringify(result.error)).not.toContain('hunter2');
  });

  it('rejects other unknown keys by name', () => {
    expect(fieldsOf(withChanges({ colour: 'red' }))['colour']).toMatch(/"colour" is not a setting/);
  });

  it('rejects non-objects without throwing', () => {
    for (const input of [null, undefined, 42, 'settings', [], () => 1]) {
      const result = validateSettings(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('settings-invalid');
    }
  });

  it('rejects a manager user name with a colon, which Basic authentication cannot carry', () => {
    expect(fieldsOf(withChanges({ managerUser: 'a:b' }))['managerUser']).toMatch(/":"/);
  });

  it('rejects duplicate extensions and duplicate template ids', () => {
    const template = { id: 't', label: 'T', url: 'https://x.example/{number}', autoOpen: 'never', rules: {} };
    const fields = fieldsOf(
      withChanges({
        extensions: ['201', '201'],
        crm: { defaultCountry: 'GB', templates: [template, template] },
      }),
    );
    expect(fields['extensions']).toMatch(/only once/);
    expect(fields['crm.templates[1].id']).toMatch(/already uses the id "t"/);
  });

  it('rejects CRM links that are not http or https', () => {
    const template = { id: 't', label: 'T', url: 'javascript:alert(1)', autoOpen: 'never', rules: {} };
    const fields = fieldsOf(withChanges({ crm: { defaultCountry: 'GB', templates: [template] } }));
    expect(fields['crm.templates[0].url']).toMatch(/http:\/\/ or https:\/\//);
  });

  it('rejects a lower-case or three-letter default country', () => {
    expect(
      fieldsOf(withChanges({ crm: { defaultCountry: 'gb', templates: [] } }))['crm.defaultCountry'],
    ).toBeDefined();
    expect(
      fieldsOf(withChanges({ crm: { defaultCountry: 'GBR', templates: [] } }))['crm.defaultCountry'],
    ).toBeDefined();
  });

  it('rejects protocol overrides that the profile resolver would refuse', () => {
    const duplicate = fieldsOf(withChanges({ protocolProfile: { eventTypes: { dial: 'x', link: 'x' } } }));
    expect(duplicate['protocolProfile.eventTypes']).toMatch(/cannot both use/);
    const unknownKind = validateSettings(withChanges({ protocolProfile: { eventTypes: { ring: 'ring' } } }));
    expect(unknownKind.ok).toBe(false);
    const badSuffix = fieldsOf(withChanges({ protocolProfile: { callerSuffix: '3' } }));
    expect(badSuffix['protocolProfile.callerSuffix']).toMatch(/"1" or "2"/);
  });

  it('accepts a display id or "cursor" for pops and nothing else', () => {
    expect(validateSettings(withChanges({ popDisplay: 0 })).ok).toBe(true);
    expect(validateSettings(withChanges({ popDisplay: 'left' })).ok).toBe(false);
    expect(validateSettings(withChanges({ popDisplay: -1 })).ok).toBe(false);
  });

  it('fills "keep the card after a call" in a file written before it existed (no new format needed), and bounds it', () => {
    const { popAfterCall: _left, ...older } = structuredClone(DEFAULT_SETTINGS);
    const loaded = validateSettings(older);
    expect(loaded.ok && loaded.value.popAfterCall).toBe(10);
    expect(fieldsOf(withChanges({ popAfterCall: 'until-closed' }))).toEqual({});
    expect(fieldsOf(withChanges({ popAfterCall: 0 }))).toEqual({});
    for (const wrong of [-1, 3601, 1.5, 'forever', null]) {
      expect(fieldsOf(withChanges({ popAfterCall: wrong })).popAfterCall).toMatch(/until you close it/);
    }
  });

  it('fills call links (off) and the dial shortcut (none) in a file written before them (no new format needed)', () => {
    const { callLinks: _links, dialShortcut: _shortcut, ...older } = structuredClone(DEFAULT_SETTINGS);
    const loaded = validateSettings(older);
    expect(loaded.ok && [loaded.value.callLinks, loaded.value.dialShortcut]).toEqual([false, null]);
    expect(fieldsOf(withChanges({ callLinks: true, dialShortcut: 'CommandOrControl+Alt+D' }))).toEqual({});
    expect(fieldsOf(withChanges({ callLinks: 'yes' })).callLinks).toMatch(/on or off/);
    expect(fieldsOf(withChanges({ dialShortcut: 'D' })).dialShortcut).toMatch(/modifier and one key/);
  });

  it('fills the text size (100 %) in a file written before it, and takes only the sizes offered', () => {
    const { textSize: _size, ...older } = structuredClone(DEFAULT_SETTINGS);
    const loaded = validateSettings(older);
    expect(loaded.ok && loaded.value.textSize).toBe(100);
    for (const textSize of [125, 150, 175, 200]) expect(fieldsOf(withChanges({ textSize }))).toEqual({});
    for (const textSize of [90, 300, '150', null])
      expect(fieldsOf(withChanges({ textSize })).textSize).toMatch(/100, 125, 150, 175 or 200/);
  });

  it('refuses a dial shortcut that is the CRM shortcut, beside the dial shortcut', () => {
    const same = withChanges({
      globalShortcut: 'CommandOrControl+Shift+K',
      dialShortcut: 'CommandOrControl+Shift+K',
    });
    expect(fieldsOf(same)).toEqual({ dialShortcut: expect.stringMatching(/same as the CRM shortcut/) });
    expect(fieldsOf(withChanges({ globalShortcut: null, dialShortcut: null }))).toEqual({});
  });

  it('fills the core server in a file written before it existed (no new format needed), and takes a name or a UUID only', () => {
    const { coreServer: _left, ...older } = structuredClone(DEFAULT_SETTINGS);
    const loaded = validateSettings(older);
    expect(loaded.ok && loaded.value.coreServer).toBe('default');
    const id = 'E5C01703-3C6D-429A-8712-66C826064E65';
    for (const good of ['default', 'pbx-2', 'site_b.local', id]) {
      expect(fieldsOf(withChanges({ coreServer: good }))).toEqual({});
    }
    const spaced = validateSettings(withChanges({ coreServer: '  pbx-2 ' }));
    expect(spaced.ok && spaced.value.coreServer).toBe('pbx-2');
    for (const wrong of ['', 'no spaces', 'a/b', '-leading', 'x'.repeat(129), 7, null]) {
      expect(fieldsOf(withChanges({ coreServer: wrong })).coreServer).toMatch(/core server/);
    }
  });

  it('names dialled numbers: loads files written before names existed, trims names, refuses what a card cannot show', () => {
    const { didLabels: _left, ...older } = structuredClone(DEFAULT_SETTINGS);
    const loaded = validateSettings(older);
    expect(loaded.ok && loaded.value.didLabels).toEqual([]);
    const named = validateSettings(
      withChanges({
        didLabels: [
          { did: '0800 123 456', label: '  Acme – Sales ' },
          { did: '+44 (20) 7946-0000', label: 'Support' },
        ],
      }),
    );
    expect(named.ok && named.value.didLabels).toEqual([
      { did: '0800 123 456', label: 'Acme – Sales' },
      { did: '+44 (20) 7946-0000', label: 'Support' },
    ]);
    const problems = fieldsOf(
      withChanges({
        didLabels: [
          { did: 'sales line', label: 'Sales' },
          { did: '0800 1', label: '   ' },
          { did: '0800 2', label: 'Evil\u202Eexe' },
          { did: '08002', label: 'Twice' },
          { did: '0800 3', label: 'W'.repeat(81) },
        ],
      }),
    );
    expect(problems['didLabels[0].did']).toMatch(/with digits/);
    expect(problems['didLabels[1].label']).toMatch(/Give the line a name/);
    expect(problems['didLabels[2].label']).toMatch(/control or direction characters/);
    expect(problems['didLabels[3].did']).toMatch(/named twice/);
    expect(problems['didLabels[4].label']).toMatch(/at most 80/);
    const many = Array.from({ length: 201 }, (_, i) => ({ did: String(1000 + i), label: `Line ${i}` }));
    expect(fieldsOf(withChanges({ didLabels: many })).didLabels).toMatch(/at most 200/);
    expect(fieldsOf(withChanges({ didLabels: [{ did: '1', label: 'x', password: 'p' }] }))).toHaveProperty(
      'didLabels[0].password',
    );
  });

  it('keeps the defaults a settings object the rest of the app can type against', () => {
    const settings: Settings = DEFAULT_SETTINGS;
    expect(settings.mode).toBe('demo');
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
  });
});

describe('isGlobalAccelerator', () => {
  it('accepts modifier and key combinations Electron understands', () => {
    for (const text of [
      'CommandOrControl+Shift+K',
      'Alt+F4',
      'Ctrl+Shift+Plus',
      'Super+Space',
      'Shift++',
      'CmdOrCtrl+/',
    ]) {
      expect(isGlobalAccelerator(text), text).toBe(true);
    }
  });

  it('refuses a bare key, a repeated modifier, an unknown key or an empty string', () => {
    for (const text of ['K', '', 'Ctrl+Ctrl+K', 'Ctrl+Banana', 'Shift+', 'Hyper+K', 'Ctrl+Shift']) {
      expect(isGlobalAccelerator(text), text).toBe(false);
    }
  });
});

describe('fieldText', () => {
  it('writes object keys with dots and array indexes in brackets', () => {
    expect(fieldText(['crm', 'templates', 3, 'url'])).toBe('crm.templates[3].url');
    expect(fieldText([])).toBe('');
  });
});
