/**
 * Reading a lookup template from untrusted JSON (the settings file, `--crm-lookup`) into a
 * `CrmLookupTemplate`, then checking it: the one place its shape is declared. Unknown keys are
 * refused (a "token" key gets told where tokens live), each problem names the field in plain words.
 */
import { err, ok, type Result } from '../common/result';
import type { MessageKey } from '../i18n/catalogues';
import { problemSaid } from '../i18n/english';
import type { MessageRefValue } from '../i18n/message-ref';
import { checkLookupTemplate } from './crm-lookup-check';
import {
  CRM_LOOKUP_PRESET_IDS,
  MAX_ALLOWED_ORIGINS,
  MAX_NAME_PATHS,
  type CheckedLookup,
  type CrmLookupProblem,
  type CrmLookupTemplate,
} from './crm-lookup-template';

/** A refusal with the field it is about (`url`, `namePaths`…; '' for the whole object). */
export interface LookupShapeProblem extends CrmLookupProblem {
  readonly field: string;
}

const KEYS = [
  'preset',
  'method',
  'url',
  'body',
  'tokenHeader',
  'tokenPrefix',
  'namePaths',
  'companyPath',
  'recordUrlPath',
  'idPath',
  'recordLink',
  'allowedOrigins',
  'timeoutMs',
  'cacheMinutes',
] as const satisfies readonly (keyof CrmLookupTemplate)[];

const SECRET_LOOKING = /pass(?:word|wd)?|secret|token$|^token|api[-_]?key|credential/i;
const MAX_TEXT = 4096;

/** A refusal about a field, its sentence a catalogue message (which names the field through a `select`). */
function refuse(
  field: string,
  key: MessageKey,
  values?: Readonly<Record<string, MessageRefValue>>,
): { readonly ok: false; readonly error: LookupShapeProblem } {
  return err({ ...problemSaid('lookup-template-invalid', key, values), field });
}

type Read<T> = Result<T, LookupShapeProblem>;

function text(value: unknown, field: string): Read<string> {
  if (typeof value !== 'string') return refuse(field, 'lookupTemplate.text', { field });
  if (value.length > MAX_TEXT) return refuse(field, 'lookupTemplate.textLength', { field, max: MAX_TEXT });
  return ok(value);
}

function textOrNull(value: unknown, field: string): Read<string | null> {
  return value === null || value === undefined ? ok(null) : text(value, field);
}

function texts(value: unknown, field: string, max: number): Read<string[]> {
  if (value === undefined) return ok([]);
  if (!Array.isArray(value) || value.length > max)
    return refuse(field, 'lookupTemplate.list', { field, max });
  const out: string[] = [];
  for (const item of value) {
    const read = text(item, field);
    if (!read.ok) return read;
    out.push(read.value);
  }
  return ok(out);
}

function wholeOrUndefined(value: unknown, field: string): Read<number | undefined> {
  if (value === undefined) return ok(undefined);
  return typeof value === 'number' && Number.isInteger(value)
    ? ok(value)
    : refuse(field, 'lookupTemplate.whole', { field });
}

/** The shape only; `readLookup` also checks what the template means. */
export function readLookupTemplate(input: unknown): Read<CrmLookupTemplate> {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return refuse('', 'lookupTemplate.notObject');
  }
  const o = input as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!(KEYS as readonly string[]).includes(key)) {
      return SECRET_LOOKING.test(key) && key !== 'tokenHeader' && key !== 'tokenPrefix'
        ? refuse(key, 'lookupTemplate.tokenInTemplate')
        : refuse(key, 'lookupTemplate.unknownKey', { key: key.slice(0, 40), keys: KEYS.join(', ') });
    }
  }
  const preset = o.preset ?? 'custom';
  if (preset !== 'custom' && !(CRM_LOOKUP_PRESET_IDS as readonly unknown[]).includes(preset)) {
    return refuse('preset', 'lookupTemplate.preset', { presets: CRM_LOOKUP_PRESET_IDS.join(', ') });
  }
  const method = o.method ?? 'GET';
  if (method !== 'GET' && method !== 'POST') return refuse('method', 'lookupTemplate.method');
  const url = text(o.url, 'url');
  if (!url.ok) return url;
  const body = textOrNull(o.body, 'body');
  if (!body.ok) return body;
  const tokenHeader = textOrNull(o.tokenHeader, 'tokenHeader');
  if (!tokenHeader.ok) return tokenHeader;
  const tokenPrefix = o.tokenPrefix === undefined ? ok('') : text(o.tokenPrefix, 'tokenPrefix');
  if (!tokenPrefix.ok) return tokenPrefix;
  const namePaths = texts(o.namePaths, 'namePaths', MAX_NAME_PATHS);
  if (!namePaths.ok) return namePaths;
  const paths: Record<'companyPath' | 'recordUrlPath' | 'idPath' | 'recordLink', string | null> = {
    companyPath: null,
    recordUrlPath: null,
    idPath: null,
    recordLink: null,
  };
  for (const key of Object.keys(paths) as (keyof typeof paths)[]) {
    const read = textOrNull(o[key], key);
    if (!read.ok) return read;
    paths[key] = read.value;
  }
  const allowedOrigins = texts(o.allowedOrigins, 'allowedOrigins', MAX_ALLOWED_ORIGINS);
  if (!allowedOrigins.ok) return allowedOrigins;
  const timeoutMs = wholeOrUndefined(o.timeoutMs, 'timeoutMs');
  if (!timeoutMs.ok) return timeoutMs;
  const cacheMinutes = wholeOrUndefined(o.cacheMinutes, 'cacheMinutes');
  if (!cacheMinutes.ok) return cacheMinutes;
  return ok({
    preset: preset as CrmLookupTemplate['preset'],
    method,
    url: url.value,
    body: body.value,
    tokenHeader: tokenHeader.value,
    tokenPrefix: tokenPrefix.value,
    namePaths: namePaths.value,
    ...paths,
    allowedOrigins: allowedOrigins.value,
    ...(timeoutMs.value !== undefined ? { timeoutMs: timeoutMs.value } : {}),
    ...(cacheMinutes.value !== undefined ? { cacheMinutes: cacheMinutes.value } : {}),
  });
}

/** Shape and meaning together: what the settings validator and `--crm-lookup` use. */
export function readLookup(input: unknown): Result<CheckedLookup, LookupShapeProblem> {
  const shape = readLookupTemplate(input);
  if (!shape.ok) return shape;
  const checked = checkLookupTemplate(shape.value);
  return checked;
}
