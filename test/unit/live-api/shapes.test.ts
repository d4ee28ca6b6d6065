import { describe, expect, it } from 'vitest';
import { readList, readRecord, RestReadTally } from '../../../src-main/live-api/lenient-read';
import {
  liveCallSegmentShape,
  liveExtensionShape,
  liveUserShape,
  liveUserStatusShape,
  statusUpdateSchema,
} from '../../../src-main/live-api/shapes';

const counts = (m: ReadonlyMap<string, number> | undefined) => Object.fromEntries(m ?? []);

describe('Live API answer shapes', () => {
  it('reads the documented user fields and drops unknown ones', () => {
    const read = readList(
      [
        {
          id: 'u1',
          configurationId: 'c1',
          userName: '4224',
          displayedName: 'Michael',
          permissionId: 'p',
          extra: 1,
        },
      ],
      liveUserShape,
      10,
    );
    expect(read?.items).toEqual([
      { id: 'u1', configurationId: 'c1', userName: '4224', displayedName: 'Michael', permissionId: 'p' },
    ]);
    expect(read?.skipped).toBe(0);
    expect(read?.unreadable.size).toBe(0);
  });

  it('turns missing optional fields into null and defaults, without counting them', () => {
    const status = readRecord({ type: 'available' }, liveUserStatusShape);
    expect(status).toEqual({
      ok: true,
      unreadable: [],
      value: {
        id: null,
        configurationId: null,
        name: null,
        type: 'available',
        note: null,
        returnTime: -1,
        userCreated: false,
      },
    });
    const segments = readList(
      [{ id: 's', type: 'INTERNAL', onHold: null, callerId: null }],
      liveCallSegmentShape,
      10,
    );
    expect(segments?.items[0]).toMatchObject({
      id: 's',
      onHold: false,
      callerId: { id: null, name: null, number: null },
    });
    expect(segments?.unreadable.size).toBe(0);
  });

  it('reads an id or number sent as a JSON number as its decimal digits', () => {
    const read = readList(
      [
        { id: 4711, type: 'EXTERNAL', callerId: { number: 15555550142 }, did: 4224 },
        { id: 's2', type: 'INTERNAL' },
      ],
      liveCallSegmentShape,
      10,
    );
    expect(read?.items.map((s) => s.id)).toEqual(['4711', 's2']);
    expect(read?.items[0]).toMatchObject({ callerId: { number: '15555550142' }, did: '4224' });
    const extensions = readList([{ id: 'e', extensionNumber: 4224 }], liveExtensionShape, 10);
    expect(extensions?.items[0]?.extensionNumber).toBe('4224');
    expect(readRecord({ type: 'away', returnTime: '1700000000000' }, liveUserStatusShape)).toMatchObject({
      ok: true,
      value: { returnTime: 1_700_000_000_000 },
    });
  });

  it('keeps every readable item, skipping and counting the ones whose needed field cannot be read', () => {
    const read = readList(
      [
        { id: 'a', type: 'INTERNAL' },
        { id: { nested: true }, type: 'INTERNAL' },
        { type: 'INTERNAL' },
        'not an object',
        { id: 'b', type: 'EXTERNAL', incoming: 'yes', callerId: 'x' },
        { id: 1.5 },
      ],
      liveCallSegmentShape,
      10,
    );
    expect(read?.items.map((s) => s.id)).toEqual(['a', 'b']);
    expect(read?.items[1]).toMatchObject({
      incoming: false,
      callerId: { id: null, name: null, number: null },
    });
    expect(read?.skipped).toBe(4);
    expect(counts(read?.unreadable)).toEqual({ id: 3, '(item)': 1, incoming: 1, callerId: 1 });
  });

  it('refuses only an answer that is not a list, and a status without a readable type', () => {
    expect(readList({ users: [] }, liveUserShape, 10)).toBeNull();
    expect(readList('[]', liveUserShape, 10)).toBeNull();
    expect(readRecord({ type: 5 }, liveUserStatusShape)).toMatchObject({ ok: false, field: 'type' });
    expect(readRecord([], liveUserStatusShape)).toMatchObject({ ok: false, field: '(item)' });
  });

  it('keeps at most the limit, counting the rest', () => {
    const read = readList(
      Array.from({ length: 5 }, (_, i) => ({ id: `s${i}` })),
      liveCallSegmentShape,
      3,
    );
    expect(read?.items).toHaveLength(3);
    expect(read?.skipped).toBe(2);
    expect(counts(read?.unreadable)).toEqual({ '(beyond limit)': 2 });
  });

  it('caps caller-ID names and numbers', () => {
    const read = readList(
      [
        {
          id: 's',
          type: 'EXTERNAL',
          callerId: { name: 'n'.repeat(5000), number: '9'.repeat(5000) },
          did: '1'.repeat(500),
        },
      ],
      liveCallSegmentShape,
      10,
    );
    expect(read?.items[0]?.callerId.name?.length).toBe(128);
    expect(read?.items[0]?.callerId.number?.length).toBe(64);
    expect(read?.items[0]?.did?.length).toBe(64);
  });

  it('tallies per resource and field, most frequent first', () => {
    const tally = new RestReadTally();
    tally.add('callSegments', 2, new Map([['id', 2]]));
    tally.add('callSegments', 0, new Map([['onHold', 1]]));
    tally.add('users', 1, new Map([['userName', 3]]));
    expect(tally.snapshot()).toEqual({
      skippedItems: 3,
      fields: [
        { field: 'users.userName', count: 3 },
        { field: 'callSegments.id', count: 2 },
        { field: 'callSegments.onHold', count: 1 },
      ],
    });
  });

  it('checks a status update before it is sent', () => {
    expect(
      statusUpdateSchema.safeParse({ name: 'Away', type: 'away', note: '', returnTime: -1 }).success,
    ).toBe(true);
    expect(statusUpdateSchema.safeParse({ name: '', type: 'away', note: '', returnTime: -1 }).success).toBe(
      false,
    );
    expect(
      statusUpdateSchema.safeParse({ name: 'A', type: 'sleepy', note: '', returnTime: -1 }).success,
    ).toBe(false);
    expect(statusUpdateSchema.safeParse({ name: 'A', type: 'dnd', note: '', returnTime: -2 }).success).toBe(
      false,
    );
  });
});
