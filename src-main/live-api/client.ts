import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { systemClock, type Clock } from '../common/clock';
import { silentLogger, type Logger } from '../common/log';
import { err, ok, type Problem, type Result } from '../common/result';
import type { Secret } from '../common/secret';
import { wellFormed } from '../protocol/limits';
import { originateRequest, type OriginateProfile } from '../protocol/originate';
import { liveApiBase, type ServerTarget } from '../protocol/target';
import { classifyFailure, type ConnectionProblem, type FailureObservation } from '../session/classify';
import {
  explainTlsFailure,
  prepareTransport,
  transportOf,
  type CertificateFetcher,
  type ConnectionSettings,
  type TlsTrust,
} from '../session/secure-transport';
import {
  readList,
  readRecord,
  RestReadTally,
  type Out,
  type Shape,
  type UnreadableRestFields,
} from './lenient-read';
import {
  CALL_SEGMENTS_LIMIT,
  EXTENSIONS_LIMIT,
  liveCallSegmentShape,
  liveExtensionShape,
  liveUserShape,
  liveUserStatusShape,
  statusUpdateSchema,
  USERS_LIMIT,
  type LiveCallSegment,
  type LiveExtension,
  type LiveUser,
  type LiveUserStatus,
  type StatusUpdate,
} from './shapes';

/**
 * The Live REST API client (protocol notes §4): the same target, Basic auth, certificate trust and
 * failure sentences as the event session. Every call resolves to a Result; nothing throws, not
 * even on a broken or hostile answer.
 */
export type LiveApiProblem =
  | ConnectionProblem
  | (Problem<'bad-response' | 'invalid-request' | 'rest-refused'> & {
      readonly retryable: boolean;
      readonly status?: number;
    });

export interface LiveApiClientOptions {
  readonly target: ServerTarget;
  readonly username: string;
  readonly password: Secret;
  readonly trust?: TlsTrust;
  /** Core server by id or name; the server's "default" when absent. */
  readonly coreServer?: { id: string } | { name: string };
  readonly timeoutMs?: number;
  /** Largest answer body read, in bytes. */
  readonly maxBodyBytes?: number;
  readonly clock?: Clock;
  readonly logger?: Logger;
  readonly fetchCertificate?: CertificateFetcher;
}

export const DEFAULT_REST_TIMEOUT_MS = 5_000;
const DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;

interface Answer {
  readonly status: number;
  readonly body: string;
}

export class LiveApiClient {
  private readonly settings: ConnectionSettings;
  private readonly coreServer: LiveApiClientOptions['coreServer'];
  private readonly timeoutMs: number;
  private readonly maxBodyBytes: number;
  private readonly clock: Clock;
  private readonly logger: Logger;
  private readonly fetchCertificate: CertificateFetcher;
  private readonly tally = new RestReadTally();

  constructor(options: LiveApiClientOptions) {
    this.coreServer = options.coreServer;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_REST_TIMEOUT_MS;
    this.maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    this.clock = options.clock ?? systemClock;
    this.logger = options.logger ?? silentLogger;
    ({ settings: this.settings, fetchCertificate: this.fetchCertificate } = transportOf(options, this.clock));
  }

  /** Fields that could not be read and items skipped so far, per resource (for diagnostics). */
  unreadableFields(): UnreadableRestFields {
    return this.tally.snapshot();
  }

  getUsers(): Promise<Result<LiveUser[], LiveApiProblem>> {
    return this.readList('users', '/users', liveUserShape, USERS_LIMIT);
  }

  getExtensions(): Promise<Result<LiveExtension[], LiveApiProblem>> {
    return this.readList('extensions', '/extensions', liveExtensionShape, EXTENSIONS_LIMIT);
  }

  getUserStatus(username: string): Promise<Result<LiveUserStatus, LiveApiProblem>> {
    return this.readOne('status', `/users/getByName/${segment(username)}/status`, liveUserStatusShape);
  }

  async setUserStatus(username: string, update: StatusUpdate): Promise<Result<void, LiveApiProblem>> {
    const checked = statusUpdateSchema.safeParse(update);
    if (!checked.success) {
      return err({
        code: 'invalid-request',
        message:
          'That status cannot be sent: it needs a name, one of the known status types, a note of at most 512 characters and a return time.',
        retryable: false,
      });
    }
    const answer = await this.send('POST', `/users/getByName/${segment(username)}/status/set`, checked.data);
    if (!answer.ok) return answer;
    if (answer.value.status !== 204 && answer.value.status !== 200)
      return this.unexpected(answer.value.status);
    return ok(undefined);
  }

  /**
   * Asks the PBX to place a call from an extension (protocol notes §4.2): the profile's originate
   * request, whose path is inferred rather than published. `number` is already a dialable number.
   */
  async originate(
    profile: OriginateProfile,
    extension: string,
    number: string,
  ): Promise<Result<void, LiveApiProblem>> {
    const request = originateRequest(profile, wellFormed(extension), number);
    const answer = await this.send(request.method, request.path, request.body);
    if (!answer.ok) return answer;
    if (answer.value.status < 200 || answer.value.status >= 300) return this.unexpected(answer.value.status);
    return ok(undefined);
  }

  getExtensionCallSegments(extensionNumber: string): Promise<Result<LiveCallSegment[], LiveApiProblem>> {
    return this.readList(
      'callSegments',
      `/extensions/getByName/${segment(extensionNumber)}/callSegments`,
      liveCallSegmentShape,
      CALL_SEGMENTS_LIMIT,
    );
  }

  /** A list keeps every item it can read; only an answer that is not a list is refused. */
  private async readList<S extends Shape>(
    resource: string,
    path: string,
    shape: S,
    maxItems: number,
  ): Promise<Result<Out<S>[], LiveApiProblem>> {
    const json = await this.readJson(path);
    if (!json.ok) return json;
    const list = readList(json.value, shape, maxItems);
    if (list === null) return this.badResponse(path, 'not-a-list');
    this.tally.add(resource, list.skipped, list.unreadable);
    if (list.unreadable.size > 0) {
      this.logger.log('warn', 'The Live API sent list items with fields this app cannot read.', {
        resource,
        kept: list.items.length,
        skipped: list.skipped,
        fields: [...list.unreadable.keys()].slice(0, 20).join(','),
      });
    }
    return ok(list.items);
  }

  /** One object: refused only when a field the app needs cannot be read. */
  private async readOne<S extends Shape>(
    resource: string,
    path: string,
    shape: S,
  ): Promise<Result<Out<S>, LiveApiProblem>> {
    const json = await this.readJson(path);
    if (!json.ok) return json;
    const read = readRecord(json.value, shape);
    const counts = new Map<string, number>();
    for (const field of read.ok || read.unreadable.length > 0 ? read.unreadable : [read.field]) {
      counts.set(field, (counts.get(field) ?? 0) + 1);
    }
    this.tally.add(resource, read.ok ? 0 : 1, counts);
    if (!read.ok) return this.badResponse(path, `unreadable ${read.field}`);
    return ok(read.value);
  }

  private async readJson(path: string): Promise<Result<unknown, LiveApiProblem>> {
    const answer = await this.send('GET', path, undefined);
    if (!answer.ok) return answer;
    if (answer.value.status !== 200) return this.unexpected(answer.value.status);
    try {
      return ok(JSON.parse(answer.value.body) as unknown);
    } catch {
      return this.badResponse(path, 'not-json');
    }
  }

  private badResponse(path: string, why: string): Result<never, LiveApiProblem> {
    this.logger.log('warn', 'The Live API answered with data this app cannot read.', {
      path: cap(path),
      why,
    });
    const { host, port } = this.settings.target;
    return err({
      code: 'bad-response',
      message: `The server at ${host}:${port} answered the Live API with data this app cannot read; check that the address points at an iSymphony server of version 3.2 or later.`,
      retryable: true,
    });
  }

  private unexpected(status: number): Result<never, LiveApiProblem> {
    return err(classifyRestFailure({ kind: 'http-status', status }, this.settings.target));
  }

  private async send(
    method: 'GET' | 'POST' | 'PUT',
    path: string,
    body: unknown,
  ): Promise<Result<Answer, LiveApiProblem>> {
    const settings = this.settings;
    const started = this.clock.now();
    const prepared = await prepareTransport(settings, this.fetchCertificate, this.timeoutMs);
    if (!prepared.ok) return err(classifyRestFailure(prepared.error, settings.target));
    const remaining = Math.max(1, this.timeoutMs - (this.clock.now() - started));
    const url = new URL(liveApiBase(settings.target, this.coreServer) + path);
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const seen = await new Promise<Result<Answer, FailureObservation & { tlsCheck?: boolean }>>((resolve) => {
      let done = false;
      const finish = (result: Result<Answer, FailureObservation & { tlsCheck?: boolean }>): void => {
        if (done) return;
        done = true;
        this.clock.clearTimeout(timer);
        resolve(result);
      };
      const headers: Record<string, string> = { ...prepared.value.headers, Accept: 'application/json' };
      if (payload !== undefined) {
        headers['Content-Type'] = 'application/json';
        headers['Content-Length'] = String(Buffer.byteLength(payload));
      }
      const onResponse = (response: IncomingMessage): void => {
        const status = response.statusCode ?? 0;
        if (status < 200 || status >= 300) {
          const localAddress = response.socket?.localAddress;
          response.resume();
          finish(err({ kind: 'http-status', status, ...(localAddress ? { localAddress } : {}) }));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > this.maxBodyBytes) {
            request.destroy();
            finish(ok({ status, body: '' }));
            return;
          }
          chunks.push(chunk);
        });
        response.on('end', () => finish(ok({ status, body: Buffer.concat(chunks).toString('utf8') })));
        response.on('error', () => finish(err({ kind: 'closed', closeCode: 1006 })));
      };
      // No agent: a pooled or resumed TLS session would skip the per-connection certificate check.
      const options = { method, headers, agent: false as const, ...prepared.value.tls };
      const request = settings.target.tls
        ? httpsRequest(url, options, onResponse)
        : httpRequest(url, options, onResponse);
      const timer = this.clock.setTimeout(() => {
        request.destroy();
        finish(err({ kind: 'timeout', ms: this.timeoutMs }));
      }, remaining);
      request.on('error', (error: NodeJS.ErrnoException) =>
        finish(err({ kind: 'error', errorCode: error.code, tlsCheck: true })),
      );
      request.end(payload);
    });
    if (seen.ok) return ok(seen.value);
    const observation =
      seen.error.kind === 'error' && seen.error.tlsCheck
        ? await explainTlsFailure(settings, seen.error.errorCode, this.fetchCertificate, this.timeoutMs)
        : seen.error;
    const problem = classifyRestFailure(observation, settings.target);
    this.logger.log('warn', problem.message, { code: problem.code, path: cap(path) });
    return err(problem);
  }
}

/**
 * As for the event socket, except 403: the REST resources are asked only after the event socket
 * was let in (the allow-list covers both), so a 403 here is the licence or the account's
 * permissions refusing the Live API, not the allow-list.
 */
export function classifyRestFailure(observation: FailureObservation, target: ServerTarget): LiveApiProblem {
  if (observation.kind === 'http-status' && observation.status === 403) {
    return {
      code: 'rest-refused',
      message: `The server at ${target.host}:${target.port} refused the Live REST API (HTTP 403): the iSymphony licence restricts the Live API, or the manager account has no permission for it; ask the administrator to check the licence and the account's permissions. Calls still pop, but presence, the user check and the catch-up after a gap cannot work.`,
      retryable: false,
      status: 403,
    };
  }
  return classifyFailure(observation, target);
}

function segment(value: string): string {
  return encodeURIComponent(wellFormed(value));
}

function cap(path: string): string {
  return path.length > 200 ? path.slice(0, 200) : path;
}
