import { describe, expect, it } from 'vitest';
import { PIPELINE_KINDS } from '../../../src-main/pipeline/call-pipeline';
import { appFilter } from '../../../src-main/protocol/filter';
import { DEFAULT_PROFILE } from '../../../src-main/protocol/profile';
import { PRESENCE_KINDS, withPresenceKinds } from '../../../src-main/presence/filter-kinds';

describe('the event kinds presence adds to the filter', () => {
  it('adds userStatus to the call kinds when presence is on, once, and nothing when off', () => {
    expect(withPresenceKinds(PIPELINE_KINDS, true)).toEqual([...PIPELINE_KINDS, 'userStatus']);
    expect(withPresenceKinds([...PIPELINE_KINDS, 'userStatus'], true)).toEqual([
      ...PIPELINE_KINDS,
      'userStatus',
    ]);
    expect(withPresenceKinds(PIPELINE_KINDS, false)).toEqual([...PIPELINE_KINDS]);
  });

  it("asks the server for the profile's wire name of userStatus", () => {
    const filters = appFilter(DEFAULT_PROFILE, withPresenceKinds(PIPELINE_KINDS, true));
    expect(filters).toContainEqual({ property: 'type', value: DEFAULT_PROFILE.eventTypes.userStatus });
    expect(PRESENCE_KINDS).toEqual(['userStatus']);
  });
});
