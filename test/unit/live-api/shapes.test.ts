import { describe, expect, it } from 'vitest';
import {
  liveCallSegmentsSchema,
  liveUserStatusSchema,
  liveUsersSchema,
  statusUpdateSchema,
} from '../../../src-main/live-api/shapes';

describe('Live API answer shapes', () => {
  it('reads the documented user fields and drops unknown ones', () => {
    const parsed = liveUsersSchema.safeParse([
      {
        id: 'u1',
        configurationId: 'c1',
        userName: '4224',
        displayedName: 'Michael',
        permissionId: 'p',
        extra: 1,
      },
    ]);
    expect(parsed.success && parsed.data).toEqual([
      { id: 'u1', configurationId: 'c1', userName: '4224', displayedName: 'Michael', permissionId: 'p' },
    ]);
  });

  it('turns missing optional fields into null and defaults', () => {
    const status = liveUserStatusSchema.safeParse({ type: 'available' });
    expect(status.success && status.data).toEqual({
      id: null,
      configurationId: null,
      name: null,
      type: 'available',
      note: null,
      returnTime: -1,
      userCreated: false,
    });
    const segments = liveCallSegmentsSchema.safeParse([{ id: 's', type: 'INTERNAL' }]);
    expect(segments.success && segments.data[0]?.callerId).toEqual({ id: null, name: null, number: null });
  });

  it('refuses answers of the wrong shape', () => {
    expect(liveUsersSchema.safeParse({ users: [] }).success).toBe(false);
    expect(liveUsersSchema.safeParse([{ id: 1, userName: 'x' }]).success).toBe(false);
    expect(liveUserStatusSchema.safeParse({ type: 5 }).success).toBe(false);
    expect(liveCallSegmentsSchema.safeParse([{ id: 's', type: 'X', incoming: 'yes' }]).success).toBe(false);
  });

  it('caps caller-ID names and numbers', () => {
    const parsed = liveCallSegmentsSchema.safeParse([
      {
        id: 's',
        type: 'EXTERNAL',
        callerId: { name: 'n'.repeat(5000), number: '9'.repeat(5000) },
        did: '1'.repeat(500),
      },
    ]);
    if (!parsed.success) throw new Error('should parse');
    expect(parsed.data[0]?.callerId.name?.length).toBe(128);
    expect(parsed.data[0]?.callerId.number?.length).toBe(64);
    expect(parsed.data[0]?.did?.length).toBe(64);
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
