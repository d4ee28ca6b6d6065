/**
 * Sentences other modules make about what people type or the app reads, in every language: the
 * protocol profile's names and the originate request (as the settings page shows them beside
 * their fields), and an older or broken settings file's format. English stays in `message` (the
 * command line, logs); `text` is the catalogue's sentence.
 */
import { describe, expect, it } from 'vitest';
import { resolveProfile } from '../../../src-main/protocol/profile';
import { migrateSettings } from '../../../src-main/storage/migrations';
import { DEFAULT_SETTINGS, validateSettings } from '../../../src-main/storage/settings-schema';
import { saidEverywhere } from '../../support/said-everywhere';

function refusal(overrides: Parameters<typeof resolveProfile>[0]) {
  const result = resolveProfile(overrides);
  if (result.ok) throw new Error(`accepted ${JSON.stringify(overrides)}`);
  return result.error;
}

/** The field problems of settings whose protocol profile is `profile`. */
function profileFields(profile: Record<string, unknown>) {
  const settings = structuredClone(DEFAULT_SETTINGS) as unknown as Record<string, unknown>;
  settings['protocolProfile'] = profile;
  const result = validateSettings(settings);
  if (result.ok) throw new Error('accepted');
  return result.error.fields;
}

describe('the protocol profile’s names in every language', () => {
  it('each refusal: the English the command line prints, and each catalogue’s own sentence', () => {
    const refusals = [
      refusal({ eventTypes: { dial: '1bad' } }),
      refusal({ eventTypes: { dial: 'same', hangup: 'same' } }),
      refusal({ callerSuffix: '3' as '1' }),
      refusal({ callerSuffixByKind: { link: '0' as '1' } }),
      refusal({ fieldNames: { callerIdNumber: 'bad name' } }),
      refusal({ fieldNames: { callerIdNumber: 'type' } }),
      refusal({ fieldNames: { callerIdNumber: 'x', callerIdName: 'x' } }),
    ];
    const german = refusals.map((problem) => saidEverywhere(problem).de);
    expect(new Set(german).size).toBe(refusals.length);
    expect(german[1]).toMatch(/^„\w+“ und „\w+“ können nicht beide den Ereignisnamen „same“ verwenden\.$/);
    expect(german[5]).toBe(
      'Der Feldname für „callerIdNumber“ darf nicht „type“ sein: Ereignisse verwenden diesen Namen für etwas anderes.',
    );
  });

  it('the settings page gets the sentence by reference, beside eventTypes or fieldNames', () => {
    const names = profileFields({ fieldNames: { callerIdNumber: 'x', callerIdName: 'x' } });
    expect(names).toHaveLength(1);
    expect(names[0]).toMatchObject({
      path: 'protocolProfile.fieldNames',
      text: { key: 'profile.fieldNameTwice' },
    });
    const events = profileFields({ eventTypes: { dial: 'same', hangup: 'same' } });
    expect(events[0]).toMatchObject({
      path: 'protocolProfile.eventTypes',
      text: { key: 'profile.eventNameTwice' },
    });
    expect(saidEverywhere(events[0]!).ar).toContain('"same"');
  });
});

describe('the originate request in every language', () => {
  it('each of its rules, beside the originate field', () => {
    const bad = [
      { path: '../x', method: 'POST', body: '{"d":"{number}"}' },
      { path: 'originate', method: 'POST', body: `{"d":"{number}","x":"${'y'.repeat(1100)}"}` },
      { path: 'originate', method: 'POST', body: '{"d":"5"}' },
      { path: 'originate', method: 'POST', body: '{"d":{number}' },
    ];
    const french = bad.map((originate) => {
      const fields = profileFields({ originate });
      expect(fields).toHaveLength(1);
      expect(fields[0]!.path).toBe('protocolProfile.originate');
      return saidEverywhere(fields[0]!).fr;
    });
    expect(new Set(french).size).toBe(4);
    expect(french[3]).toBe(
      'Le corps de lancement d’appel doit être du JSON (avec {number} dans une chaîne), comme {"destination":"{number}"}.',
    );
  });
});

describe('an older, newer or broken settings file in every language', () => {
  it('each of the format’s refusals', () => {
    const failing = [
      migrateSettings([]),
      migrateSettings({ schemaVersion: 1.5 }),
      migrateSettings({ schemaVersion: 9 }, [], 2),
      migrateSettings({ schemaVersion: 1 }, [], 2),
      migrateSettings(
        { schemaVersion: 1 },
        [
          {
            from: 1,
            to: 2,
            reason: 'a conversion that fails',
            migrate: () => {
              throw new Error('x');
            },
          },
        ],
        2,
      ),
    ];
    const italian = failing.map((result) => {
      if (result.ok) throw new Error('migrated');
      return saidEverywhere(result.error).it;
    });
    expect(new Set(italian).size).toBe(5);
    expect(italian[4]).toBe('Non è stato possibile convertire le impostazioni dal formato 1 al formato 2.');
  });
});
