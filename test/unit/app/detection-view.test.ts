/**
 * What "Detect call events…" shows, from what discovery saw: a verdict, one line per decision (or
 * "could not decide"), and apply offered only when the profile found changes something.
 */
import { describe, expect, it } from 'vitest';
import { detectionResult } from '../../../src-main/app/detection-view';
import { Observations, type WireFields } from '../../../src-main/discovery/observations';
import { propose } from '../../../src-main/discovery/propose';
import type { IsymphonyEvent } from '../../../src-main/protocol/events';
import { encodeEvent } from '../../../src-main/protocol/encode';
import { DEFAULT_PROFILE, resolveProfile, type ProtocolProfile } from '../../../src-main/protocol/profile';
import { saidDetection } from '../../support/detection-words';
import { eventFactory } from '../../support/events';

const ME = { username: '4224', extensions: ['4224'] };

/** The result as the screen says it, in English (or `language`). */
const said = (...args: Parameters<typeof detectionResult>) => saidDetection(detectionResult(...args));

function profile(overrides: Parameters<typeof resolveProfile>[0]): ProtocolProfile {
  const r = resolveProfile(overrides);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** Feeds events, on the wire as `wire` speaks, to fresh observations. */
function seen(events: readonly IsymphonyEvent[], wire: ProtocolProfile = DEFAULT_PROFILE): Observations {
  const o = new Observations(ME);
  for (const event of events) {
    const { type, time: _time, coreServerId: _core, ...fields } = encodeEvent(event, wire);
    o.observe(String(type), fields as WireFields);
  }
  return o;
}

function call(answered: boolean): IsymphonyEvent[] {
  const ev = eventFactory();
  const caller = ev.external({ name: 'Ada', number: '+442079460018' });
  const desk = ev.phone({ username: '4224', extension: '4224' });
  return answered
    ? [
        ev.dial(caller, desk),
        ev.link(caller, desk),
        ev.linkEnd(caller, desk),
        ev.hangup(caller),
        ev.hangup(desk),
      ]
    : [ev.dial(caller, desk), ev.hangup(caller), ev.hangup(desk)];
}

describe('the detection result in words', () => {
  it('a server that already speaks the saved profile: high confidence, every line decided, nothing to apply', () => {
    const o = seen(call(true));
    const view = said(propose(o), { eventsSeen: o.events, userEvents: 5 }, ME, DEFAULT_PROFILE);
    expect(view.confidence).toBe('high');
    expect(view.lines.every((l) => l.decided)).toBe(true);
    expect(view.lines.find((l) => l.label === 'Caller details')?.value).toBe('the usual names');
    expect(view.canApply).toBe(false);
    expect(view.headline).toContain('nothing to change');
  });

  it('a missed test call: low confidence, and the parts it could not see say so and what they keep', () => {
    const wire = profile({ eventTypes: { dial: 'Ring', hangup: 'Gone' } });
    const o = seen(call(false), wire);
    const view = said(propose(o), { eventsSeen: o.events, userEvents: 3 }, ME, DEFAULT_PROFILE);
    expect(view.confidence).toBe('low');
    expect(view.lines.slice(0, 4)).toEqual([
      { label: 'Ringing', value: '“Ring”', decided: true },
      {
        label: 'Answered',
        value: 'could not decide (no test call was answered); keeps “link”',
        decided: false,
      },
      {
        label: 'Answer ended',
        value: 'could not decide (no answered test call ended); keeps “linkEnd”',
        decided: false,
      },
      { label: 'Hung up', value: '“Gone”', decided: true },
    ]);
    expect(view.headline).toMatch(
      /^Found part of how your server reports calls, with low confidence: it could not decide 2 of 6 things/,
    );
    expect(view.canApply).toBe(true);
  });

  it('names the kinds whose caller is on the other side', () => {
    const wire = profile({ callerSuffix: '2', callerSuffixByKind: { link: '1' } });
    const o = seen(call(true), wire);
    const view = said(propose(o), { eventsSeen: o.events, userEvents: 5 }, ME, DEFAULT_PROFILE);
    expect(view.lines.find((l) => l.label === 'The caller')).toEqual({
      label: 'The caller',
      value: 'in the fields ending in 2 (1 when answered)',
      decided: true,
    });
  });

  it('nothing at all, and nothing about the user, each get their own plain sentence', () => {
    const none = new Observations(ME);
    expect(said(propose(none), { eventsSeen: 0, userEvents: 0 }, ME, DEFAULT_PROFILE)).toMatchObject({
      confidence: 'none',
      headline: expect.stringMatching(/^Could not decide: the server sent no events at all/),
      lines: [],
      canApply: false,
    });
    const other = new Observations({ username: 'nobody', extensions: [] });
    for (const event of call(true)) {
      const { type, ...fields } = encodeEvent(event, DEFAULT_PROFILE);
      other.observe(String(type), fields as WireFields);
    }
    const view = said(
      propose(other),
      { eventsSeen: other.events, userEvents: 0 },
      { username: 'nobody', extensions: [] },
      DEFAULT_PROFILE,
    );
    expect(view.headline).toBe(
      'Could not decide: the server sent 5 events, but none named you (user “nobody”). Check your user name and extensions under “Your calls”, then ring your own extension while detection listens.',
    );
  });
});
