/**
 * Checks a lookup template once, field by field; every refusal says what to change and names the
 * field (for the settings page to mark it). Pure; never throws.
 */
import { err, ok, type Result } from '../common/result';
import type { MessageKey } from '../i18n/catalogues';
import { problemSaid } from '../i18n/english';
import { textOf, type MessageRef, type MessageRefValue } from '../i18n/message-ref';
import { validateTemplate } from '../crm/template';
import type { CrmProblem } from '../crm/types';
import { fillBody } from './crm-lookup-request';
import {
  DEFAULT_CACHE_MINUTES,
  DEFAULT_LOOKUP_TIMEOUT_MS,
  LOOKUP_PLACEHOLDERS,
  MAX_ALLOWED_ORIGINS,
  MAX_BODY_TEMPLATE_LENGTH,
  MAX_CACHE_MINUTES,
  MAX_LOOKUP_TIMEOUT_MS,
  MAX_NAME_PATHS,
  MAX_PATH_LENGTH,
  MAX_PATH_SEGMENTS,
  MAX_TOKEN_PREFIX_LENGTH,
  MIN_LOOKUP_TIMEOUT_MS,
  REPLACE_MARK,
  type CheckedLookup,
  type CrmLookupProblem,
  type CrmLookupTemplate,
  type CrmLookupTemplateProblem,
  type LookupPlaceholder,
} from './crm-lookup-template';

const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,64}$/;
/** Printable ASCII only: a header value with a line break could add a header of its own. */
const HEADER_TEXT = /^[\x20-\x7e]*$/;
const PATH_SEGMENT = /^[A-Za-z0-9_$@-]{1,64}$/;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

type Values = Readonly<Record<string, MessageRefValue>>;

/** A refusal whose sentence is a catalogue message (English in `message`, `text` for the settings page). */
function invalid(key: MessageKey, values?: Values): { readonly ok: false; readonly error: CrmLookupProblem } {
  return err(problemSaid('lookup-template-invalid', key, values));
}

/** A refusal of crm/'s link checks, which named the lookup's field: its sentence, under the lookup's code. */
function invalidAs(said: { readonly message: string; readonly text?: MessageRef }): {
  readonly ok: false;
  readonly error: CrmLookupProblem;
} {
  return err({ code: 'lookup-template-invalid', message: said.message, ...textOf(said) });
}

/** Which path a refusal is about: the template's key, for the sentence's `select`. */
export type PathField = 'namePaths' | 'companyPath' | 'recordUrlPath' | 'idPath';

/** "results.0.properties.firstname" → its segments; an index into a list is a number. */
export function parsePath(path: string, field: PathField): Result<string[], CrmLookupProblem> {
  if (path.length === 0 || path.length > MAX_PATH_LENGTH) {
    return invalid('lookupTemplate.pathLength', { field, max: MAX_PATH_LENGTH });
  }
  const segments = path.split('.');
  if (segments.length > MAX_PATH_SEGMENTS || !segments.every((s) => PATH_SEGMENT.test(s))) {
    return invalid('lookupTemplate.pathShape', { field, path: path.slice(0, 60) });
  }
  return ok(segments);
}

function isLocal(url: URL): boolean {
  return LOCAL_HOSTS.has(url.hostname);
}

/**
 * The lookup must be encrypted unless it stays on this computer: the token and the number travel in
 * it. `allowed`: an allowed address (named in the sentence), else the lookup address.
 */
function secureOrigin(url: string, allowed: boolean): Result<string, CrmLookupProblem> {
  const parsed = new URL(url);
  if (parsed.protocol === 'https:' || isLocal(parsed)) return ok(parsed.origin);
  return err(
    allowed
      ? problemSaid('lookup-not-https', 'lookupTemplate.allowedHttps', { origin: parsed.origin })
      : problemSaid('lookup-not-https', 'lookupTemplate.addressHttps'),
  );
}

function usedPlaceholders(text: string): LookupPlaceholder[] {
  return LOOKUP_PLACEHOLDERS.filter((name) => text.includes(`{${name}}`));
}

function checkUrl(url: string): Result<{ origin: string; used: LookupPlaceholder[] }, CrmLookupProblem> {
  const checked = validateTemplate(url, 'url');
  if (!checked.ok) return invalidAs(checked.error);
  const others = checked.value.placeholders.filter(
    (p) => !(LOOKUP_PLACEHOLDERS as readonly string[]).includes(p),
  );
  if (others.length > 0) {
    return invalid('lookupTemplate.addressPlaceholder', { name: others[0] ?? '' });
  }
  const origin = secureOrigin(checked.value.source, false);
  if (!origin.ok) return origin;
  return ok({ origin: origin.value, used: usedPlaceholders(checked.value.source) });
}

function checkBody(body: string): Result<LookupPlaceholder[], CrmLookupProblem> {
  if (body.length > MAX_BODY_TEMPLATE_LENGTH) {
    return invalid('lookupTemplate.bodyLength', { length: body.length, max: MAX_BODY_TEMPLATE_LENGTH });
  }
  try {
    JSON.parse(fillBody(body, { number: 'x', e164: 'x' }));
  } catch {
    return invalid('lookupTemplate.bodyJson');
  }
  return ok(usedPlaceholders(body));
}

/** crm/ reads a record link with this in place of each {id}: the same encoding, kept out of the origin. */
const ID_STAND_IN = '{number}';
const STAND_IN_EXTRA = ID_STAND_IN.length - '{id}'.length;

/**
 * A refusal of the record link as crm/ read it (`read`, {id} stood in for), said of the link as
 * written: the placeholder it names is {id}, and a position counts {id}, not the stand-in. (Its
 * length is the one read, with the stand-in: that is what crm/'s limit was checked on.)
 */
function asWritten(said: CrmProblem, read: string): CrmProblem {
  const text = said.text;
  if (text?.values === undefined) return said;
  const values: Record<string, MessageRefValue> = { ...text.values };
  if (values.placeholder === ID_STAND_IN) values.placeholder = '{id}';
  // crm/ passes a position as text, as typed, counted in the trimmed template.
  if (typeof values.position === 'string') {
    const at = Number(values.position);
    const standIns =
      read
        .trim()
        .slice(0, at - 1)
        .split(ID_STAND_IN).length - 1;
    values.position = String(at - STAND_IN_EXTRA * standIns);
  }
  return problemSaid(said.code, text.key, values);
}

function checkRecordLink(link: string, origins: ReadonlySet<string>): Result<void, CrmLookupProblem> {
  if (!link.includes('{id}')) {
    return invalid('lookupTemplate.recordLinkId');
  }
  const words = [...link.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]);
  const other = words.find((word) => word !== 'id');
  if (other !== undefined) {
    return invalid('lookupTemplate.recordLinkOther', { name: other.slice(0, 32) });
  }
  // The id is filled in exactly as crm/ fills a link's {number}: percent-encoded, kept out of the origin.
  const read = link.split('{id}').join(ID_STAND_IN);
  const checked = validateTemplate(read, 'recordLink');
  if (!checked.ok) return invalidAs(asWritten(checked.error, read));
  if (!origins.has(checked.value.origin)) {
    return invalid('lookupTemplate.recordLinkOrigin', { origin: checked.value.origin });
  }
  return ok(undefined);
}

function checkOrigins(list: readonly string[]): Result<string[], CrmLookupProblem> {
  if (list.length > MAX_ALLOWED_ORIGINS)
    return invalid('lookupTemplate.originsMax', { max: MAX_ALLOWED_ORIGINS });
  const out: string[] = [];
  for (const entry of list) {
    let parsed: URL;
    try {
      parsed = new URL(entry);
    } catch {
      return invalid('lookupTemplate.originNotAddress', { entry: entry.slice(0, 60) });
    }
    if (parsed.username !== '' || parsed.password !== '' || parsed.origin === 'null') {
      return invalid('lookupTemplate.originNotPlain', { entry: entry.slice(0, 60) });
    }
    const origin = secureOrigin(entry, true);
    if (!origin.ok) return origin;
    out.push(origin.value);
  }
  return ok(out);
}

function clampInt(value: number | undefined, fallback: number, min: number, max: number): number | null {
  if (value === undefined) return fallback;
  return Number.isInteger(value) && value >= min && value <= max ? value : null;
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
      ...problemSaid('lookup-needs-replacing', 'lookupTemplate.needsReplacing', { mark: REPLACE_MARK }),
      field: marked[0],
    });
  }
  const url = checkUrl(template.url);
  if (!url.ok) return at('url', url);
  let used = url.value.used;
  if (template.method === 'POST') {
    if (template.body === null) {
      return at('body', invalid('lookupTemplate.postNeedsBody'));
    }
    const body = checkBody(template.body);
    if (!body.ok) return at('body', body);
    used = [...new Set([...used, ...body.value])];
  } else if (template.method !== 'GET') {
    return at('method', invalid('lookupTemplate.method'));
  } else if (template.body !== null) {
    return at('body', invalid('lookupTemplate.getNoBody'));
  }
  if (used.length === 0) {
    return at('url', invalid('lookupTemplate.noNumber'));
  }
  if (template.tokenHeader !== null && !HEADER_NAME.test(template.tokenHeader)) {
    return at('tokenHeader', invalid('lookupTemplate.tokenHeader'));
  }
  if (template.tokenPrefix.length > MAX_TOKEN_PREFIX_LENGTH || !HEADER_TEXT.test(template.tokenPrefix)) {
    return at('tokenPrefix', invalid('lookupTemplate.tokenPrefix', { max: MAX_TOKEN_PREFIX_LENGTH }));
  }
  if (template.namePaths.length === 0 && template.companyPath === null) {
    return at('namePaths', invalid('lookupTemplate.namePaths'));
  }
  if (template.namePaths.length > MAX_NAME_PATHS)
    return at('namePaths', invalid('lookupTemplate.namePathsMax', { max: MAX_NAME_PATHS }));
  const namePaths: string[][] = [];
  for (const path of template.namePaths) {
    const parsed = parsePath(path, 'namePaths');
    if (!parsed.ok) return at('namePaths', parsed);
    namePaths.push(parsed.value);
  }
  const optionalPath = (field: PathField): Result<string[] | null, CrmLookupProblem> => {
    const path = template[field];
    return typeof path === 'string' ? parsePath(path, field) : ok(null);
  };
  const companyPath = optionalPath('companyPath');
  if (!companyPath.ok) return at('companyPath', companyPath);
  const recordUrlPath = optionalPath('recordUrlPath');
  if (!recordUrlPath.ok) return at('recordUrlPath', recordUrlPath);
  const idPath = optionalPath('idPath');
  if (!idPath.ok) return at('idPath', idPath);
  const allowed = checkOrigins(template.allowedOrigins);
  if (!allowed.ok) return at('allowedOrigins', allowed);
  const recordOrigins = new Set([url.value.origin, ...allowed.value]);
  if (template.recordLink !== null) {
    if (idPath.value === null) {
      return at('idPath', invalid('lookupTemplate.recordLinkNeedsId'));
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
      invalid('lookupTemplate.timeout', { min: MIN_LOOKUP_TIMEOUT_MS, max: MAX_LOOKUP_TIMEOUT_MS }),
    );
  }
  const cacheMinutes = clampInt(template.cacheMinutes, DEFAULT_CACHE_MINUTES, 0, MAX_CACHE_MINUTES);
  if (cacheMinutes === null) {
    return at('cacheMinutes', invalid('lookupTemplate.cache', { max: MAX_CACHE_MINUTES }));
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
