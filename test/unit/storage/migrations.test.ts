import { describe, expect, it } from 'vitest';
import {
  CURRENT_SCHEMA_VERSION,
  migrateSettings,
  v1ToV2,
  type Migration,
} from '../../../src-main/storage/migrations';

describe('migrateSettings', () => {
  it('lifts a version 1 file: one extension becomes a list, the pop switch becomes a style', () => {
    const result = migrateSettings({
      schemaVersion: 1,
      extension: ' 201 ',
      showPopups: false,
      theme: 'dark',
    });
    expect(result).toEqual({
      ok: true,
      value: { fromVersion: 1, document: { extensions: ['201'], popStyle: 'off', theme: 'dark' } },
    });
  });

  it('reads a file with no schemaVersion as version 1', () => {
    const result = migrateSettings({ showPopups: true });
    expect(result.ok && result.value).toEqual({
      fromVersion: 1,
      document: { extensions: [], popStyle: 'notification' },
    });
  });

  it('leaves a current file as it is, without its version key', () => {
    const result = migrateSettings({ schemaVersion: CURRENT_SCHEMA_VERSION, extensions: ['7'] });
    expect(result.ok && result.value).toEqual({
      fromVersion: CURRENT_SCHEMA_VERSION,
      document: { extensions: ['7'] },
    });
  });

  it('never changes the document it was given', () => {
    const input = Object.freeze({ extension: '201', showPopups: true });
    expect(v1ToV2.migrate(input)).toEqual({ extensions: ['201'], popStyle: 'notification' });
    expect(input).toEqual({ extension: '201', showPopups: true });
  });

  it('refuses a newer version with a sentence that says to update', () => {
    const result = migrateSettings({ schemaVersion: CURRENT_SCHEMA_VERSION + 1 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('settings-newer-version');
      expect(result.error.message).toMatch(/newer version.*Update the app/);
    }
  });

  it('refuses a version that is not a positive whole number', () => {
    for (const schemaVersion of [0, 1.5, '2', null, -3]) {
      const result = migrateSettings({ schemaVersion });
      expect(result.ok, String(schemaVersion)).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('settings-version-invalid');
    }
    expect(migrateSettings([1, 2]).ok).toBe(false);
  });

  it('runs a chain of migrations in order', () => {
    const chain: Migration[] = [
      { from: 2, to: 3, reason: 'b', migrate: (d) => ({ ...d, steps: [...(d.steps as string[]), 'b'] }) },
      { from: 1, to: 2, reason: 'a', migrate: (d) => ({ ...d, steps: ['a'] }) },
    ];
    const result = migrateSettings({ schemaVersion: 1 }, chain, 3);
    expect(result.ok && result.value.document).toEqual({ steps: ['a', 'b'] });
  });

  it('reports a gap in the chain or a migration that throws, instead of throwing', () => {
    expect(migrateSettings({ schemaVersion: 1 }, [], 2)).toMatchObject({
      ok: false,
      error: { code: 'settings-no-migration' },
    });
    const throwing: Migration = {
      from: 1,
      to: 2,
      reason: 'x',
      migrate: () => {
        throw new Error('boom');
      },
    };
    expect(migrateSettings({}, [throwing], 2)).toMatchObject({
      ok: false,
      error: { code: 'settings-migration-failed' },
    });
  });
});
