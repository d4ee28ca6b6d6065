import { describe, expect, it, vi } from 'vitest';
import {
  POP_STATE_CHANNEL,
  REQUEST_CHANNELS,
  STATE_CHANNEL,
  channelName,
  type AppState,
  type PopState,
} from '../../../src-main/ipc/contract';
import { buildCompanionApi } from '../../../src-main/electron/preload-api';
import { FakeContextBridge, FakeIpcRenderer } from '../../support/fake-electron';

const bridge = new FakeContextBridge();
const ipcRenderer = new FakeIpcRenderer();
vi.mock('electron', () => ({ contextBridge: bridge, ipcRenderer }));

function api() {
  const ipc = new FakeIpcRenderer();
  return { ipc, companion: buildCompanionApi(ipc as never) };
}

describe('the preload script', () => {
  it('exposes one object, window.companion, with exactly the contract channels, onState and onPopState', async () => {
    await import('../../../src-main/electron/preload');
    expect([...bridge.exposed.keys()]).toEqual(['companion']);
    const exposed = bridge.exposed.get('companion') as Record<string, unknown>;
    expect(Object.keys(exposed).sort()).toEqual([...REQUEST_CHANNELS, 'onState', 'onPopState'].sort());
    for (const value of Object.values(exposed)) expect(typeof value).toBe('function');
    // The real ipcRenderer is never handed to the page, under any name.
    expect(Object.values(exposed)).not.toContain(ipcRenderer);
    expect(Object.isFrozen(exposed)).toBe(true);
  });
});

describe('the exposed API', () => {
  it('invokes each channel under its contract name with the one request given', async () => {
    const { ipc, companion } = api();
    await companion.openCrm({ callId: 'c-7' });
    await companion.getState();
    expect(ipc.invoked).toEqual([
      { channel: channelName('openCrm'), args: [{ callId: 'c-7' }] },
      { channel: channelName('getState'), args: [] },
    ]);
  });

  it('passes on at most one argument', async () => {
    const { ipc, companion } = api();
    const loose = companion.dismissPop as unknown as (...args: unknown[]) => Promise<unknown>;
    await loose({ callId: 'a' }, 'extra', { more: true });
    expect(ipc.invoked).toEqual([{ channel: channelName('dismissPop'), args: [{ callId: 'a' }] }]);
  });

  it('gives state listeners the state only, never the IPC event', () => {
    const { ipc, companion } = api();
    const seen: unknown[][] = [];
    companion.onState((...args: unknown[]) => seen.push(args));
    const state = { now: 5 } as unknown as AppState;
    const event = { sender: ipc, ports: [] };
    ipc.emit(STATE_CHANNEL, event, state);
    expect(seen).toEqual([[state]]);
  });

  it("gives pop-state listeners the pop window's state only, from its own channel", () => {
    const { ipc, companion } = api();
    const seen: unknown[][] = [];
    const whole: unknown[] = [];
    companion.onPopState((...args: unknown[]) => seen.push(args));
    companion.onState((state) => whole.push(state));
    const state = { now: 5, pops: [] } as unknown as PopState;
    ipc.emit(POP_STATE_CHANNEL, { sender: ipc, ports: [] }, state);
    expect(seen).toEqual([[state]]);
    expect(whole).toEqual([]);
    const off = companion.onPopState(() => {});
    expect(ipc.listenerCount(POP_STATE_CHANNEL)).toBe(2);
    off();
    expect(ipc.listenerCount(POP_STATE_CHANNEL)).toBe(1);
    expect(() => companion.onPopState(7 as never)).toThrow(TypeError);
  });

  it('unsubscribes a state listener', () => {
    const { ipc, companion } = api();
    const seen: unknown[] = [];
    const off = companion.onState((state) => seen.push(state));
    expect(ipc.listenerCount(STATE_CHANNEL)).toBe(1);
    off();
    ipc.emit(STATE_CHANNEL, {}, { now: 1 });
    expect(seen).toEqual([]);
    expect(ipc.listenerCount(STATE_CHANNEL)).toBe(0);
  });

  it('refuses a listener that is not a function', () => {
    const { companion } = api();
    expect(() => companion.onState('x' as never)).toThrow(TypeError);
  });
});
