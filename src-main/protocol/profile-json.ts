/**
 * The protocol profile as JSON: what `--protocol-profile`, a profile file and discovery's answer
 * hold. Reading checks the shape and says in plain words what is wrong; writing gives the
 * smallest JSON that resolves to a profile (only what differs from the defaults).
 */
import { err, ok, problem, type Result } from '../common/result';
import {
  DEFAULT_PROFILE,
  EVENT_KINDS,
  PARTY_FIELDS,
  resolveProfile,
  TWO_PARTY_KINDS,
  type EventKind,
  type PartyField,
  type PartySuffix,
  type ProfileProblem,
  type ProtocolProfile,
  type ProtocolProfileOverrides,
  type TwoPartyKind,
} from './profile';

const TOP_KEYS = ['eventTypes', 'callerSuffix', 'callerSuffixByKind', 'fieldNames'] as const;

export const PROFILE_EXAMPLE =
  '{"eventTypes":{"dial":"Dial"},"callerSuffix":"2","callerSuffixByKind":{"link":"1"},"fieldNames":{"callerIdName":"cidName"}}';

function invalid(message: string): Result<never, ProfileProblem> {
  return err(problem('profile-invalid', message));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Short, printable rendering of a key a user wrote, for a message. */
function quoted(key: string): string {
  return JSON.stringify(key.slice(0, 40));
}

/** Reads one `{name: text}` map whose keys must be among `allowed`. */
function readNameMap<K extends string>(
  value: unknown,
  what: string,
  allowed: readonly K[],
  describeValue: string,
): Result<Partial<Record<K, string>>, ProfileProblem> {
  if (!isRecord(value)) return invalid(`"${what}" must be an object, such as {"${allowed[0]}": "…"}.`);
  const out: Partial<Record<K, string>> = {};
  for (const [key, name] of Object.entries(value)) {
    if (!(allowed as readonly string[]).includes(key)) {
      return invalid(`"${what}" has no entry ${quoted(key)}; the entries are ${allowed.join(', ')}.`);
    }
    if (typeof name !== 'string') return invalid(`"${what}.${key}" must be text: ${describeValue}.`);
    out[key as K] = name;
  }
  return ok(out);
}

/**
 * Checks a parsed JSON value against the profile's shape and resolves it, so everything a
 * profile file can get wrong (unknown keys, wrong types, duplicate names) is one sentence.
 */
export function readProfileOverrides(value: unknown): Result<ProtocolProfileOverrides, ProfileProblem> {
  if (!isRecord(value)) {
    return invalid(`The protocol profile must be a JSON object, such as ${PROFILE_EXAMPLE}.`);
  }
  const unknownKey = Object.keys(value).find((k) => !(TOP_KEYS as readonly string[]).includes(k));
  if (unknownKey !== undefined) {
    return invalid(
      `The protocol profile has no setting ${quoted(unknownKey)}; it takes ${TOP_KEYS.join(', ')}.`,
    );
  }
  let overrides: {
    eventTypes?: Partial<Record<EventKind, string>>;
    callerSuffix?: PartySuffix;
    callerSuffixByKind?: Partial<Record<TwoPartyKind, PartySuffix>>;
    fieldNames?: Partial<Record<PartyField, string>>;
  } = {};
  if (value['eventTypes'] !== undefined) {
    const read = readNameMap(
      value['eventTypes'],
      'eventTypes',
      EVENT_KINDS,
      'the event type as the server sends it',
    );
    if (!read.ok) return read;
    overrides = { ...overrides, eventTypes: read.value };
  }
  const suffix = value['callerSuffix'];
  if (suffix !== undefined) {
    if (suffix !== '1' && suffix !== '2') return invalid('"callerSuffix" must be "1" or "2" (as text).');
    overrides = { ...overrides, callerSuffix: suffix };
  }
  if (value['callerSuffixByKind'] !== undefined) {
    const read = readNameMap(
      value['callerSuffixByKind'],
      'callerSuffixByKind',
      TWO_PARTY_KINDS,
      '"1" or "2"',
    );
    if (!read.ok) return read;
    for (const [kind, s] of Object.entries(read.value)) {
      if (s !== '1' && s !== '2') return invalid(`"callerSuffixByKind.${kind}" must be "1" or "2".`);
    }
    overrides = {
      ...overrides,
      callerSuffixByKind: read.value as Partial<Record<TwoPartyKind, PartySuffix>>,
    };
  }
  if (value['fieldNames'] !== undefined) {
    const read = readNameMap(
      value['fieldNames'],
      'fieldNames',
      PARTY_FIELDS,
      'the field name without its suffix',
    );
    if (!read.ok) return read;
    overrides = { ...overrides, fieldNames: read.value };
  }
  const resolved = resolveProfile(overrides);
  return resolved.ok ? ok(overrides) : resolved;
}

/** `readProfileOverrides` for JSON text. */
export function parseProfileJson(text: string): Result<ProtocolProfileOverrides, ProfileProblem> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return invalid(`The protocol profile is not valid JSON; it looks like ${PROFILE_EXAMPLE}.`);
  }
  return readProfileOverrides(value);
}

/**
 * The smallest overrides that resolve to `profile`: event names and field names that differ from
 * the defaults, the caller suffix, and per-kind suffixes only where they differ from it.
 */
export function profileOverridesOf(profile: ProtocolProfile): ProtocolProfileOverrides {
  const eventTypes: Partial<Record<EventKind, string>> = {};
  for (const kind of EVENT_KINDS) {
    if (profile.eventTypes[kind] !== DEFAULT_PROFILE.eventTypes[kind])
      eventTypes[kind] = profile.eventTypes[kind];
  }
  const byKind: Partial<Record<TwoPartyKind, PartySuffix>> = {};
  for (const kind of TWO_PARTY_KINDS) {
    if (profile.callerSuffixes[kind] !== profile.callerSuffix) byKind[kind] = profile.callerSuffixes[kind];
  }
  const fieldNames: Partial<Record<PartyField, string>> = {};
  for (const field of PARTY_FIELDS) {
    if (profile.fieldNames[field] !== field) fieldNames[field] = profile.fieldNames[field];
  }
  return {
    eventTypes,
    callerSuffix: profile.callerSuffix,
    ...(Object.keys(byKind).length > 0 ? { callerSuffixByKind: byKind } : {}),
    ...(Object.keys(fieldNames).length > 0 ? { fieldNames } : {}),
  };
}
