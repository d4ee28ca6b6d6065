import { err, ok, problem, type Problem, type Result } from '../common/result';

/**
 * The names the server uses on the wire. iSymphony never published its dial or link events, so
 * the type names and which suffix of a two-party event is the calling side live here, in one
 * place that the client and the demo server both read, and that settings can override.
 * See docs/isymphony-protocol.md §3.2.
 */
export const EVENT_KINDS = [
  'dial',
  'link',
  'linkEnd',
  'hangup',
  'userLogin',
  'userLogout',
  'userStatus',
  'agentLogin',
  'agentLogout',
  'confRoomCallLeave',
] as const;

export type EventKind = (typeof EVENT_KINDS)[number];

/** Which suffix (`1` or `2`) of a two-party event (`dial`, `link`, `linkEnd`) is the calling side. */
export type PartySuffix = '1' | '2';

export interface ProtocolProfile {
  /** Wire `type` string for each event the app understands. */
  readonly eventTypes: Readonly<Record<EventKind, string>>;
  readonly callerSuffix: PartySuffix;
}

export interface ProtocolProfileOverrides {
  readonly eventTypes?: Partial<Record<EventKind, string>>;
  readonly callerSuffix?: PartySuffix;
}

export const DEFAULT_PROFILE: ProtocolProfile = Object.freeze({
  eventTypes: Object.freeze({
    dial: 'dial',
    link: 'link',
    linkEnd: 'linkEnd',
    hangup: 'hangup',
    userLogin: 'userLogin',
    userLogout: 'userLogout',
    userStatus: 'userStatus',
    agentLogin: 'agentLogin',
    agentLogout: 'agentLogout',
    confRoomCallLeave: 'confRoomCallLeave',
  }),
  callerSuffix: '1',
});

export function calleeSuffix(profile: ProtocolProfile): PartySuffix {
  return profile.callerSuffix === '1' ? '2' : '1';
}

export type ProfileProblem = Problem<'profile-invalid'>;

const WIRE_TYPE = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;

/**
 * Applies user overrides to the defaults. Each type name must be a plausible identifier and no
 * two kinds may share one, or events would be read as the wrong kind.
 */
export function resolveProfile(
  overrides: ProtocolProfileOverrides = {},
): Result<ProtocolProfile, ProfileProblem> {
  const eventTypes: Record<EventKind, string> = { ...DEFAULT_PROFILE.eventTypes };
  for (const kind of EVENT_KINDS) {
    const wanted = overrides.eventTypes?.[kind];
    if (wanted === undefined) continue;
    if (typeof wanted !== 'string' || !WIRE_TYPE.test(wanted)) {
      return err(
        problem(
          'profile-invalid',
          `The event name for "${kind}" must start with a letter and use only letters, digits, ".", "_" or "-" (at most 64).`,
        ),
      );
    }
    eventTypes[kind] = wanted;
  }
  const seen = new Map<string, EventKind>();
  for (const kind of EVENT_KINDS) {
    const other = seen.get(eventTypes[kind]);
    if (other) {
      return err(
        problem(
          'profile-invalid',
          `"${kind}" and "${other}" cannot both use the event name "${eventTypes[kind]}".`,
        ),
      );
    }
    seen.set(eventTypes[kind], kind);
  }
  const callerSuffix = overrides.callerSuffix ?? DEFAULT_PROFILE.callerSuffix;
  if (callerSuffix !== '1' && callerSuffix !== '2') {
    return err(problem('profile-invalid', 'The calling side must be suffix "1" or "2".'));
  }
  return ok(Object.freeze({ eventTypes: Object.freeze(eventTypes), callerSuffix }));
}

/**
 * Wire type → kind, built once per profile on first use. The decoder asks once per frame, and a
 * scan of the kinds costs a keyed load per kind tried; profiles are immutable (frozen by
 * `resolveProfile`, readonly by type), so the table never goes stale.
 */
const kindTables = new WeakMap<ProtocolProfile, ReadonlyMap<string, EventKind>>();

function kindTable(profile: ProtocolProfile): ReadonlyMap<string, EventKind> {
  const table = new Map<string, EventKind>();
  // Reversed, so that were two kinds ever to share a name, the first kind wins as before.
  for (let i = EVENT_KINDS.length - 1; i >= 0; i--)
    table.set(profile.eventTypes[EVENT_KINDS[i]!], EVENT_KINDS[i]!);
  kindTables.set(profile, table);
  return table;
}

/** The kind a wire `type` stands for under this profile, or undefined for a type the app does not know. */
export function kindOfType(profile: ProtocolProfile, type: string): EventKind | undefined {
  return (kindTables.get(profile) ?? kindTable(profile)).get(type);
}
