import { describe, expect, it } from 'vitest';
import type { CallChange, CallRecord } from '../../../src-main/calls/types';
import { callLine, connectionLine, jsonLine } from '../../../src-main/pipeline/json-lines';
import { liveState } from '../../../src-main/session/states';

const record: CallRecord = {
  id: 'call-1',
  coreServerId: 'core',
  direction: 'inbound',
  state: 'unknown',
  unknownReason: { code: 'connection-lost', message: 'Lost.' },
  lastKnownState: null,
  internal: false,
  callerName: 'A\u001b[31m\u009b\u202e\u2028\ud83d\ude00"\\',
  callerNumber: '+1 555',
  calleeName: 'Me',
  calleeNumber: '4224',
  did: '+1 800',
  extension: '4224',
  answeredBy: null,
  transferredFrom: { extension: '4225', name: 'Dana', username: '4225' },
  ringingSince: 1,
  answeredAt: null,
  endedAt: 2,
  ringMs: 1,
  talkMs: null,
  pop: true,
  popSuppressed: null,
};

describe('JSON lines', () => {
  it('writes one line of printable ASCII that parses back to the very same strings', () => {
    const change: CallChange = { call: record, change: 'ended', pop: null };
    const text = jsonLine(callLine(change));
    expect(text.endsWith('\n')).toBe(true);
    expect(text.slice(0, -1)).toMatch(/^[\x20-\x7e]+$/);
    const back = JSON.parse(text) as ReturnType<typeof callLine>;
    expect(back.callerName).toBe(record.callerName);
    expect(back).toMatchObject({
      kind: 'call',
      id: 'call-1',
      state: 'unknown',
      pop: false,
      reason: { code: 'connection-lost', message: 'Lost.' },
      transferredFrom: { username: '4225' },
    });
  });

  it('says pop true only on the change that carries the pop decision', () => {
    const popped = callLine({ call: record, change: 'created', pop: { callId: 'call-1', call: record } });
    expect(popped.pop).toBe(true);
    expect(callLine({ call: record, change: 'updated', pop: null }).pop).toBe(false);
  });

  it('writes a connection state as kind, state, code and message', () => {
    expect(JSON.parse(jsonLine(connectionLine(liveState(5, 'pbx:58080'))))).toEqual({
      kind: 'connection',
      state: 'live',
      code: 'live',
      message: 'Connected to pbx:58080: calls will pop up as they ring.',
    });
  });
});
