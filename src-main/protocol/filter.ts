/**
 * Filter messages (protocol notes §2): what a client sends to choose its events, how this
 * project's server reads them, and the matching rule both sides share.
 */
import { err, ok, problem, type Problem, type Result } from '../common/result';
import { FILTER_RESPONSE_TYPE } from './decode';
import type { EventKind, ProtocolProfile } from './profile';

export interface Filter {
  readonly property: string;
  readonly value: string;
}

/** The value that matches any value of a property that is present. */
export const WILDCARD = '*';

/** More entries than this is not a filter anyone means; the server refuses it. */
export const MAX_FILTERS = 64;

/** Longest property name or value the server accepts in a filter entry. */
export const MAX_FILTER_TEXT = 512;

/** Longest filter message the server reads at all. */
export const MAX_FILTER_MESSAGE_CHARS = 64 * 1024;

export type FilterProblem = Problem<'filter-invalid'>;

/** The JSON text a client sends to set its filters (an empty list asks for everything). */
export function filterMessage(filters: readonly Filter[]): string {
  return JSON.stringify({
    type: 'filter',
    filters: filters.map((f) => ({ property: f.property, value: f.value })),
  });
}

function invalid(message: string): Result<readonly Filter[], FilterProblem> {
  return err(problem('filter-invalid', message));
}

/** Reads a filter message as the server would. Never throws; each refusal says what to send instead. */
export function parseFilterMessage(text: string): Result<readonly Filter[], FilterProblem> {
  if (typeof text !== 'string' || text.length > MAX_FILTER_MESSAGE_CHARS) {
    return invalid(`A filter message must be JSON text of at most ${MAX_FILTER_MESSAGE_CHARS} characters.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return invalid('The filter message is not valid JSON; send {"type":"filter","filters":[…]}.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return invalid('A filter message must be a JSON object: {"type":"filter","filters":[…]}.');
  }
  const message = value as Readonly<Record<string, unknown>>;
  if (message.type !== 'filter') {
    return invalid('The message\'s "type" must be "filter" for the server to read it as a filter.');
  }
  const entries = message.filters;
  if (!Array.isArray(entries)) {
    return invalid(
      'The filter message needs a "filters" array, such as [{"property":"type","value":"dial"}].',
    );
  }
  if (entries.length > MAX_FILTERS) {
    return invalid(`A filter message may hold at most ${MAX_FILTERS} filters; it held ${entries.length}.`);
  }
  const filters: Filter[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry: unknown = entries[i];
    const property =
      typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>).property : undefined;
    const filterValue =
      typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>).value : undefined;
    if (Array.isArray(entry) || typeof property !== 'string' || typeof filterValue !== 'string') {
      return invalid(
        `Filter ${i + 1} must be an object with text "property" and "value", such as {"property":"type","value":"dial"}.`,
      );
    }
    if (property.length === 0 || property.length > MAX_FILTER_TEXT || filterValue.length > MAX_FILTER_TEXT) {
      return invalid(
        `Filter ${i + 1} needs a property name of 1 to ${MAX_FILTER_TEXT} characters and a value of at most ${MAX_FILTER_TEXT}.`,
      );
    }
    filters.push({ property, value: filterValue });
  }
  return ok(filters);
}

/**
 * Whether one wire property satisfies one filter value. Null counts as absent (a filter on
 * `username` asks for events that reference a user, which `"username":null` does not); strings
 * compare exactly; numbers and booleans compare by their JSON text; objects and arrays are
 * matched only by the wildcard.
 */
function valueMatches(wire: Readonly<Record<string, unknown>>, property: string, wanted: string): boolean {
  if (!Object.hasOwn(wire, property)) return false;
  const actual = wire[property];
  if (actual === null || actual === undefined) return false;
  if (wanted === WILDCARD) return true;
  switch (typeof actual) {
    case 'string':
      return actual === wanted;
    case 'number':
      return Number.isFinite(actual) && JSON.stringify(actual) === wanted;
    case 'boolean':
      return (actual ? 'true' : 'false') === wanted;
    default:
      return false;
  }
}

/**
 * The documented rule: no filters let everything in; filters on the same property are
 * alternatives; filters on different properties must all hold; a missing property excludes.
 */
export function matchesFilters(wire: Readonly<Record<string, unknown>>, filters: readonly Filter[]): boolean {
  const n = filters.length;
  outer: for (let i = 0; i < n; i++) {
    const property = filters[i]!.property;
    // Each property is judged once, at its first filter.
    for (let k = 0; k < i; k++) if (filters[k]!.property === property) continue outer;
    let any = false;
    for (let j = i; j < n && !any; j++) {
      const f = filters[j]!;
      if (f.property === property && valueMatches(wire, property, f.value)) any = true;
    }
    if (!any) return false;
  }
  return true;
}

/**
 * The filter the app sends: the wire type names of the kinds it uses, as alternatives. It
 * filters on `type` only, because user properties differ between event types (`username2`
 * on a dial, `username` on a hangup) and filters on different properties AND together; the app
 * matches users itself. No kinds gives no filters, which the server reads as "everything".
 */
export function appFilter(profile: ProtocolProfile, kinds: readonly EventKind[]): Filter[] {
  const filters: Filter[] = [];
  for (const kind of kinds) {
    const value = profile.eventTypes[kind];
    if (!filters.some((f) => f.value === value)) filters.push({ property: 'type', value });
  }
  return filters;
}

/** The answer this project's server gives to a filter message (protocol notes §2). */
export function filterResponse(result: Result<readonly Filter[], FilterProblem>): {
  type: string;
  success: boolean;
  message?: string;
} {
  return result.ok
    ? { type: FILTER_RESPONSE_TYPE, success: true }
    : { type: FILTER_RESPONSE_TYPE, success: false, message: result.error.message };
}
