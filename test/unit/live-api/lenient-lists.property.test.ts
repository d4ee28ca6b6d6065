/**
 * Mutated Live REST lists (issue 11 §2): documented call-segment, user and extension lists with
 * every field mutated (type swaps, nulls, removals, extra fields, nesting, huge values) are read
 * item by item: every item whose needed field is still readable is kept with the same meaning,
 * the others are skipped and counted under that field, and the catch-up built on them stays
 * "listed". Seeded, so a failure replays.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ok } from '../../../src-main/common/result';
import { readList, type Out, type Shape } from '../../../src-main/live-api/lenient-read';
import { liveCallSegmentShape, liveExtensionShape, liveUserShape } from '../../../src-main/live-api/shapes';
import { cleanString } from '../../../src-main/protocol/limits';
import { collectCallSegments } from '../../../src-main/pipeline/catch-up';

const SEED = 0x11_02;
const RUNS = 120;

/** What a field may become. `keep` leaves the documented value. */
const mutation = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ kind: 'keep' as const }) },
  fc.constant({ kind: 'null' as const }),
  fc.constant({ kind: 'remove' as const }),
  fc.record({
    kind: fc.constant('value' as const),
    value: fc.oneof(fc.boolean(), fc.double(), fc.integer()),
  }),
  fc.record({
    kind: fc.constant('value' as const),
    value: fc.constantFrom({}, [], { a: { b: [1] } }, [['x']]),
  }),
  fc.record({ kind: fc.constant('value' as const), value: fc.string({ maxLength: 20 }) }),
  fc.constant({ kind: 'value' as const, value: 'x'.repeat(20_000) }),
  fc.constant({ kind: 'value' as const, value: Number.MAX_SAFE_INTEGER + 2 }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(
  item: Record<string, unknown>,
  changes: readonly Mutation[],
  extra: unknown,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...item };
  Object.keys(item).forEach((key, i) => {
    const m = changes[i % changes.length] ?? { kind: 'keep' };
    if (m.kind === 'null') out[key] = null;
    else if (m.kind === 'remove') delete out[key];
    else if (m.kind === 'value') out[key] = m.value;
  });
  if (extra !== undefined) out['somethingNew'] = extra;
  return out;
}

/** The needed field's meaning, as the reader must give it, or null when it cannot be read. */
function neededAsText(v: unknown, max: number): string | null {
  if (typeof v === 'string' && v.length > 0) return cleanString(v, max);
  if (typeof v === 'number' && Number.isSafeInteger(v)) return String(v);
  return null;
}

const id = fc.oneof(fc.uuid(), fc.integer({ min: 1, max: 10_000_000 }).map(String));

const documentedSegment = fc.record({
  id,
  type: fc.constantFrom('INTERNAL', 'EXTERNAL'),
  callerId: fc.record({ id, name: fc.string({ maxLength: 30 }), number: fc.stringMatching(/^\+?\d{3,12}$/) }),
  did: fc.option(fc.stringMatching(/^\d{3,6}$/), { nil: null }),
  onHold: fc.boolean(),
  recording: fc.boolean(),
  incoming: fc.boolean(),
});

const mutatedItems = <T extends Record<string, unknown>>(documented: fc.Arbitrary<T>) =>
  fc.array(
    fc.record({
      item: documented,
      changes: fc.array(mutation, { minLength: 1, maxLength: 8 }),
      extra: fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined }),
      notAnObject: fc.oneof({ weight: 12, arbitrary: fc.constant(false) }, fc.constant(true)),
    }),
    { maxLength: 25 },
  );

function checkList<S extends Shape>(
  entries: readonly {
    item: Record<string, unknown>;
    changes: Mutation[];
    extra: unknown;
    notAnObject: boolean;
  }[],
  shape: S,
  needed: string,
  max: number,
) {
  const wire = entries.map((e) => (e.notAnObject ? e.changes.length : mutate(e.item, e.changes, e.extra)));
  const read = readList(JSON.parse(JSON.stringify(wire)) as unknown, shape, 10_000);
  expect(read).not.toBeNull();
  const expected = wire
    .map((w) => (typeof w === 'object' ? neededAsText(JSON.parse(JSON.stringify(w))[needed], max) : null))
    .filter((v): v is string => v !== null);
  expect(read!.items.map((i) => (i as Record<string, unknown>)[needed])).toEqual(expected);
  expect(read!.items.length + read!.skipped).toBe(wire.length);
  const skippedForNeeded = (read!.unreadable.get(needed) ?? 0) + (read!.unreadable.get('(item)') ?? 0);
  expect(skippedForNeeded).toBe(read!.skipped);
  return { read: read! as { items: Out<S>[]; skipped: number }, expected };
}

describe('Live REST lists with every field mutated', () => {
  it('call segments: every item with a readable id is kept with its id, the rest skipped and counted; the catch-up stays listed', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedItems(documentedSegment), async (entries) => {
        const { read, expected } = checkList(entries, liveCallSegmentShape, 'id', 512);
        for (const segment of read.items) {
          expect(typeof segment.onHold).toBe('boolean');
          expect(typeof segment.incoming).toBe('boolean');
          for (const text of [segment.type, segment.did, segment.callerId.name, segment.callerId.number]) {
            expect(text === null || (typeof text === 'string' && text.length <= 512)).toBe(true);
          }
        }
        const outcome = await collectCallSegments(
          { getExtensionCallSegments: () => Promise.resolve(ok(read.items)) },
          ['4224'],
        );
        expect(outcome).toEqual({ kind: 'listed', segments: new Set(expected) });
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('users and extensions: kept exactly when the name or number can still be read', () => {
    const user = fc.record({
      id,
      configurationId: id,
      userName: fc.oneof(fc.stringMatching(/^\d{3,5}$/), fc.string({ minLength: 1, maxLength: 12 })),
      displayedName: fc.string({ maxLength: 30 }),
      permissionId: id,
    });
    const extension = fc.record({
      id,
      extensionNumber: fc.stringMatching(/^\d{3,5}$/),
      displayName: fc.string({ maxLength: 30 }),
      configurationId: id,
      permissionId: id,
    });
    fc.assert(
      fc.property(mutatedItems(user), mutatedItems(extension), (users, extensions) => {
        checkList(users, liveUserShape, 'userName', 512);
        checkList(extensions, liveExtensionShape, 'extensionNumber', 64);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
