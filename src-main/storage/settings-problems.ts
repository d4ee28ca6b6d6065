/**
 * A settings validation failure in words a person can act on: one problem per field, with its path
 * as text and as segments (for the page to show beside the field), a secret-looking key answered
 * with where secrets live, and a missing field called missing.
 */
import type { z } from 'zod';
import type { Problem } from '../common/result';
import { english } from '../i18n/english';
import { englishCatalogue, type MessageKey } from '../i18n/catalogues';
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

/**
 * A rule's sentence, as the schema names it: its catalogue key, which zod carries as the issue's
 * message until `toFieldProblems` says it (in English for `message`, by reference for `text`). The
 * IPC contract, which the preload bundles and so imports no catalogue at runtime, writes its keys
 * as `'key' satisfies MessageKey`.
 */
export function says(key: MessageKey): string {
  return key;
}

function isKey(text: string): text is MessageKey {
  return Object.hasOwn(englishCatalogue(), text);
}

function isRef(value: unknown): value is MessageRef {
  return typeof value === 'object' && value !== null && typeof (value as MessageRef).key === 'string';
}

/**
 * An issue's own catalogue sentence, if it has one: a rule named by its key (`says`, which zod
 * carries as the issue's message), or a sentence another module made (a custom rule's `text`).
 * Values come from the issue: the limit zod checked (`{max}`) or the rule's `params` (data only).
 * Undefined for zod's own English or a rule's plain English.
 */
export function catalogueWords(issue: z.core.$ZodIssue): { message: string; text: MessageRef } | undefined {
  const params: Record<string, unknown> = (issue.code === 'custom' ? issue.params : undefined) ?? {};
  if (isRef(params['text'])) return { message: issue.message, text: params['text'] };
  if (!isKey(issue.message)) return undefined;
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string' || typeof value === 'number') values[name] = value;
  }
  if (issue.code === 'too_big') values['max'] = Number(issue.maximum);
  return said(issue.message, Object.keys(values).length > 0 ? values : undefined);
}

/** What one issue says: its rule's catalogue sentence, a sentence another module made, or zod's own English. */
function issueWords(issue: z.core.$ZodIssue): { message: string; text?: MessageRef } {
  const words = catalogueWords(issue);
  if (words) return words;
  // A rule with no sentence of its own: zod's English for the log, a plain one for people.
  return issue.code === 'custom'
    ? { message: issue.message }
    : { message: issue.message, text: { key: 'validation.notValid' } };
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
    let words = issueWords(issue);
    if (path.length > 0 && issue.code !== 'custom' && valueAt(input, path) === undefined) {
      words = said('validation.missing', { detail: words.text ?? words.message });
    }
    if (issue.code === 'invalid_key' && path.at(-2) === 'protocolProfile') {
      words = said('validation.unknownEventKind', { key: String(path.at(-1)).slice(0, 64) });
    }
    out.push({ path: fieldText(path), segments: path, ...words });
  }
  return out;
}
