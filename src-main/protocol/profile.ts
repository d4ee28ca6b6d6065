import { err, ok, problem, type Problem, type Result } from '../common/result';
import type { MessageKey } from '../i18n/catalogues';

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

/** The event kinds that name two parties, each with a suffix. */
export const TWO_PARTY_KINDS = ['dial', 'link', 'linkEnd'] as const;
export type TwoPartyKind = (typeof TWO_PARTY_KINDS)[number];

/**
 * The party fields whose wire names a server may spell differently. Two-party events carry each
 * with a suffix (`callerIdName1`); `hangup` and the conference event carry them bare.
 */
export const PARTY_FIELDS = [
  'callerIdName',
  'callerIdNumber',
  'did',
  'extensionNumber',
  'username',
  'callSegmentId',
] as const;
export type PartyField = (typeof PARTY_FIELDS)[number];

export interface ProtocolProfile {
  /** Wire `type` string for each event the app understands. */
  readonly eventTypes: Readonly<Record<EventKind, string>>;
  /** The calling side when a kind has no suffix of its own in `callerSuffixes`. */
  readonly callerSuffix: PartySuffix;
  /** The calling side of each two-party kind (filled from `callerSuffix` where not set). */
  readonly callerSuffixes: Readonly<Record<TwoPartyKind, PartySuffix>>;
  /** Wire name (before any suffix) of each party field. */
  readonly fieldNames: Readonly<Record<PartyField, string>>;
}

/** What a user or `--protocol-profile` may set; everything left out keeps its default. */
export interface ProtocolProfileOverrides {
  readonly eventTypes?: Partial<Record<EventKind, string>>;
  readonly callerSuffix?: PartySuffix;
  readonly callerSuffixByKind?: Partial<Record<TwoPartyKind, PartySuffix>>;
  readonly fieldNames?: Partial<Record<PartyField, string>>;
}

/** The field names as this project's model uses them (protocol notes §3). Shared by identity, see `hasDefaultFieldNames`. */
export const DEFAULT_FIELD_NAMES: Readonly<Record<PartyField, string>> = Object.freeze({
  callerIdName: 'callerIdName',
  callerIdNumber: 'callerIdNumber',
  did: 'did',
  extensionNumber: 'extensionNumber',
  username: 'username',
  callSegmentId: 'callSegmentId',
});

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
  callerSuffixes: Object.freeze({ dial: '1', link: '1', linkEnd: '1' }),
  fieldNames: DEFAULT_FIELD_NAMES,
});

/** The calling suffix of a two-party kind under this profile. */
export function callerSuffixOf(profile: ProtocolProfile, kind: TwoPartyKind): PartySuffix {
  return profile.callerSuffixes[kind];
}

export function otherSuffix(suffix: PartySuffix): PartySuffix {
  return suffix === '1' ? '2' : '1';
}

/** The called side of a two-party kind (the suffix that is not the caller's). */
export function calleeSuffix(profile: ProtocolProfile, kind: TwoPartyKind = 'dial'): PartySuffix {
  return otherSuffix(profile.callerSuffixes[kind]);
}

/** Whether the profile reads the party fields under their default names (the decoder's fast path). */
export function hasDefaultFieldNames(profile: ProtocolProfile): boolean {
  return profile.fieldNames === DEFAULT_FIELD_NAMES;
}

export type ProfileProblem = Problem<'profile-invalid'>;

const WIRE_TYPE = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;
/** A party field's wire name: an identifier; the suffix is appended to it. */
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
/** Names every event carries or that other fields use; a party field renamed to one would be misread. */
const RESERVED_FIELDS: ReadonlySet<string> = new Set([
  'type',
  'time',
  'coreServerId',
  'extensionId',
  'userId',
]);

/**
 * A refusal in English (the command line) and as its catalogue message (`checks.ts`, for the
 * settings page). The English is written here as well: the preload bundles this module (the IPC
 * contract's EVENT_KINDS), and the catalogue must stay out of it; a unit test holds the two equal.
 */
function invalid(
  message: string,
  key: MessageKey,
  values?: Readonly<Record<string, string>>,
): Result<never, ProfileProblem> {
  return err({ ...problem('profile-invalid', message), text: values ? { key, values } : { key } });
}

function isSuffix(value: unknown): value is PartySuffix {
  return value === '1' || value === '2';
}

/**
 * Applies user overrides to the defaults. Each type name must be a plausible identifier and no
 * two kinds may share one, or events would be read as the wrong kind; the same holds for field names.
 */
export function resolveProfile(
  overrides: ProtocolProfileOverrides = {},
): Result<ProtocolProfile, ProfileProblem> {
  const eventTypes: Record<EventKind, string> = { ...DEFAULT_PROFILE.eventTypes };
  for (const kind of EVENT_KINDS) {
    const wanted = overrides.eventTypes?.[kind];
    if (wanted === undefined) continue;
    if (typeof wanted !== 'string' || !WIRE_TYPE.test(wanted)) {
      return invalid(
        `The event name for "${kind}" must start with a letter and use only letters, digits, ".", "_" or "-" (at most 64).`,
        'profile.eventName',
        { kind },
      );
    }
    eventTypes[kind] = wanted;
  }
  const seen = new Map<string, EventKind>();
  for (const kind of EVENT_KINDS) {
    const other = seen.get(eventTypes[kind]);
    if (other) {
      return invalid(
        `"${kind}" and "${other}" cannot both use the event name "${eventTypes[kind]}".`,
        'profile.eventNameTwice',
        { kind, other, name: eventTypes[kind] },
      );
    }
    seen.set(eventTypes[kind], kind);
  }
  const callerSuffix = overrides.callerSuffix ?? DEFAULT_PROFILE.callerSuffix;
  if (!isSuffix(callerSuffix))
    return invalid('The calling side must be suffix "1" or "2".', 'profile.callerSuffix');
  const callerSuffixes = { dial: callerSuffix, link: callerSuffix, linkEnd: callerSuffix };
  for (const kind of TWO_PARTY_KINDS) {
    const wanted = overrides.callerSuffixByKind?.[kind];
    if (wanted === undefined) continue;
    if (!isSuffix(wanted)) {
      return invalid(`The calling side of "${kind}" must be suffix "1" or "2".`, 'profile.callerSuffixOf', {
        kind,
      });
    }
    callerSuffixes[kind] = wanted;
  }
  const fieldNames = resolveFieldNames(overrides.fieldNames);
  if (!fieldNames.ok) return fieldNames;
  return ok(
    Object.freeze({
      eventTypes: Object.freeze(eventTypes),
      callerSuffix,
      callerSuffixes: Object.freeze(callerSuffixes),
      fieldNames: fieldNames.value,
    }),
  );
}

function resolveFieldNames(
  overrides: Partial<Record<PartyField, string>> | undefined,
): Result<Readonly<Record<PartyField, string>>, ProfileProblem> {
  if (
    overrides === undefined ||
    PARTY_FIELDS.every((f) => overrides[f] === undefined || overrides[f] === f)
  ) {
    return ok(DEFAULT_FIELD_NAMES);
  }
  const names: Record<PartyField, string> = { ...DEFAULT_FIELD_NAMES };
  for (const field of PARTY_FIELDS) {
    const wanted = overrides[field];
    if (wanted === undefined) continue;
    if (typeof wanted !== 'string' || !FIELD_NAME.test(wanted)) {
      return invalid(
        `The field name for "${field}" must start with a letter or "_" and use only letters, digits or "_" (at most 63).`,
        'profile.fieldName',
        { field },
      );
    }
    if (RESERVED_FIELDS.has(wanted)) {
      return invalid(
        `The field name for "${field}" cannot be "${wanted}": events use that name for something else.`,
        'profile.fieldNameReserved',
        { field, name: wanted },
      );
    }
    names[field] = wanted;
  }
  const seen = new Map<string, PartyField>();
  for (const field of PARTY_FIELDS) {
    const other = seen.get(names[field]);
    if (other) {
      return invalid(
        `"${field}" and "${other}" cannot both use the field name "${names[field]}".`,
        'profile.fieldNameTwice',
        { field, other, name: names[field] },
      );
    }
    seen.set(names[field], field);
  }
  return ok(Object.freeze(names));
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
