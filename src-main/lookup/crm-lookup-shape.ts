/**
 * Reading a lookup template from untrusted JSON (the settings file, `--crm-lookup`) into a
 * `CrmLookupTemplate`, then checking it: the one place its shape is declared. Unknown keys are
 * refused (a "token" key gets told where tokens live), each problem names the field in plain words.
 */
import { err, ok, problem, type Result } from '../common/result';
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

function refuse(field: string, message: string): { readonly ok: false; readonly error: LookupShapeProblem } {
  return err({ ...problem('lookup-template-invalid', message), field });
}

type Read<T> = Result<T, LookupShapeProblem>;

function text(value: unknown, field: string, what: string): Read<string> {
  if (typeof value !== 'string') return refuse(field, `The ${what} must be text.`);
  if (value.length > MAX_TEXT)
    return refuse(field, `The ${what} is too long (at most ${MAX_TEXT} characters).`);
  return ok(value);
}

function textOrNull(value: unknown, field: string, what: string): Read<string | null> {
  return value === null || value === undefined ? ok(null) : text(value, field, what);
}

function texts(value: unknown, field: string, what: string, max: number): Read<string[]> {
  if (value === undefined) return ok([]);
  if (!Array.isArray(value) || value.length > max)
    return refuse(field, `The ${what} must be a list of at most ${max} texts.`);
  const out: string[] = [];
  for (const item of value) {
    const read = text(item, field, what);
    if (!read.ok) return read;
    out.push(read.value);
  }
  return ok(out);
}

function wholeOrUndefined(value: unknown, field: string, what: string): Read<number | undefined> {
  if (value === undefined) return ok(undefined);
  return typeof value === 'number' && Number.isInteger(value)
    ? ok(value)
    : refuse(field, `The ${what} must be a whole number.`);
}

/** The shape only; `readLookup` also checks what the template means. */
export function readLookupTemplate(input: unknown): Read<CrmLookupTemplate> {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return refuse('', 'The CRM lookup must be an object such as {"method":"GET","url":"https://…{e164}",…}.');
  }
  const o = input as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!(KEYS as readonly string[]).includes(key)) {
      return refuse(
        key,
        SECRET_LOOKING.test(key) && key !== 'tokenHeader' && key !== 'tokenPrefix'
          ? 'The CRM token is kept in the system keychain (or an environment variable for the command line), never in the lookup template.'
          : `"${key.slice(0, 40)}" is not part of a CRM lookup; use ${KEYS.join(', ')}.`,
      );
    }
  }
  const preset = o.preset ?? 'custom';
  if (preset !== 'custom' && !(CRM_LOOKUP_PRESET_IDS as readonly unknown[]).includes(preset)) {
    return refuse('preset', `The preset must be custom or one of ${CRM_LOOKUP_PRESET_IDS.join(', ')}.`);
  }
  const method = o.method ?? 'GET';
  if (method !== 'GET' && method !== 'POST') return refuse('method', 'The method must be GET or POST.');
  const url = text(o.url, 'url', 'lookup address');
  if (!url.ok) return url;
  const body = textOrNull(o.body, 'body', 'request body');
  if (!body.ok) return body;
  const tokenHeader = textOrNull(o.tokenHeader, 'tokenHeader', 'token header');
  if (!tokenHeader.ok) return tokenHeader;
  const tokenPrefix =
    o.tokenPrefix === undefined ? ok('') : text(o.tokenPrefix, 'tokenPrefix', 'token prefix');
  if (!tokenPrefix.ok) return tokenPrefix;
  const namePaths = texts(o.namePaths, 'namePaths', 'name paths', MAX_NAME_PATHS);
  if (!namePaths.ok) return namePaths;
  const paths: Record<'companyPath' | 'recordUrlPath' | 'idPath' | 'recordLink', string | null> = {
    companyPath: null,
    recordUrlPath: null,
    idPath: null,
    recordLink: null,
  };
  for (const key of Object.keys(paths) as (keyof typeof paths)[]) {
    const read = textOrNull(o[key], key, key === 'recordLink' ? 'record link' : 'path');
    if (!read.ok) return read;
    paths[key] = read.value;
  }
  const allowedOrigins = texts(o.allowedOrigins, 'allowedOrigins', 'allowed addresses', MAX_ALLOWED_ORIGINS);
  if (!allowedOrigins.ok) return allowedOrigins;
  const timeoutMs = wholeOrUndefined(o.timeoutMs, 'timeoutMs', 'timeout');
  if (!timeoutMs.ok) return timeoutMs;
  const cacheMinutes = wholeOrUndefined(o.cacheMinutes, 'cacheMinutes', 'cache time');
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
