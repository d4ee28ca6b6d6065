/**
 * Checks a lookup template once, field by field; every refusal says what to change and names the
 * field (for the settings page to mark it). Pure; never throws.
 */
import { err, ok, problem, type Result } from '../common/result';
import { validateTemplate } from '../crm/template';
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
