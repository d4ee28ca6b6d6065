/**
 * Settings as files: the export holds no secret and reads back the same; an import goes on top of
 * the current settings, converts older formats, and refuses anything wrong, saying what, changing nothing.
 */
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../../src-main/storage/migrations';
import { defaultSettings, type Settings } from '../../../src-main/storage/settings-schema';
import { EXPORT_FORMAT, exportText, readImport } from '../../../src-main/storage/settings-transfer';

function current(): Settings {
  return {
    ...defaultSettings(),
    mode: 'server',
    server: { host: 'pbx.example.com', port: 58080, tls: false, trustedCertificateSha256: null },
    isymphonyUser: '4224',
    ringSound: 'bell',
  };
}

describe('exporting settings', () => {
  it('writes the format, its version and the settings, and reads back the same', () => {
    const text = exportText(current());
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(parsed).toMatchObject({ format: EXPORT_FORMAT, schemaVersion: CURRENT_SCHEMA_VERSION });
    expect(text).not.toMatch(/password|token|secret/i);
    const back = readImport(text, defaultSettings());
    expect(back.ok && back.value.settings).toEqual(current());
  });
});

describe('importing settings', () => {
  it('puts a part of a file on top of the current settings; what it leaves out stays', () => {
    const read = readImport(JSON.stringify({ ringSound: 'pulse', ringVolume: 30 }), current());
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.given).toEqual(['ringSound', 'ringVolume']);
    expect(read.value.settings).toEqual({ ...current(), ringSound: 'pulse', ringVolume: 30 });
  });

  it('reads a settings.json as the app writes it (with its schemaVersion)', () => {
    const file = { schemaVersion: CURRENT_SCHEMA_VERSION, ...current(), theme: 'dark' };
    const read = readImport(JSON.stringify(file), defaultSettings());
    expect(read.ok && read.value.settings).toEqual({ ...current(), theme: 'dark' });
  });

  it('refuses a file with anything wrong, each problem in plain words, and the settings given back are none', () => {
    const file = {
      format: EXPORT_FORMAT,
      settings: {
        server: { host: 'ws://pbx', port: 70000, tls: false, trustedCertificateSha256: null },
        managerPassword: 'hunter2',
      },
    };
    const read = readImport(JSON.stringify(file), current());
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error.code).toBe('import-invalid');
    expect(read.error.message).toMatch(/not imported.*Nothing was changed/);
    const byPath = Object.fromEntries(read.error.fields.map((f) => [f.path, f.message]));
    expect(byPath['server.host']).toMatch(/without "ws:\/\/"/);
    expect(byPath['server.port']).toMatch(/1 to 65535/);
    expect(byPath.managerPassword).toMatch(/system keychain/);
    expect(JSON.stringify(read.error)).not.toContain('hunter2');
  });

  it('says what a file is not: not JSON, not settings, another format, a newer version', () => {
    const cases: [string, string, RegExp][] = [
      ['{"mode": "server",', 'import-not-settings', /not valid JSON/],
      ['[1, 2]', 'import-not-settings', /holds no settings/],
      ['{}', 'import-not-settings', /no settings in it/],
      [
        JSON.stringify({ format: 'something-else', settings: {} }),
        'import-not-settings',
        /not an iSymphony Companion/,
      ],
      [
        JSON.stringify({
          format: EXPORT_FORMAT,
          schemaVersion: CURRENT_SCHEMA_VERSION + 1,
          settings: { theme: 'dark' },
        }),
        'import-newer-version',
        /newer version/,
      ],
    ];
    for (const [text, code, message] of cases) {
      const read = readImport(text, current());
      expect(read.ok ? 'imported' : read.error.code, text).toBe(code);
      if (!read.ok) expect(read.error.message).toMatch(message);
    }
  });
});
