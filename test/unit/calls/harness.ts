/** A tracker for "alice" (extensions 201 and 202) on a clock the test moves by hand. */
import { CallTracker, type CallTrackerOptions } from '../../../src-main/calls/tracker';
import type { CallChange } from '../../../src-main/calls/types';
import type { IsymphonyEvent } from '../../../src-main/protocol/events';
import { eventFactory } from '../../support/events';

export const START = Date.UTC(2025, 0, 6, 9, 0, 0);

export function setup(options: Partial<CallTrackerOptions> = {}) {
  let now = START;
  const clock = { now: () => now };
  const tracker = new CallTracker({
    me: { username: 'alice', extensions: ['201', '202'] },
    popInternal: false,
    dnd: false,
    clock,
    ...options,
  });
  const ev = eventFactory({ now: () => now });
  const changes: CallChange[] = [];
  const send = (...events: IsymphonyEvent[]): CallChange[] => {
    const out = events.flatMap((event) => [...tracker.handle(event)]);
    changes.push(...out);
    return out;
  };
  return {
    tracker,
    ev,
    changes,
    send,
    advance: (ms: number) => {
      now += ms;
    },
    now: () => now,
    pops: () => changes.filter((c) => c.pop !== null),
    alice201: () => ev.phone({ username: 'alice', extension: '201', name: 'Alice desk' }),
    alice202: () => ev.phone({ username: 'alice', extension: '202', name: 'Alice soft' }),
    bob: () => ev.phone({ username: 'bob', extension: '301', name: 'Bob' }),
    carol: () => ev.phone({ username: 'carol', extension: '302', name: 'Carol' }),
  };
}

/** Alice has one call ringing on 201 and one answered on 202. */
export function ringingAndAnswered(t: ReturnType<typeof setup>) {
  const ringingCaller = t.ev.external({ name: 'Ringing' });
  const ringingDesk = t.alice201();
  const answeredCaller = t.ev.external({ name: 'Answered' });
  const answeredDesk = t.alice202();
  t.send(t.ev.dial(ringingCaller, ringingDesk));
  t.send(t.ev.dial(answeredCaller, answeredDesk), t.ev.link(answeredCaller, answeredDesk));
  return { ringingCaller, ringingDesk, answeredCaller, answeredDesk };
}
