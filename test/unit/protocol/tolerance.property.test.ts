import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CallTracker } from '../../../src-main/calls/tracker';
import { dialectProfile } from '../../../src-main/demo-server/dialects';
import { decodeFrame } from '../../../src-main/protocol/decode';
import { encodeEvent } from '../../../src-main/protocol/encode';
import type { HangupEvent, Segment, TwoPartyEvent } from '../../../src-main/protocol/events';
import { capString, DEFAULT_LIMITS } from '../../../src-main/protocol/limits';
import { DEFAULT_PROFILE, resolveProfile, type ProtocolProfile } from '../../../src-main/protocol/profile';
import { segmentKeysOf, type SegmentKeys } from '../../../src-main/protocol/segments';

/**
 * Tolerance (protocol notes "Tolerance"): documented call payloads with their fields mutated.
 * A mutation that keeps the meaning (a number for digits, text for a number, null for absent,
 * extra fields anywhere) must decode to the same event; a mutation that destroys one field
 * (an object, an array, a fraction, a number too large for its digits) loses that field only,
 * names it, and keeps every other field and the event itself.
 */

const SEED = 0x1111;

function profile(overrides: Parameters<typeof resolveProfile>[0]): ProtocolProfile {
  const r = resolveProfile(overrides);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const PROFILES: ReadonlyArray<ProtocolProfile> = [
  DEFAULT_PROFILE,
  dialectProfile('foreign'),
  profile({ callerSuffix: '2', callerSuffixByKind: { link: '1' }, fieldNames: { did: 'dnid' } }),
];

const text = fc.string({ maxLength: 40, unit: 'grapheme' }).filter((s) => s.length <= 40);
const digits = fc.integer({ min: 0, max: 99_999_999 }).map(String);
const field = fc.option(fc.oneof(text, digits), { nil: null });
const segment: fc.Arbitrary<Segment> = fc.record({
  callSegmentId: field,
  callerIdName: field,
  callerIdNumber: field,
  did: field,
  extensionId: field,
  extensionNumber: field,
  userId: field,
  username: field,
});
const time = fc.integer({ min: 0, max: 2 ** 42 });

const callEvent = (p: ProtocolProfile): fc.Arbitrary<TwoPartyEvent | HangupEvent> =>
  fc.oneof(
    fc
      .record({
        kind: fc.constantFrom('dial' as const, 'link' as const, 'linkEnd' as const),
        time,
        coreServerId: field,
        caller: segment,
        callee: segment,
      })
      .map((e) => ({ ...e, type: p.eventTypes[e.kind] })),
    fc
      .record({ time, coreServerId: field, segment })
      .map((e) => ({ ...e, kind: 'hangup' as const, type: p.eventTypes.hangup })),
  );

/** Values no reader can give a meaning to in a text field. */
const destroyed = fc.oneof(
  fc.dictionary(text, fc.jsonValue({ maxDepth: 4 }), { maxKeys: 4, noNullPrototype: true }),
  fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 4 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Number.isInteger(n)),
  fc.constantFrom(2 ** 60, -(2 ** 60), 1e300),
);

type Mutation =
  | { readonly kind: 'keep-number' }
  | { readonly kind: 'null-to-absent' }
  | { readonly kind: 'null-to-boolean'; readonly value: boolean }
  | { readonly kind: 'huge-text'; readonly repeat: number }
  | { readonly kind: 'destroy'; readonly value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant({ kind: 'keep-number' as const }),
  fc.constant({ kind: 'null-to-absent' as const }),
  fc.boolean().map((value) => ({ kind: 'null-to-boolean' as const, value })),
  fc.integer({ min: 2, max: 2000 }).map((repeat) => ({ kind: 'huge-text' as const, repeat })),
  destroyed.map((value) => ({ kind: 'destroy' as const, value })),
);

/** Extra fields a newer server might add: names the decoder does not read, any JSON, deeply nested. */
const extras = fc.dictionary(
  fc.string({ minLength: 1, maxLength: 20 }).map((k) => `x_${k}`),
  fc.jsonValue({ maxDepth: 6 }),
  { maxKeys: 8, noNullPrototype: true },
);

const CAPS: Record<keyof Segment, number> = {
  callSegmentId: DEFAULT_LIMITS.maxStringLength,
  callerIdName: DEFAULT_LIMITS.maxCallerIdNameLength,
  callerIdNumber: DEFAULT_LIMITS.maxCallerIdNumberLength,
  did: DEFAULT_LIMITS.maxCallerIdNumberLength,
  extensionId: DEFAULT_LIMITS.maxStringLength,
  extensionNumber: DEFAULT_LIMITS.maxCallerIdNumberLength,
  userId: DEFAULT_LIMITS.maxStringLength,
  username: DEFAULT_LIMITS.maxStringLength,
};

interface Slot {
  readonly wireKey: string;
  readonly name: keyof Segment;
  readonly read: () => string | null;
  readonly write: (value: string | null) => void;
}

/** Every segment field of the event with its wire key, and a setter for the expected decoded value. */
function slots(
  event: { -readonly [K in keyof (TwoPartyEvent | HangupEvent)]: unknown } & Record<string, unknown>,
  p: ProtocolProfile,
): Slot[] {
  const keys = segmentKeysOf(p);
  const out: Slot[] = [];
  const add = (seg: Record<string, string | null>, k: SegmentKeys): void => {
    for (const name of Object.keys(CAPS) as (keyof Segment)[]) {
      out.push({ wireKey: k[name], name, read: () => seg[name] ?? null, write: (v) => (seg[name] = v) });
    }
  };
  if ('segment' in event) add(event.segment as Record<string, string | null>, keys['']);
  else {
    const callerSuffix = p.callerSuffixes[event.kind as TwoPartyEvent['kind']];
    add(event.caller as Record<string, string | null>, keys[callerSuffix]);
    add(event.callee as Record<string, string | null>, keys[callerSuffix === '1' ? '2' : '1']);
  }
  return out;
}

describe('decoder tolerance: documented call payloads with mutated fields', () => {
  it.each(PROFILES.map((p, i) => [i, p] as const))(
    'profile %i: same meaning for every field that can be read, only the destroyed fields lost',
    (_i, p) => {
      fc.assert(
        fc.property(
          callEvent(p),
          fc.array(fc.tuple(fc.nat(), mutation), { maxLength: 6 }),
          extras,
          fc.boolean(),
          (event, mutations, extra, timeAsText) => {
            const wire = encodeEvent(event, p);
            const expected = structuredClone(event) as unknown as Parameters<typeof slots>[0];
            const fields = slots(expected, p);
            const lost = new Set<string>();
            const touched = new Set<Slot>();
            for (const [at, m] of mutations) {
              const slot = fields[at % fields.length]!;
              // One mutation per field, so the expected value follows from it alone.
              if (touched.has(slot)) continue;
              touched.add(slot);
              const value = slot.read();
              switch (m.kind) {
                case 'keep-number':
                  if (value !== null && /^(0|[1-9]\d{0,7})$/.test(value)) wire[slot.wireKey] = Number(value);
                  break;
                case 'null-to-absent':
                  if (value === null) delete wire[slot.wireKey];
                  break;
                case 'null-to-boolean':
                  if (value === null) wire[slot.wireKey] = m.value;
                  break;
                case 'huge-text': {
                  const huge = (value ?? 'x').repeat(m.repeat);
                  wire[slot.wireKey] = huge;
                  slot.write(capString(huge, CAPS[slot.name]));
                  break;
                }
                case 'destroy':
                  wire[slot.wireKey] = m.value;
                  slot.write(null);
                  lost.add(slot.wireKey);
                  break;
              }
            }
            if (timeAsText) wire.time = String(event.time);
            Object.assign(wire, extra);
            const result = decodeFrame(JSON.stringify(wire), p);
            expect(result.ok).toBe(true);
            if (!result.ok) return;
            expect(result.message).toEqual(expected);
            expect(new Set(result.unreadable ?? [])).toEqual(lost);
          },
        ),
        { seed: SEED, numRuns: 300 },
      );
    },
  );

  it('never throws or refuses a call event, whatever any field holds, and the tracker takes what comes out', () => {
    const p = dialectProfile('foreign');
    const tracker = new CallTracker({
      me: { username: '4224', extensions: ['4224'] },
      popInternal: true,
      dnd: false,
      clock: { now: () => 0 },
    });
    fc.assert(
      fc.property(
        callEvent(p),
        fc.dictionary(fc.string({ maxLength: 16 }), fc.jsonValue({ maxDepth: 5 }), {
          maxKeys: 12,
          noNullPrototype: true,
        }),
        (event, overwrite) => {
          const wire = { ...encodeEvent(event, p), ...overwrite, type: event.type };
          const result = decodeFrame(JSON.stringify(wire), p);
          expect(result.ok).toBe(true);
          if (result.ok && result.message.kind !== 'filterResponse') {
            expect(() => tracker.handle(result.message as never)).not.toThrow();
          }
        },
      ),
      { seed: SEED, numRuns: 500 },
    );
  });
});
