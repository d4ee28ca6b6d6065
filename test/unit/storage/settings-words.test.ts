/**
 * The settings file's validation sentences, in the chosen language: each schema rule names a
 * catalogue message, so a field's problem keeps its English `message` (the command line, logs) and
 * says itself through `text` in German, Arabic or any other language; values from the file (a
 * dialled number, a template id, a limit) go into the sentence as data.
 */
import { describe, expect, it } from 'vitest';
import { resolveLocale } from '../../../src-main/i18n/languages';
import { translatorFor } from '../../../src-main/i18n/translator';
import { defaultSettings, validateSettings } from '../../../src-main/storage/settings-schema';
import { EXPORT_FORMAT, readImport } from '../../../src-main/storage/settings-transfer';
import { CURRENT_SCHEMA_VERSION } from '../../../src-main/storage/migrations';
import { saidEverywhere } from '../../support/said-everywhere';

const german = translatorFor(resolveLocale('de', 'locale', []));
const arabic = translatorFor(resolveLocale('ar', 'locale', []));
const english = translatorFor(resolveLocale('en', 'locale', []));

function refused(change: (settings: Record<string, unknown>) => void) {
  const settings = defaultSettings() as unknown as Record<string, unknown>;
  change(settings);
  const checked = validateSettings(settings);
  if (checked.ok) throw new Error('expected the settings to be refused');
  return checked.error;
}

describe('settings validation sentences', () => {
  it('a bad port: English for the log, German and Arabic beside the field, naming the port', () => {
    const problem = refused((s) => ((s['server'] as Record<string, unknown>)['port'] = 0));
    const [field] = problem.fields;
    expect(field?.path).toBe('server.port');
    expect(field?.message).toBe('The port must be a number from 1 to 65535.');
    expect(german.problem(field!)).toBe('Der Port muss eine Zahl von 1 bis 65535 sein.');
    expect(arabic.problem(field!)).toBe('يجب أن يكون المنفذ عددًا من 1 إلى 65535.');
    expect(english.problem(field!)).toBe(field?.message);
    // The summary wraps the field's sentence, in the same language.
    expect(problem.message).toBe('One setting is not valid: The port must be a number from 1 to 65535.');
    expect(german.problem(problem)).toContain('Der Port muss eine Zahl von 1 bis 65535 sein.');
    expect(german.problem(problem)).not.toContain('The port');
  });

  it('values from the file go into the sentence: a dialled number named twice, a template id used twice', () => {
    const twice = refused((s) => {
      s['didLabels'] = [
        { did: '0800 123 456', label: 'Acme' },
        { did: '0800-123-456', label: 'Acme again' },
      ];
    });
    const did = twice.fields.find((f) => f.path === 'didLabels[1].did');
    expect(did?.message).toBe('The dialled number 0800-123-456 is named twice; keep one name for it.');
    expect(german.problem(did!)).toBe(
      'Die gewählte Nummer 0800-123-456 ist zweimal benannt; behalten Sie nur einen Namen dafür.',
    );

    const template = {
      id: 't1',
      label: 'CRM',
      url: 'https://crm.example/{number}',
      autoOpen: 'never',
      rules: {},
    };
    const ids = refused((s) => {
      s['crm'] = { templates: [template, { ...template }], defaultCountry: 'GB' };
    });
    const id = ids.fields.find((f) => f.path === 'crm.templates[1].id');
    expect(id?.message).toBe('Another template already uses the id "t1".');
    expect(german.problem(id!)).toBe('Eine andere Vorlage verwendet bereits die ID „t1“.');
  });

  it('a limit zod checked is a value too: at most 200 dialled-number names', () => {
    const many = refused((s) => {
      s['didLabels'] = Array.from({ length: 201 }, (_, i) => ({ did: String(1000 + i), label: `Line ${i}` }));
    });
    const field = many.fields.find((f) => f.path === 'didLabels');
    expect(field?.message).toBe('Name at most 200 dialled numbers.');
    expect(german.problem(field!)).toBe('Benennen Sie höchstens 200 gewählte Nummern.');
  });

  it('a missing setting says so around the rule’s sentence, in the chosen language', () => {
    const missing = refused((s) => delete s['theme']);
    const field = missing.fields.find((f) => f.path === 'theme');
    expect(field?.message).toBe('This setting is missing. Theme must be system, light or dark.');
    const said = german.problem(field!);
    expect(said).toContain('Das Design muss „system“, „light“ oder „dark“ sein.');
    expect(said).not.toMatch(/Theme must/);
  });

  it('an imported file with a bad value is refused field by field in the chosen language', () => {
    const read = readImport(JSON.stringify({ ringVolume: 150 }), defaultSettings());
    expect(read.ok).toBe(false);
    if (read.ok) return;
    const field = read.error.fields.find((f) => f.path === 'ringVolume');
    expect(field?.message).toBe('The ring volume must be a number from 0 to 100.');
    expect(german.problem(field!)).toBe('Die Lautstärke des Klingeltons muss eine Zahl von 0 bis 100 sein.');
    expect(arabic.problem(field!)).toBe('يجب أن يكون مستوى صوت الرنين عددًا من 0 إلى 100.');
  });
  it('a file of a format that cannot be converted says why, then that nothing was changed, in one language', () => {
    const importOf = (schemaVersion: unknown) => {
      const read = readImport(
        JSON.stringify({ format: EXPORT_FORMAT, schemaVersion, settings: { theme: 'dark' } }),
        defaultSettings(),
      );
      if (read.ok) throw new Error(`imported format ${String(schemaVersion)}`);
      return read.error;
    };
    const newer = importOf(CURRENT_SCHEMA_VERSION + 1);
    expect(newer.code).toBe('import-newer-version');
    const said = saidEverywhere(newer);
    expect(said.en).toBe(
      `The settings were saved by a newer version of iSymphony Companion (format ${CURRENT_SCHEMA_VERSION + 1}; this one reads up to ${CURRENT_SCHEMA_VERSION}). Update the app to use them. Nothing was changed.`,
    );
    expect(said.de).toMatch(/neueren Version.* Es wurde nichts geändert\.$/);
    expect(said.ar).toMatch(/لم يتغير شيء\.$/);

    const odd = saidEverywhere(importOf(1.5));
    expect(odd.en).toBe(
      'The settings file has a schemaVersion that is not a whole number. Nothing was changed.',
    );
    expect(odd.de).toBe(
      'Die Einstellungsdatei hat eine schemaVersion, die keine ganze Zahl ist. Es wurde nichts geändert.',
    );
  });
});
