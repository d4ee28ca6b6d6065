/**
 * A CRM lookup template as the user keeps it in settings (or passes with `--crm-lookup`): where to
 * ask (a URL with {number}/{e164}, GET or POST with a JSON body), which header carries the token
 * (the token itself lives in the keychain), and where in the JSON answer the name, company and
 * record are. `checkLookupTemplate` reads it once into a `CheckedLookup`; `lookupRequest` fills it
 * for one number. Both are pure and never throw.
 */
import { err, ok, problem, type Problem, type Result } from '../common/result';
import { buildLink } from '../crm/link';
import { countryCode, toE164 } from '../crm/phone-number';
import { validateTemplate } from '../crm/template';

export const CRM_LOOKUP_PRESET_IDS = [
  'hubspot',
  'pipedrive',
  'zoho',
  'salesforce',
  'odoo',
  'suitecrm',
] as const;
export type CrmLookupPresetId = (typeof CRM_LOOKUP_PRESET_IDS)[number];

export interface CrmLookupTemplate {
  /** Which preset it started from ('custom' when written by hand); the screens show it, nothing else reads it. */
  readonly preset: CrmLookupPresetId | 'custom';
  readonly method: 'GET' | 'POST';
  /** https (or http to this computer), with {number} or {e164} in the path or query. */
  readonly url: string;
  /** POST only: a JSON text in which {number} and {e164} stand for whole JSON values. */
  readonly body: string | null;
  /** The header that carries the keychain's token (e.g. "Authorization"); null: no token is sent. */
  readonly tokenHeader: string | null;
  /** Written before the token in that header, e.g. "Bearer ". */
  readonly tokenPrefix: string;
  /** Paths into the answer whose texts, joined by a space, are the name (e.g. first and last name). */
  readonly namePaths: readonly string[];
  readonly companyPath: string | null;
  /** A path to a web address of the record in the answer. */
  readonly recordUrlPath: string | null;
  /** A path to the record's id, for `recordLink`. */
  readonly idPath: string | null;
  /** A link to the record with {id}, e.g. https://crm.example/contacts/{id}. */
  readonly recordLink: string | null;
  /** Origins besides the lookup URL's own that a record address may point to. */
  readonly allowedOrigins: readonly string[];
  /** How long to wait for the answer (default 1500 ms, the pop's budget). */
  readonly timeoutMs?: number;
  /** How long an answer is reused for the same number (default 10 minutes; 0: never). */
  readonly cacheMinutes?: number;
}

export type CrmLookupProblemCode =
  | 'lookup-template-invalid'
  | 'lookup-needs-replacing'
  | 'lookup-not-https'
  | 'number-unreadable'
  | 'lookup-unreachable'
  | 'lookup-timeout'
  | 'lookup-redirected'
  | 'lookup-refused'
  | 'lookup-rate-limited'
  | 'lookup-failed'
  | 'answer-too-large'
  | 'answer-not-json'
  | 'token-missing'
  | 'token-unavailable';

export type CrmLookupProblem = Problem<CrmLookupProblemCode>;

export const DEFAULT_LOOKUP_TIMEOUT_MS = 1500;
export const MIN_LOOKUP_TIMEOUT_MS = 200;
export const MAX_LOOKUP_TIMEOUT_MS = 10_000;
export const DEFAULT_CACHE_MINUTES = 10;
export const MAX_CACHE_MINUTES = 24 * 60;
/** Largest answer read, in bytes: a search for one number is a few kB; this bounds the damage. */
export const MAX_ANSWER_BYTES = 256 * 1024;
export const MAX_BODY_TEMPLATE_LENGTH = 4096;
export const MAX_PATH_LENGTH = 200;
export const MAX_PATH_SEGMENTS = 16;
export const MAX_NAME_PATHS = 4;
export const MAX_ALLOWED_ORIGINS = 8;
export const MAX_TOKEN_PREFIX_LENGTH = 40;
/** The longest number sent, in code points (crm/'s cap on {number}). */
export const MAX_NUMBER_VALUE = 64;

/** Marks the parts of a preset the user must replace with their own (their domain, their account id). */
export const REPLACE_MARK = 'YOUR-';

const LOOKUP_PLACEHOLDERS = ['number', 'e164'] as const;
type LookupPlaceholder = (typeof LOOKUP_PLACEHOLDERS)[number];

const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,64}$/;
/** Printable ASCII only: a header value with a line break could add a header of its own. */
const HEADER_TEXT = /^[\x20-\x7e]*$/;
const PATH_SEGMENT = /^[A-Za-z0-9_$@-]{1,64}$/;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export interface CheckedLookup {
  readonly template: CrmLookupTemplate;
  /** The lookup URL's origin (the token goes only there). */
  readonly origin: string;
  /** Every origin a record address may have: the lookup's own and the allowed ones. */
  readonly recordOrigins: ReadonlySet<string>;
  readonly placeholders: readonly LookupPlaceholder[];
  readonly namePaths: readonly (readonly string[])[];
  readonly companyPath: readonly string[] | null;
  readonly recordUrlPath: readonly string[] | null;
  readonly idPath: readonly string[] | null;
  readonly timeoutMs: number;
  readonly cacheMs: number;
}

function invalid(message: string): { readonly ok: false; readonly error: CrmLookupProblem } {
  return err(problem('lookup-template-invalid', message));
}

/** "results.0.properties.firstname" → its segments; an index into a list is a number. */
export function parsePath(path: string, what: string): Result<string[], CrmLookupProblem> {
  if (path.length === 0 || path.length > MAX_PATH_LENGTH) {
    return invalid(`The ${what} path must have 1 to ${MAX_PATH_LENGTH} characters, such as results.0.name.`);
  }
  const segments = path.split('.');
  if (segments.length > MAX_PATH_SEGMENTS || !segments.every((s) => PATH_SEGMENT.test(s))) {
    return invalid(
      `The ${what} path "${path.slice(0, 60)}" must be names and list positions separated by dots, such as results.0.name (letters, digits, "_", "-", "$", "@").`,
    );
  }
  return ok(segments);
}

function isLocal(url: URL): boolean {
  return LOCAL_HOSTS.has(url.hostname);
}

/** The lookup must be encrypted unless it stays on this computer: the token and the number travel in it. */
function secureOrigin(url: string, what: string): Result<string, CrmLookupProblem> {
  const parsed = new URL(url);
  if (parsed.protocol === 'https:' || isLocal(parsed)) return ok(parsed.origin);
  return err(
    problem(
      'lookup-not-https',
      `The ${what} must start with https:// (plain http is allowed only to this computer, such as http://127.0.0.1).`,
    ),
  );
}

function usedPlaceholders(text: string): LookupPlaceholder[] {
  return LOOKUP_PLACEHOLDERS.filter((name) => text.includes(`{${name}}`));
}

function checkUrl(url: string): Result<{ origin: string; used: LookupPlaceholder[] }, CrmLookupProblem> {
  const checked = validateTemplate(url);
  if (!checked.ok) return invalid(checked.error.message.replace('link template', 'lookup address'));
  const others = checked.value.placeholders.filter(
    (p) => !(LOOKUP_PLACEHOLDERS as readonly string[]).includes(p),
  );
  if (others.length > 0) {
    return invalid(
      `The lookup address uses {${others[0] ?? ''}}; a lookup knows only the caller's number: use {number} or {e164}.`,
    );
  }
  const origin = secureOrigin(checked.value.source, 'lookup address');
  if (!origin.ok) return origin;
  return ok({ origin: origin.value, used: usedPlaceholders(checked.value.source) });
}

function checkBody(body: string): Result<LookupPlaceholder[], CrmLookupProblem> {
  if (body.length > MAX_BODY_TEMPLATE_LENGTH) {
    return invalid(`The request body has ${body.length} characters; keep it to ${MAX_BODY_TEMPLATE_LENGTH}.`);
  }
  try {
    JSON.parse(fillBody(body, { number: 'x', e164: 'x' }));
  } catch {
    return invalid(
      'The request body is not JSON once {number} and {e164} are filled in; write each as a whole value without quotes, e.g. {"phone": {e164}}.',
    );
  }
  return ok(usedPlaceholders(body));
}

/**
 * Each placeholder becomes a JSON string, quotes and escapes included, so a value can never leave
 * its place. One pass over the template: a value that itself reads "{e164}" is not filled again.
 */
function fillBody(body: string, values: Readonly<Record<LookupPlaceholder, string>>): string {
  return body.replace(/\{(number|e164)\}/g, (_match, name: LookupPlaceholder) =>
    JSON.stringify(values[name]),
  );
}

function checkRecordLink(link: string, origins: ReadonlySet<string>): Result<void, CrmLookupProblem> {
  if (!link.includes('{id}')) {
    return invalid('The record link must contain {id}, where the record id from the answer goes.');
  }
  const words = [...link.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]);
  const other = words.find((word) => word !== 'id');
  if (other !== undefined) {
    return invalid(`The record link uses {${other.slice(0, 32)}}; it may use only {id}.`);
  }
  // The id is filled in exactly as crm/ fills a link's {number}: percent-encoded, kept out of the origin.
  const checked = validateTemplate(link.split('{id}').join('{number}'));
  if (!checked.ok) return invalid(checked.error.message.replace('link template', 'record link'));
  if (!origins.has(checked.value.origin)) {
    return invalid(
      `The record link goes to ${checked.value.origin}, which is neither the lookup's own address nor an allowed one; add it to the allowed addresses.`,
    );
  }
  return ok(undefined);
}

function checkOrigins(list: readonly string[]): Result<string[], CrmLookupProblem> {
  if (list.length > MAX_ALLOWED_ORIGINS)
    return invalid(`Allow at most ${MAX_ALLOWED_ORIGINS} other addresses.`);
  const out: string[] = [];
  for (const entry of list) {
    let parsed: URL;
    try {
      parsed = new URL(entry);
    } catch {
      return invalid(`"${entry.slice(0, 60)}" is not a web address; write it as https://crm.example.`);
    }
    if (parsed.username !== '' || parsed.password !== '' || parsed.origin === 'null') {
      return invalid(`"${entry.slice(0, 60)}" is not a plain web address; write it as https://crm.example.`);
    }
    const origin = secureOrigin(entry, `allowed address ${parsed.origin}`);
    if (!origin.ok) return origin;
    out.push(origin.value);
  }
  return ok(out);
}

function clampInt(value: number | undefined, fallback: number, min: number, max: number): number | null {
  if (value === undefined) return fallback;
  return Number.isInteger(value) && value >= min && value <= max ? value : null;
}

/** A refusal of a template, with the field it is about (for the settings page to mark it). */
export interface CrmLookupTemplateProblem extends CrmLookupProblem {
  readonly field: keyof CrmLookupTemplate;
}

function at(
  field: keyof CrmLookupTemplate,
  result: { readonly ok: false; readonly error: CrmLookupProblem },
): { readonly ok: false; readonly error: CrmLookupTemplateProblem } {
  return err({ ...result.error, field });
}

/** Checks a template once; every refusal says what to change. */
export function checkLookupTemplate(
  template: CrmLookupTemplate,
): Result<CheckedLookup, CrmLookupTemplateProblem> {
  const marked = (
    [
      ['url', template.url],
      ['body', template.body ?? ''],
      ['recordLink', template.recordLink ?? ''],
      ['allowedOrigins', template.allowedOrigins.join(' ')],
    ] as const
  ).find(([, text]) => text.includes(REPLACE_MARK));
  if (marked !== undefined) {
    return err({
      ...problem(
        'lookup-needs-replacing',
        `The lookup still contains ${REPLACE_MARK}…: replace it with your own (your CRM's domain or account id), as its preset describes.`,
      ),
      field: marked[0],
    });
  }
  const url = checkUrl(template.url);
  if (!url.ok) return at('url', url);
  let used = url.value.used;
  if (template.method === 'POST') {
    if (template.body === null) {
      return at('body', invalid('A POST lookup needs a JSON body; write one, or use GET.'));
    }
    const body = checkBody(template.body);
    if (!body.ok) return at('body', body);
    used = [...new Set([...used, ...body.value])];
  } else if (template.method !== 'GET') {
    return at('method', invalid('The lookup method must be GET or POST.'));
  } else if (template.body !== null) {
    return at('body', invalid('A GET lookup sends no body; remove it, or use POST.'));
  }
  if (used.length === 0) {
    return at(
      'url',
      invalid("The lookup never sends the caller's number: put {e164} or {number} in the address or body."),
    );
  }
  if (template.tokenHeader !== null && !HEADER_NAME.test(template.tokenHeader)) {
    return at(
      'tokenHeader',
      invalid('The token header must be a header name such as Authorization or x-api-token.'),
    );
  }
  if (template.tokenPrefix.length > MAX_TOKEN_PREFIX_LENGTH || !HEADER_TEXT.test(template.tokenPrefix)) {
    return at(
      'tokenPrefix',
      invalid(
        `The token prefix must be plain text of at most ${MAX_TOKEN_PREFIX_LENGTH} characters, such as "Bearer ".`,
      ),
    );
  }
  if (template.namePaths.length === 0 && template.companyPath === null) {
    return at(
      'namePaths',
      invalid('Say where the answer has the name or the company (a path such as results.0.name).'),
    );
  }
  if (template.namePaths.length > MAX_NAME_PATHS)
    return at('namePaths', invalid(`Join at most ${MAX_NAME_PATHS} name paths.`));
  const namePaths: string[][] = [];
  for (const path of template.namePaths) {
    const parsed = parsePath(path, 'name');
    if (!parsed.ok) return at('namePaths', parsed);
    namePaths.push(parsed.value);
  }
  const optionalPath = (path: string | null, what: string): Result<string[] | null, CrmLookupProblem> =>
    path === null ? ok(null) : parsePath(path, what);
  const companyPath = optionalPath(template.companyPath, 'company');
  if (!companyPath.ok) return at('companyPath', companyPath);
  const recordUrlPath = optionalPath(template.recordUrlPath, 'record address');
  if (!recordUrlPath.ok) return at('recordUrlPath', recordUrlPath);
  const idPath = optionalPath(template.idPath, 'record id');
  if (!idPath.ok) return at('idPath', idPath);
  const allowed = checkOrigins(template.allowedOrigins);
  if (!allowed.ok) return at('allowedOrigins', allowed);
  const recordOrigins = new Set([url.value.origin, ...allowed.value]);
  if (template.recordLink !== null) {
    if (idPath.value === null) {
      return at('idPath', invalid('A record link needs the path of the record id in the answer.'));
    }
    const link = checkRecordLink(template.recordLink, recordOrigins);
    if (!link.ok) return at('recordLink', link);
  }
  const timeoutMs = clampInt(
    template.timeoutMs,
    DEFAULT_LOOKUP_TIMEOUT_MS,
    MIN_LOOKUP_TIMEOUT_MS,
    MAX_LOOKUP_TIMEOUT_MS,
  );
  if (timeoutMs === null) {
    return at(
      'timeoutMs',
      invalid(
        `The lookup timeout must be ${MIN_LOOKUP_TIMEOUT_MS} to ${MAX_LOOKUP_TIMEOUT_MS} milliseconds.`,
      ),
    );
  }
  const cacheMinutes = clampInt(template.cacheMinutes, DEFAULT_CACHE_MINUTES, 0, MAX_CACHE_MINUTES);
  if (cacheMinutes === null) {
    return at('cacheMinutes', invalid(`Keep answers for 0 to ${MAX_CACHE_MINUTES} minutes.`));
  }
  return ok({
    template,
    origin: url.value.origin,
    recordOrigins,
    placeholders: used,
    namePaths,
    companyPath: companyPath.value,
    recordUrlPath: recordUrlPath.value,
    idPath: idPath.value,
    timeoutMs,
    cacheMs: cacheMinutes * 60_000,
  });
}

/** What goes on the wire for one number, before the token is added. */
export interface LookupHttpRequest {
  readonly method: 'GET' | 'POST';
  readonly url: string;
  readonly body: string | null;
}

/**
 * The request for one number. The URL is filled by crm/link.ts exactly as a CRM link is
 * (percent-encoded, origin kept); the body's values are JSON strings. A number that cannot be read
 * in E.164 when the template needs {e164} is not sent at all: an empty search could match anyone.
 */
export function lookupRequest(
  checked: CheckedLookup,
  raw: string,
  defaultCountry: string,
): Result<LookupHttpRequest, CrmLookupProblem> {
  // The cap crm/ puts on {number} in links, for the body too (cut on code points).
  const number = Array.from(raw).slice(0, MAX_NUMBER_VALUE).join('');
  const country = countryCode(defaultCountry);
  const e164 = toE164(number, country.ok ? country.value : null);
  if (checked.placeholders.includes('e164') && e164 === '') {
    return err(
      problem(
        'number-unreadable',
        'The number could not be read as a full international number, so the CRM was not asked (set the default country if callers send national numbers).',
      ),
    );
  }
  const template = checked.template;
  const url = buildLink(
    template.url,
    { number, name: null, did: null, extension: null, username: null, callId: '', time: Number.NaN },
    { defaultCountry: country.ok ? defaultCountry : '' },
  );
  if (!url.ok) return invalid(url.error.message);
  const body =
    template.method === 'POST' && template.body !== null ? fillBody(template.body, { number, e164 }) : null;
  return ok({ method: template.method, url: url.value, body });
}

/** The record link for an id from the answer, or null when it cannot be built safely. */
export function recordLinkFor(checked: CheckedLookup, id: string): string | null {
  const link = checked.template.recordLink;
  // crm/ caps a value at 64 characters; a longer id would make a link to another record.
  if (link === null || id === '' || id.length > 64) return null;
  const built = buildLink(
    link.split('{id}').join('{number}'),
    { number: id, name: null, did: null, extension: null, username: null, callId: '', time: Number.NaN },
    { defaultCountry: '' },
  );
  return built.ok ? built.value : null;
}
