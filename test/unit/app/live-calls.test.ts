/**
 * The live calls (app/live-calls.ts) tell the state publisher how soon to push: a call that just
 * popped is pushed on the next turn (the pop window shows only when a push carries its card); every
 * other change waits for the publisher's interval.
 */
import { describe, expect, it } from 'vitest';
import { LiveCalls } from '../../../src-main/app/live-calls';
import { PopLifecycle } from '../../../src-main/app/pop-lifecycle';
import type { PushUrgency } from '../../../src-main/app/state-publisher';
import type { CallChange, CallRecord } from '../../../src-main/calls/types';
import { silentLogger } from '../../../src-main/common/log';
import { defaultSettings } from '../../../src-main/storage/settings-schema';
import { callRecord } from '../../support/call-record';
import { FakeClock } from '../session/support/fake-clock';

function liveCalls(): { live: LiveCalls; pushes: (PushUrgency | undefined)[] } {
  const pushes: (PushUrgency | undefined)[] = [];
  const changed = (urgency?: PushUrgency): void => {
    pushes.push(urgency);
  };
  const settings = defaultSettings();
  const pops = new PopLifecycle({
    notifier: { show: () => {}, close: () => {} },
    clock: new FakeClock(0),
    settings: () => settings,
    changed,
  });
  const live = new LiveCalls({
    pops,
    history: { append: () => {} },
    settings: () => settings,
    dndNow: () => false,
    openRecord: () => Promise.resolve({ ok: true, value: null }),
    logger: silentLogger,
    changed,
  });
  return { live, pushes };
}

const change = (call: CallRecord, kind: CallChange['change'], pop: boolean): CallChange => ({
  call,
  change: kind,
  pop: pop ? { callId: call.id, call } : null,
});

describe('LiveCalls and the state push', () => {
  it('asks for an immediate push when a card appears, and an ordinary one otherwise', () => {
    const { live, pushes } = liveCalls();
    const ringing = callRecord();
    live.onCall(change(ringing, 'created', false));
    expect(pushes).toEqual(['soon']);
    live.onCall(change(ringing, 'updated', true));
    expect(pushes).toEqual(['soon', 'now']);
    live.onCall(change(callRecord({ state: 'answered', answeredAt: 1 }), 'updated', false));
    expect(pushes).toEqual(['soon', 'now', 'soon']);
    expect(live.views(defaultSettings().crm)).toHaveLength(1);
  });
});
