import { err, ok, type Result } from '../common/result';
import { rejection, type Rejection } from './http-gate';
import { STATUS_TYPES, type StatusType } from '../protocol/events';
import type { LiveSegment, World, WorldExtension, WorldStatus, WorldUser } from './world';

/**
 * The Live REST subset under `/communication_manager/rest/live/` (protocol notes §4): reads
 * answer 200 with JSON (roots are arrays), the one action answers 204, unknown objects 404.
 * Pure: the server reads the request and writes the answer; setting a status goes through
 * `actions` so the server can also tell the websocket clients.
 */

export const REST_PREFIX = '/communication_manager/rest/live/';

/** Bodies larger than this are refused before parsing (a status is well under 2 KiB). */
export const MAX_REST_BODY_BYTES = 16 * 1024;

export interface RestRequest {
  readonly method: string;
  /** The path after REST_PREFIX, without query. */
  readonly path: string;
  /** The body as text for POST, null otherwise. */
  readonly body: string | null;
}

export type RestAnswer =
  | { readonly status: 200; readonly json: unknown }
  | { readonly status: 204 }
  | { readonly status: 400 | 404; readonly message: string }
  | { readonly status: 405; readonly message: string; readonly allow: 'GET' | 'POST' };

export interface StatusUpdate {
  readonly name: string;
  readonly type: StatusType;
  readonly note: string;
  readonly returnTime: number;
}

export interface RestActions {
  setStatus(user: WorldUser, update: StatusUpdate): void;
  /** Place a call from this extension to `number` (digits, a leading "+"): the outbound call's events follow. */
  originate(extension: WorldExtension, number: string): void;
}

/** How the REST API can be refused while the event socket is served. */
export type RestRefusal = 403 | 503;

/** The answer to every REST request while the API is refused. */
export function refusedRest(refusal: RestRefusal): Rejection {
  return refusal === 403
    ? rejection(403, 'Forbidden: the Live API is restricted by licensing.\n')
    : rejection(503, 'The server is busy; try again later.\n', { 'Retry-After': '1' });
}

/** Whether a request to this path needs its body read (the status and originate actions have one). */
export function restWantsBody(method: string, path: string): boolean {
  return method === 'POST' && /\/(?:status\/set|originate)\/?$/.test(path);
}

export function answerRest(request: RestRequest, world: World, actions: RestActions): RestAnswer {
  const parts = splitPath(request.path);
  if (parts === null) return notFound('That REST path does not exist on this server.');
  const [root, ...rest] = parts;
  if (root !== 'coreServers') return notFound('That REST path does not exist on this server.');
  if (rest.length === 0) {
    return get(request, () => [{ id: world.coreServerId, name: world.coreServerName }]);
  }
  let afterCore: string[];
  if (rest[0] === 'getByName') {
    if (rest[1] !== world.coreServerName) return notFound('There is no core server by that name.');
    afterCore = rest.slice(2);
  } else {
    if (rest[0] !== world.coreServerId) return notFound('There is no core server with that id.');
    afterCore = rest.slice(1);
  }
  const [resource, ...tail] = afterCore;
  switch (resource) {
    case undefined:
      return get(request, () => ({ id: world.coreServerId, name: world.coreServerName }));
    case 'users':
      return usersRoute(request, tail, world, actions);
    case 'extensions':
      return extensionsRoute(request, tail, world, actions);
    case 'callSegments':
      if (tail.length > 0) return notFound('That REST path does not exist on this server.');
      return get(request, () => world.callSegments().map(segmentJson));
    default:
      return notFound('That REST resource does not exist on this server.');
  }
}

function usersRoute(request: RestRequest, tail: string[], world: World, actions: RestActions): RestAnswer {
  if (tail.length === 0) return get(request, () => world.users().map(userJson));
  const [user, after] = instance(
    tail,
    (id) => world.userById(id),
    (name) => world.userByName(name),
  );
  if (!user) return notFound('There is no user by that id or name.');
  if (after.length === 0) return get(request, () => userJson(user));
  if (after[0] !== 'status') return notFound('That REST path does not exist on this server.');
  if (after.length === 1) {
    const status = world.status(user.id);
    return status ? get(request, () => statusJson(status)) : notFound('That user has no status.');
  }
  if (after.length === 2 && after[1] === 'set') {
    if (request.method !== 'POST') {
      return { status: 405, message: 'Setting a status is a POST action.', allow: 'POST' };
    }
    const update = parseStatusUpdate(request.body ?? '');
    if (!update.ok) return { status: 400, message: update.error };
    actions.setStatus(user, update.value);
    return { status: 204 };
  }
  return notFound('That REST path does not exist on this server.');
}

function extensionsRoute(
  request: RestRequest,
  tail: string[],
  world: World,
  actions: RestActions,
): RestAnswer {
  if (tail.length === 0) return get(request, () => world.extensions().map(extensionJson));
  const [extension, after] = instance(
    tail,
    (id) => world.extensionById(id),
    (number) => world.extensionByNumber(number),
  );
  if (!extension) return notFound('There is no extension by that id or number.');
  if (after.length === 0) return get(request, () => extensionJson(extension));
  if (after.length === 1 && after[0] === 'originate') {
    if (request.method !== 'POST') {
      return { status: 405, message: 'Originating a call is a POST action.', allow: 'POST' };
    }
    const number = parseOriginate(request.body ?? '');
    if (!number.ok) return { status: 400, message: number.error };
    actions.originate(extension, number.value);
    return { status: 204 };
  }
  if (after.length === 1 && after[0] === 'callSegments') {
    return get(request, () =>
      world
        .callSegments()
        .filter((s) => s.extensionId === extension.id)
        .map(segmentJson),
    );
  }
  return notFound('That REST path does not exist on this server.');
}

/** `{id}/…` or `getByName/{name}/…`: the object found (if any) and the path after it. */
function instance<T>(
  tail: string[],
  byId: (id: string) => T | undefined,
  byName: (name: string) => T | undefined,
): [T | undefined, string[]] {
  if (tail[0] === 'getByName') {
    const name = tail[1];
    return [name === undefined ? undefined : byName(name), tail.slice(2)];
  }
  return [byId(tail[0] ?? ''), tail.slice(1)];
}

function get(request: RestRequest, json: () => unknown): RestAnswer {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return { status: 405, message: 'This resource can only be read (GET).', allow: 'GET' };
  }
  return { status: 200, json: json() };
}

function notFound(message: string): RestAnswer {
  return { status: 404, message };
}

function splitPath(path: string): string[] | null {
  const raw = path.split('/');
  if (raw.at(-1) === '') raw.pop();
  const parts: string[] = [];
  for (const part of raw) {
    if (part === '') return null;
    try {
      parts.push(decodeURIComponent(part));
    } catch {
      return null;
    }
  }
  return parts;
}

export function userJson(user: WorldUser): Record<string, unknown> {
  return {
    id: user.id,
    configurationId: user.configurationId,
    userName: user.username,
    displayedName: user.displayName,
    permissionId: user.permissionId,
  };
}

export function extensionJson(extension: WorldExtension): Record<string, unknown> {
  return {
    id: extension.id,
    extensionNumber: extension.number,
    displayName: extension.displayName,
    configurationId: extension.configurationId,
    permissionId: extension.permissionId,
  };
}

export function statusJson(status: WorldStatus): Record<string, unknown> {
  return {
    id: status.id,
    configurationId: status.configurationId,
    name: status.name,
    type: status.type,
    note: status.note,
    returnTime: status.returnTime,
    userCreated: status.userCreated,
  };
}

export function segmentJson(segment: LiveSegment): Record<string, unknown> {
  return {
    id: segment.id,
    type: segment.type,
    callerId: { id: segment.callerId.id, name: segment.callerId.name, number: segment.callerId.number },
    did: segment.did,
    onHold: segment.onHold,
    recording: segment.recording,
    incoming: segment.incoming,
  };
}

const STATUS_BODY_HINT = '{"name": "Away", "type": "away", "note": "", "returnTime": -1}';

/**
 * The body of `status/set`: `name` and `type` are required, `note` (default "") and
 * `returnTime` (default -1, or ms since the epoch) are optional, null counting as left out;
 * other keys are ignored.
 */
export function parseStatusUpdate(body: string): Result<StatusUpdate, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return err(`The body must be a JSON object such as ${STATUS_BODY_HINT}.`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return err(`The body must be a JSON object such as ${STATUS_BODY_HINT}.`);
  }
  const fields = parsed as Record<string, unknown>;
  const { name, type } = fields;
  const note = fields['note'] ?? '';
  const returnTime = fields['returnTime'] ?? -1;
  if (typeof name !== 'string' || name.trim().length === 0 || name.length > 128) {
    return err('"name" must be a text of 1 to 128 characters, such as "Away".');
  }
  if (typeof type !== 'string' || !(STATUS_TYPES as readonly string[]).includes(type)) {
    return err(`"type" must be one of ${STATUS_TYPES.join(', ')}.`);
  }
  if (typeof note !== 'string' || note.length > 1024) {
    return err('"note" must be a text of at most 1024 characters.');
  }
  if (typeof returnTime !== 'number' || !Number.isSafeInteger(returnTime) || returnTime < -1) {
    return err('"returnTime" must be -1 (none) or a time in milliseconds since the epoch.');
  }
  return ok({ name, type: type as StatusType, note, returnTime });
}

/**
 * The body of the demo's originate action (the app's default request, protocol notes §4.2):
 * `{"destination": "NUMBER"}`, the number digits with an optional leading "+"; other keys ignored.
 */
export function parseOriginate(body: string): Result<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return err('The body must be a JSON object such as {"destination": "+442079460018"}.');
  }
  const destination =
    typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)['destination']
      : undefined;
  if (typeof destination !== 'string' || !/^\+?[0-9]{1,24}$/.test(destination)) {
    return err('"destination" must be the number to dial: digits, optionally after a "+".');
  }
  return ok(destination);
}
