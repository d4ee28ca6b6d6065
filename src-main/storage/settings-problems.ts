/**
 * A settings validation failure in words a person can act on: one problem per field, with its path
 * as text and as segments (for the page to show beside the field), a secret-looking key answered
 * with where secrets live, and a missing field called missing.
 */
import type { z } from 'zod';
import type { Problem } from '../common/result';
import { english } from '../i18n/english';
import type { MessageKey } from '../i18n/catalogues';
import type { MessageRef } from '../i18n/message-ref';

/** One field's problem, for the settings page to show beside that field (the IPC `FieldProblem` shape). */
export interface SettingsFieldProblem {
  /** The field as text: "server.port", "crm.templates[0].url"; "" for the whole object. */
  readonly path: string;
  /** The same path as keys and indexes: ['crm', 'templates', 0, 'url']. */
  readonly segments: readonly (string | number)[];
  /** English (the command line, logs); `text` says it in the chosen language when there is one. */
  readonly message: string;
  readonly text?: MessageRef;
}

export interface SettingsProblem extends Problem<'settings-invalid'> {
  readonly fields: readonly SettingsFieldProblem[];
}

const SECRET_LOOKING = /pass(?:word|wd|phrase)?|pwd|secret|token|credential|api[-_]?key|private[-_]?key/i;

export function fieldText(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

/** A sentence of the catalogue: its English and its reference. */
function said(key: MessageKey, values?: MessageRef['values']): { message: string; text: MessageRef } {
  return { message: english(key, values), text: values ? { key, values } : { key } };
}

function unknownKeyMessage(key: string): { message: string; text: MessageRef } {
  if (SECRET_LOOKING.test(key)) return said('validation.secretInFile');
  return said('validation.unknownSetting', { key: key.slice(0, 64) });
}

function valueAt(input: unknown, path: readonly (string | number)[]): unknown {
  let here = input;
  for (const part of path) {
    if (here === null || typeof here !== 'object' || !Object.hasOwn(here, part)) return undefined;
    here = (here as Record<string | number, unknown>)[part];
  }
  return here;
}

export function toFieldProblems(input: unknown, issues: readonly z.core.$ZodIssue[]): SettingsFieldProblem[] {
  const out: SettingsFieldProblem[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const keyPath = [...path, key];
        out.push({ path: fieldText(keyPath), segments: keyPath, ...unknownKeyMessage(key) });
      }
      continue;
    }
    // The schema's own sentences are English (zod's or the schema's); the app's framing is translated.
    let words: { message: string; text?: MessageRef } = { message: issue.message };
    if (path.length > 0 && issue.code !== 'custom' && valueAt(input, path) === undefined) {
      words = said('validation.missing', { detail: issue.message });
    }
    if (issue.code === 'invalid_key' && path.at(-2) === 'protocolProfile') {
      words = said('validation.unknownEventKind', { key: String(path.at(-1)).slice(0, 64) });
    }
    out.push({ path: fieldText(path), segments: path, ...words });
  }
  return out;
}
