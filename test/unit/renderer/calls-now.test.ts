import { describe, expect, it } from 'vitest';
import { callsNow } from '../../../src-renderer/src/lib/calls-now';
import { sampleCall } from '../../support/scripted-backend';

describe('the calls of the main window’s "Now" section', () => {
  it('are the live calls, then the calls whose pop card still shows, each once', () => {
    const ringing = sampleCall({ id: 'a' });
    const missed = sampleCall({ id: 'b', state: 'missed' });
    expect(callsNow([ringing], [ringing, missed]).map((c) => c.id)).toEqual(['a', 'b']);
    expect(callsNow([], [missed]).map((c) => c.id)).toEqual(['b']);
    expect(callsNow([ringing], [])).toEqual([ringing]);
  });
});
