import type { Random } from '../common/clock';
import type { StatusType } from '../protocol/events';
import { DEMO_CONTACTS, DEMO_DIDS } from './contacts';
import type { ExternalParty, ScenarioName, ScenarioParams } from './scenarios';

/**
 * Demo-mode traffic: which scenario comes next, for whom, from which caller. Pure, so a seeded
 * `Random` replays the same afternoon at the office.
 */

export interface TrafficOptions {
  /** Calls started per minute, over all users; default 6. */
  readonly callsPerMinute?: number;
  /** Usernames the traffic is for; default every user of the server. */
  readonly users?: readonly string[];
  /** Pause between the events of one call; default 1500 ms. */
  readonly stepMs?: number;
  /**
   * Users whose presence status the traffic may change; default `users`. The app's demo leaves the
   * demo user out: only people change their own status, and a status set behind their back (with
   * "follow do not disturb" on) would silently hold their pops.
   */
  readonly presenceUsers?: readonly string[];
}

export interface TrafficHandle {
  stop(): void;
  /** Resolves once every call this traffic started has ended (after `stop`, the traffic is quiet). */
  settled(): Promise<void>;
}

export type ScenarioPick = {
  [N in ScenarioName]: { readonly name: N; readonly params: ScenarioParams[N] };
}[ScenarioName];

const CALLERS: readonly ExternalParty[] = DEMO_CONTACTS.map(({ name, number }) => ({ name, number }));

const DIDS: readonly string[] = DEMO_DIDS;

const STATUSES: readonly { name: string; type: StatusType; note: string }[] = [
  { name: 'Available', type: 'available', note: '' },
  { name: 'Away', type: 'away', note: 'Back in 10' },
  { name: 'Do Not Disturb', type: 'dnd', note: '' },
  { name: 'Out of Office', type: 'xa', note: 'On holiday' },
  { name: 'Lunch', type: 'away', note: 'Typed by the user' },
];

function pick<T>(random: Random, items: readonly T[]): T {
  const index = Math.min(items.length - 1, Math.floor(random() * items.length));
  return items[Math.max(0, index)]!;
}

/** Two or more different users from `users`, in a random order. */
function several(random: Random, users: readonly string[], count: number): string[] {
  const pool = [...users];
  const out: string[] = [];
  while (out.length < count && pool.length > 0) {
    const index = Math.min(pool.length - 1, Math.floor(random() * pool.length));
    out.push(...pool.splice(index, 1));
  }
  return out;
}

/**
 * The next scenario for `users` (at least one); scenarios that need two users appear only when there
 * are two. Status changes go only to `presenceUsers` (with none, that turn rings `users` instead).
 */
export function pickScenario(
  random: Random,
  users: readonly string[],
  stepMs: number,
  presenceUsers: readonly string[] = users,
): ScenarioPick {
  const to = pick(random, users);
  const from = pick(random, CALLERS);
  const did = pick(random, DIDS);
  const pair = users.length >= 2;
  const roll = random();
  if (roll < 0.3) return { name: 'inboundAnswered', params: { to, from, did, stepMs } };
  if (roll < 0.45) return { name: 'missed', params: { to, from, did, stepMs } };
  if (roll < 0.5) return { name: 'noCallerName', params: { to, from: { number: from.number }, did, stepMs } };
  if (roll < 0.6) {
    const group = several(random, users, Math.min(3, users.length));
    return { name: 'ringGroup', params: { to: group, answeredBy: group[0] ?? to, from, did, stepMs } };
  }
  if (roll < 0.68) {
    const agents = several(random, users, Math.min(2, users.length));
    return { name: 'queue', params: { agents, answeredBy: agents.at(-1) ?? to, from, did, stepMs } };
  }
  if (roll < 0.76 && pair) {
    const [a = to, b = to] = several(random, users, 2);
    return { name: 'internal', params: { from: a, to: b, stepMs } };
  }
  if (roll < 0.84) return { name: 'outbound', params: { from: to, to: from, stepMs } };
  if (roll < 0.9 && pair) {
    const [a = to, b = to] = several(random, users, 2);
    return { name: 'blindTransfer', params: { to: a, transferTo: b, from, did, stepMs } };
  }
  if (presenceUsers.length === 0) return { name: 'inboundAnswered', params: { to, from, did, stepMs } };
  const status = pick(random, STATUSES);
  // By default the status goes to the user the turn picked, with no extra draw (seeded runs replay as before).
  const user = presenceUsers === users ? to : pick(random, presenceUsers);
  return {
    name: 'userStatus',
    params: { user, name: status.name, type: status.type, note: status.note },
  };
}
