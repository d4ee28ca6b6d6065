/**
 * Seeded hostile frames for the event socket: documented payloads mutated, random JSON, a wrong
 * type in every field in turn, deep nesting, huge numbers, `__proto__` and `constructor` keys,
 * nulls everywhere, truncated and non-JSON text. Every frame stays under 64 KiB, so none of them
 * closes the socket for size (that case has its own test); what each does is the decoder's call.
 *
 *   const frames = fuzzFrames(seededRandom(seed), 10_000);   // same seed, same frames
 */
import { encodeEvent } from '../../src-main/protocol/encode';
import type { IsymphonyEvent } from '../../src-main/protocol/events';
import { DEFAULT_PROFILE, type ProtocolProfile } from '../../src-main/protocol/profile';
import { eventFactory } from './events';

export type FuzzFamily =
  | 'documented'
  | 'mutated'
  | 'wrong-type'
  | 'nulls'
  | 'random-json'
  | 'deep'
  | 'huge-number'
  | 'prototype-keys'
  | 'not-json';

export interface FuzzFrame {
  readonly family: FuzzFamily;
  readonly text: string;
}

type Random = () => number;
type Wire = Record<string, unknown>;

const int = (random: Random, n: number): number => Math.floor(random() * n);
const pick = <T>(random: Random, items: readonly T[]): T => items[int(random, items.length)]!;

/** The documented event shapes, for my user (4224) and others, so some frames reach the tracker's calls. */
function documented(random: Random, profile: ProtocolProfile): Wire {
  const ev = eventFactory({
    prefix: `fz${int(random, 1e9)}-`,
    now: () => 1_436_900_000_000 + int(random, 1e6),
  });
  const caller = ev.external({
    name: pick(random, ['Ada', null, 'Zoë 😀']),
    number: `+1555${int(random, 1e7)}`,
  });
  const me = ev.phone({ username: '4224', extension: '4224' });
  const other = ev.phone({ username: '4225', extension: '4225' });
  const callee = random() < 0.6 ? me : other;
  const events: IsymphonyEvent[] = [
    ev.dial(caller, callee),
    ev.link(caller, callee),
    ev.linkEnd(caller, callee),
    ev.hangup(random() < 0.5 ? caller : callee),
    ev.userStatus('4224', pick(random, ['available', 'away', 'dnd'])),
    ev.other(pick(random, ['agentLogin', 'userLogin', 'parked', 'somethingNew'])),
  ];
  return encodeEvent(pick(random, events), profile);
}

const WRONG_VALUES: readonly (() => unknown)[] = [
  () => null,
  () => true,
  () => 0,
  () => -1,
  () => 3.25,
  () => 2 ** 53 + 2,
  () => -(2 ** 63),
  () => 1e308,
  () => '',
  () => 'x'.repeat(3_000),
  () => '\u0000\u202e\ud800',
  () => [],
  () => [1, 'two', null],
  () => ({}),
  () => ({ type: 'dial' }),
  () => ({ __proto__: { polluted: true } }),
];

function randomValue(random: Random, depth: number): unknown {
  const roll = random();
  if (depth <= 0 || roll < 0.5) {
    return pick(random, [
      () => null,
      () => random() < 0.5,
      () => int(random, 2 ** 31) - 2 ** 30,
      () => (random() - 0.5) * 10 ** int(random, 300),
      () => randomText(random, int(random, 40)),
      () => pick(random, ['dial', 'link', 'linkEnd', 'hangup', 'userStatus', 'filterResponse']),
    ])();
  }
  if (roll < 0.75) return Array.from({ length: int(random, 5) }, () => randomValue(random, depth - 1));
  const out: Wire = {};
  for (let i = int(random, 6); i > 0; i--) out[randomKey(random)] = randomValue(random, depth - 1);
  return out;
}

const KEYS = [
  'type',
  'time',
  'coreServerId',
  'callSegmentId1',
  'callerIdName1',
  'callerIdNumber1',
  'did1',
  'extensionId2',
  'extensionNumber2',
  'userId2',
  'username2',
  'callSegmentId',
  'username',
  'statusType',
  'returnTime',
  'userCreated',
  'success',
  '__proto__',
  'constructor',
  'prototype',
];

function randomKey(random: Random): string {
  return random() < 0.8 ? pick(random, KEYS) : randomText(random, int(random, 12));
}

/** Any UTF-16 text, lone surrogates, controls and bidi marks included. */
function randomText(random: Random, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    const roll = random();
    if (roll < 0.6) out += String.fromCharCode(0x20 + int(random, 0x5f));
    else if (roll < 0.75) out += String.fromCharCode(int(random, 0x20));
    else if (roll < 0.85) out += String.fromCharCode(0xd800 + int(random, 0x800));
    else out += String.fromCodePoint(int(random, 0x10ffff - 0x800) + (roll < 0.9 ? 0 : 0x800));
  }
  return out;
}

function mutate(random: Random, wire: Wire): Wire {
  const out: Wire = { ...wire };
  const keys = Object.keys(out);
  for (let n = 1 + int(random, 3); n > 0; n--) {
    const key = pick(random, keys);
    const roll = random();
    if (roll < 0.3) delete out[key];
    else if (roll < 0.8) out[key] = pick(random, WRONG_VALUES)();
    else out[randomKey(random)] = randomValue(random, 2);
  }
  return out;
}

/** The JSON text of `wire` with `key` made a real `"__proto__"` / `"constructor"` member of the text. */
function withPrototypeKeys(random: Random, wire: Wire): string {
  const body = JSON.stringify(wire).slice(1, -1);
  const extra = pick(random, [
    '"__proto__":{"polluted":"yes","type":"dial"}',
    '"__proto__":null',
    '"constructor":{"prototype":{"polluted":"yes"}}',
    '"__proto__":{"__proto__":{"polluted":"yes"}}',
    '"type":"__proto__"',
    '"type":"constructor"',
    '"type":"hasOwnProperty"',
  ]);
  return random() < 0.5 ? `{${extra},${body}}` : `{${body},${extra}}`;
}

function deep(random: Random): string {
  const depth = pick(random, [31, 32, 33, 200, 5_000, 20_000]);
  const shape = random();
  if (shape < 0.33) return '['.repeat(depth) + ']'.repeat(depth);
  if (shape < 0.66) return `{"type":"dial","x":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`;
  // Unbalanced: the end never comes.
  return '{"type":"dial","x":' + '['.repeat(depth);
}

const HUGE = [
  '1e400',
  '-1e400',
  '9007199254740993',
  '123456789012345678901234567890',
  '1e-400',
  '-0',
  '0.0000001',
];

function notJson(random: Random, documentedText: string): string {
  return pick(random, [
    () => documentedText.slice(0, int(random, documentedText.length)),
    () => documentedText + pick(random, [',', '}', ' x', '\u0000']),
    () => randomText(random, int(random, 200)),
    () => pick(random, ['', ' ', 'null', 'true', '42', '"dial"', 'NaN', 'undefined', '{}', '[]']),
    () => `{'type':'dial'}`,
    () => `{"type":"dial",}`,
    () => `{"type":"dial","time":0x10}`,
  ])();
}

/** `count` frames from `random`; the same random sequence gives the same frames. */
export function fuzzFrames(
  random: Random,
  count: number,
  profile: ProtocolProfile = DEFAULT_PROFILE,
): FuzzFrame[] {
  const frames: FuzzFrame[] = [];
  while (frames.length < count) {
    const wire = documented(random, profile);
    const roll = random();
    let frame: FuzzFrame;
    if (roll < 0.08) frame = { family: 'documented', text: JSON.stringify(wire) };
    else if (roll < 0.3) frame = { family: 'mutated', text: JSON.stringify(mutate(random, wire)) };
    else if (roll < 0.5) {
      const keys = Object.keys(wire);
      const key = keys[int(random, keys.length)]!;
      const value = WRONG_VALUES[int(random, WRONG_VALUES.length)]!();
      frame = { family: 'wrong-type', text: JSON.stringify({ ...wire, [key]: value }) };
    } else if (roll < 0.58) {
      const nulled: Wire = {};
      for (const key of Object.keys(wire)) nulled[key] = key === 'type' && random() < 0.7 ? wire[key] : null;
      frame = { family: 'nulls', text: JSON.stringify(nulled) };
    } else if (roll < 0.72)
      frame = { family: 'random-json', text: JSON.stringify(randomValue(random, 5)) ?? 'null' };
    else if (roll < 0.78) frame = { family: 'deep', text: deep(random) };
    else if (roll < 0.84) {
      const key = pick(random, Object.keys(wire));
      frame = {
        family: 'huge-number',
        text: JSON.stringify({ ...wire, [key]: 0 }).replace(`"${key}":0`, `"${key}":${pick(random, HUGE)}`),
      };
    } else if (roll < 0.92) frame = { family: 'prototype-keys', text: withPrototypeKeys(random, wire) };
    else frame = { family: 'not-json', text: notJson(random, JSON.stringify(wire)) };
    frames.push(frame);
  }
  return frames;
}
