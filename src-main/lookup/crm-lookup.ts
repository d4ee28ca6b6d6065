/**
 * The CRM lookup: one checked template, an HTTP port and a token source passed in, and a cache of
 * answers with an expiry. `lookup` is the chain's `CrmLookup`: it never rejects; every failure is a
 * `failed` answer with a code and a sentence (also kept as the lookup's status for the screens).
 * The token is read from its source for each request that goes out, added as one header, and
 * appears in no answer, status, log or error.
 */
import type { Clock } from '../common/clock';
import type { Problem, Result } from '../common/result';
import type { Secret } from '../common/secret';
import type { MessageKey } from '../i18n/catalogues';
import { problemSaid } from '../i18n/english';
import type { MessageRefValue } from '../i18n/message-ref';
import type { CrmAnswer, CrmLookup } from './lookup-chain';
import { readCrmAnswer } from './crm-lookup-answer';
import type { CrmHttp, CrmHttpResult } from './crm-http';
import { lookupRequest } from './crm-lookup-request';
import { MAX_ANSWER_BYTES, type CheckedLookup, type CrmLookupProblem } from './crm-lookup-template';

/**
 * The keychain entry of a lookup's token: one per origin, so a template pointed at another host
 * finds no token until one is stored for it. The app stores it there; the command line may read it.
 */
export function crmTokenAccount(origin: string): string {
  return `crm-lookup@${origin}`;
}

/** Most numbers whose answers are kept; the oldest goes first. */
export const MAX_CACHED_NUMBERS = 1000;

/** What the screens show about the lookup: never the token, never the answer's text. */
export type CrmLookupStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'answered'; readonly at: number; readonly found: boolean }
  | { readonly kind: 'failed'; readonly at: number; readonly problem: CrmLookupProblem };

/** Where the token comes from: the keychain (app), an environment variable or the keychain (CLI). */
export type TokenSource = () => Promise<Result<Secret | null, Problem>>;

export interface CrmLookupServiceOptions {
  readonly checked: CheckedLookup;
  readonly http: CrmHttp;
  readonly token: TokenSource;
  readonly clock: Clock;
  /** For reading national numbers into {e164}. */
  readonly defaultCountry: string;
  /** Called on every change of status. */
  readonly onStatus?: (status: CrmLookupStatus) => void;
}

interface Cached {
  readonly answer: CrmAnswer;
  readonly until: number;
}

/** A failed answer whose sentence is a catalogue message (English in `message`, `text` for the screens). */
function failed(
  code: CrmLookupProblem['code'],
  key: MessageKey,
  values?: Readonly<Record<string, MessageRefValue>>,
): CrmAnswer {
  return { kind: 'failed', problem: problemSaid(code, key, values) };
}

export class CrmLookupService {
  readonly #o: CrmLookupServiceOptions;
  readonly #cache = new Map<string, Cached>();
  readonly #inFlight = new Map<string, Promise<CrmAnswer>>();
  #status: CrmLookupStatus = { kind: 'idle' };

  constructor(options: CrmLookupServiceOptions) {
    this.#o = options;
  }

  get status(): CrmLookupStatus {
    return this.#status;
  }

  /** The chain's CrmLookup, bound to this service. */
  readonly lookup: CrmLookup = (number) => {
    const key = number.trim();
    const cached = this.#cache.get(key);
    if (cached !== undefined) {
      if (cached.until > this.#o.clock.now()) return Promise.resolve(cached.answer);
      this.#cache.delete(key);
    }
    const running = this.#inFlight.get(key);
    if (running !== undefined) return running;
    const asking = this.#ask(key)
      .catch(() => failed('lookup-failed', 'lookup.failedUnexpectedly'))
      .then((answer) => {
        this.#inFlight.delete(key);
        this.#remember(key, answer);
        return answer;
      });
    this.#inFlight.set(key, asking);
    return asking;
  };

  /** The kept answer for a number, without asking (null: none kept, or it expired). */
  cached(number: string): CrmAnswer | null {
    const cached = this.#cache.get(number.trim());
    return cached !== undefined && cached.until > this.#o.clock.now() ? cached.answer : null;
  }

  /** Forgets every kept answer (the settings or the token changed). */
  clearCache(): void {
    this.#cache.clear();
  }

  #remember(key: string, answer: CrmAnswer): void {
    const at = this.#o.clock.now();
    this.#setStatus(
      answer.kind === 'failed'
        ? { kind: 'failed', at, problem: answer.problem as CrmLookupProblem }
        : { kind: 'answered', at, found: answer.kind === 'found' },
    );
    // Failures are not kept: the next call asks again.
    if (answer.kind === 'failed' || this.#o.checked.cacheMs === 0) return;
    this.#cache.delete(key);
    this.#cache.set(key, { answer, until: at + this.#o.checked.cacheMs });
    while (this.#cache.size > MAX_CACHED_NUMBERS) {
      const oldest = this.#cache.keys().next().value;
      if (oldest === undefined) break;
      this.#cache.delete(oldest);
    }
  }

  #setStatus(status: CrmLookupStatus): void {
    this.#status = status;
    this.#o.onStatus?.(status);
  }

  async #ask(number: string): Promise<CrmAnswer> {
    const { checked } = this.#o;
    const request = lookupRequest(checked, number, this.#o.defaultCountry);
    if (!request.ok) return { kind: 'failed', problem: request.error };
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (request.value.body !== null) headers['Content-Type'] = 'application/json';
    const header = checked.template.tokenHeader;
    if (header !== null) {
      const token = await this.#o.token();
      if (!token.ok) {
        return failed('token-unavailable', 'lookup.tokenUnreadable', {
          reason: token.error.text ?? token.error.message,
        });
      }
      if (token.value === null || token.value.isEmpty) {
        return failed('token-missing', 'lookup.tokenMissing');
      }
      const value = checked.template.tokenPrefix + token.value.reveal();
      // A line break in a token would start a header of its own.
      if (/[^\x20-\x7e]/.test(value)) {
        return failed('token-unavailable', 'lookup.tokenUnsafe');
      }
      headers[header] = value;
    }
    const result = await this.#o.http({
      method: request.value.method,
      url: request.value.url,
      headers,
      body: request.value.body,
      timeoutMs: checked.timeoutMs,
      maxBytes: MAX_ANSWER_BYTES,
    });
    return this.#read(result);
  }

  #read(result: CrmHttpResult): CrmAnswer {
    const { checked } = this.#o;
    switch (result.kind) {
      case 'timeout':
        return failed('lookup-timeout', 'lookup.timeout', { ms: checked.timeoutMs });
      case 'unreachable':
        return failed('lookup-unreachable', 'lookup.unreachable', { origin: checked.origin });
      case 'too-large':
        return failed('answer-too-large', 'lookup.tooLarge', { kb: MAX_ANSWER_BYTES / 1024 });
      case 'redirected':
        return failed('lookup-redirected', 'lookup.redirected', {
          status: String(result.status),
          origin: checked.origin,
        });
      case 'answer':
        break;
    }
    const status = result.status;
    // Zoho answers 204 No Content when nothing matches.
    if (status === 204 || (status === 404 && result.body.trim() === '')) return { kind: 'none' };
    if (status === 401 || status === 403) {
      return failed('lookup-refused', 'lookup.refused', { status: String(status) });
    }
    if (status === 429) return failed('lookup-rate-limited', 'lookup.rateLimited');
    if (status < 200 || status > 299)
      return failed('lookup-failed', 'lookup.httpStatus', { status: String(status) });
    let json: unknown;
    try {
      json = JSON.parse(result.body);
    } catch {
      return failed('answer-not-json', 'lookup.notJson');
    }
    return readCrmAnswer(json, checked);
  }
}
