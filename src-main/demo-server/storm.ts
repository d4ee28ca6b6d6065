import type { Clock, Random } from '../common/clock';
import type { IsymphonyEvent, Segment } from '../protocol/events';
import { encodeEvent } from '../protocol/encode';
import { matchesFilters, type Filter } from '../protocol/filter';
import type { ProtocolProfile } from '../protocol/profile';
import type { Client, ClientRegistry } from './clients';

/**
 * Heavy mixed traffic of users nobody watches, for benchmarks (~20,000 events/s on loopback):
 * a pool of calls and status changes is encoded once, and each 10 ms tick sends the batch that
 * is due, with only the time spliced in. Which pool entries a connection's filters select is
 * computed once per filter set, not once per event. Storm calls are not part of the world:
 * the REST API does not list them.
 */

export interface StormOptions {
  readonly eventsPerSecond: number;
  /** Usernames / extension numbers the storm must never mention (the benchmark's own user). */
  readonly excludeUsers?: readonly string[];
  /** Stop by itself after this long; default: until stopped. */
  readonly durationMs?: number;
}

export interface StormHandle {
  stop(): void;
  /** Events sent so far (each counted once, however many connections received it). */
  readonly sent: number;
}

export interface StormDeps {
  readonly clock: Clock;
  readonly random: Random;
  readonly profile: ProtocolProfile;
  readonly coreServerId: string;
  readonly clients: ClientRegistry;
  readonly newId: () => string;
  readonly onStop: (handle: StormHandle) => void;
}

const TICK_MS = 10;
/** A tick never sends more than a quarter second's worth, so a stalled loop does not answer with a flood. */
const MAX_CATCH_UP_MS = 250;
/** A connection this far behind (a paused or slow reader) is skipped rather than buffered without end. */
const MAX_BUFFERED_BYTES = 32 * 1024 * 1024;
const POOL_CALLS = 200;
const TIME_SENTINEL = 8_999_999_999_999;

interface PoolEntry {
  readonly wire: Readonly<Record<string, unknown>>;
  /** The frame text split where the time goes; a single part when no time is spliced. */
  readonly parts: readonly [string] | readonly [string, string];
}

export function startStorm(options: StormOptions, deps: StormDeps): StormHandle {
  const rate = options.eventsPerSecond;
  if (!Number.isFinite(rate) || rate <= 0) {
    throw new RangeError('A storm needs a positive number of events per second.');
  }
  const pool = buildPool(deps, new Set(options.excludeUsers ?? []));
  const selections = new WeakMap<Client, { filters: readonly Filter[] | null; picks: Uint8Array }>();
  const start = deps.clock.now();
  let sent = 0;
  let cursor = 0;
  let stopped = false;

  const picksFor = (client: Client): Uint8Array => {
    const known = selections.get(client);
    if (known && known.filters === client.filters) return known.picks;
    const picks = new Uint8Array(pool.length);
    for (let i = 0; i < pool.length; i++)
      picks[i] = client.filters === null || matchesFilters(pool[i]!.wire, client.filters) ? 1 : 0;
    selections.set(client, { filters: client.filters, picks });
    return picks;
  };

  const tick = (): void => {
    if (stopped) return;
    const now = deps.clock.now();
    const elapsed = now - start;
    const end = options.durationMs === undefined ? elapsed : Math.min(elapsed, options.durationMs);
    const due = Math.floor((rate * end) / 1000) - sent;
    const batch = Math.min(due, Math.ceil((rate * MAX_CATCH_UP_MS) / 1000));
    if (batch > 0) sendBatch(batch, now);
    if (options.durationMs !== undefined && elapsed >= options.durationMs) handle.stop();
  };

  const sendBatch = (count: number, now: number): void => {
    const targets = deps.clients
      .all()
      .filter((c) => !c.paused && c.ws.readyState === c.ws.OPEN && c.ws.bufferedAmount < MAX_BUFFERED_BYTES);
    const picks = targets.map(picksFor);
    for (const client of targets) client.socket.cork();
    const nowText = String(now);
    for (let n = 0; n < count; n++) {
      const index = cursor;
      cursor = (cursor + 1) % pool.length;
      const entry = pool[index]!;
      let text: string | undefined;
      for (let t = 0; t < targets.length; t++) {
        if (picks[t]![index] !== 1) continue;
        text ??= entry.parts.length === 2 ? entry.parts[0] + nowText + entry.parts[1] : entry.parts[0];
        targets[t]!.ws.send(text);
      }
    }
    sent += count;
    for (const client of targets) client.socket.uncork();
  };

  const timer = deps.clock.setInterval(tick, TICK_MS);
  const handle: StormHandle = {
    stop() {
      if (stopped) return;
      stopped = true;
      deps.clock.clearInterval(timer);
      deps.onStop(handle);
    },
    get sent() {
      return sent;
    },
  };
  return handle;
}

function buildPool(deps: StormDeps, exclude: ReadonlySet<string>): PoolEntry[] {
  const numbers: string[] = [];
  for (let n = 6000; numbers.length < 100; n++) if (!exclude.has(String(n))) numbers.push(String(n));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(deps.random() * items.length) % items.length]!;
  const user = (number: string): Segment => ({
    callSegmentId: deps.newId(),
    callerIdName: `Storm User ${number}`,
    callerIdNumber: number,
    did: null,
    extensionId: `storm-ext-${number}`,
    extensionNumber: number,
    userId: `storm-user-${number}`,
    username: number,
  });
  const base = { time: TIME_SENTINEL, coreServerId: deps.coreServerId };
  const events: IsymphonyEvent[] = [];
  for (let call = 0; call < POOL_CALLS; call++) {
    const callee = user(pick(numbers));
    const caller: Segment = {
      callSegmentId: deps.newId(),
      callerIdName: `Storm Caller ${call}`,
      callerIdNumber: `+1555555${String(1000 + call).slice(-4)}`,
      did: '+15555550199',
      extensionId: null,
      extensionNumber: null,
      userId: null,
      username: null,
    };
    const two = (kind: 'dial' | 'link' | 'linkEnd'): IsymphonyEvent => ({
      ...base,
      type: deps.profile.eventTypes[kind],
      kind,
      caller,
      callee,
    });
    const hang = (segment: Segment): IsymphonyEvent => ({
      ...base,
      type: deps.profile.eventTypes.hangup,
      kind: 'hangup',
      segment,
    });
    events.push(two('dial'), two('link'), two('linkEnd'), hang(caller), hang(callee));
    if (call % 4 === 0) {
      events.push({
        ...base,
        type: deps.profile.eventTypes.userStatus,
        kind: 'userStatus',
        userId: callee.userId,
        username: callee.username,
        name: call % 8 === 0 ? 'Away' : 'Available',
        statusType: call % 8 === 0 ? 'away' : 'available',
        note: '',
        returnTime: -1,
        userCreated: false,
      });
    }
  }
  return events.map((event) => {
    const wire = encodeEvent(event, deps.profile);
    const text = JSON.stringify(wire);
    const split = text.split(String(TIME_SENTINEL));
    const parts: PoolEntry['parts'] = split.length === 2 ? [split[0]!, split[1]!] : [text];
    return { wire, parts };
  });
}
