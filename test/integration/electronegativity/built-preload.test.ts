/**
 * The bundled preload, run as Electron would run a sandboxed preload: one CommonJS file whose only
 * `require` is `electron`, exposing exactly the contract on `window.companion`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { runInNewContext } from 'node:vm';
import { REQUEST_CHANNELS, channelName } from '../../../src-main/ipc/contract';
import { FakeContextBridge, FakeIpcRenderer } from '../../support/fake-electron';

const PRELOAD = resolve('out/preload/preload.cjs');

beforeAll(async () => {
  if (!existsSync(PRELOAD)) {
    await promisify(execFile)(
      process.execPath,
      [resolve('node_modules/electron-vite/bin/electron-vite.js'), 'build'],
      {
        timeout: 300_000,
      },
    );
  }
}, 300_000);

describe('the built preload', () => {
  it('requires only electron and exposes exactly the contract channels and onState, onPopState', async () => {
    const required: string[] = [];
    const bridge = new FakeContextBridge();
    const ipcRenderer = new FakeIpcRenderer();
    const module = { exports: {} };
    runInNewContext(readFileSync(PRELOAD, 'utf8'), {
      require: (name: string) => {
        required.push(name);
        if (name !== 'electron') throw new Error(`A sandboxed preload cannot require ${name}`);
        return { contextBridge: bridge, ipcRenderer };
      },
      module,
      exports: module.exports,
    });
    expect(required).toEqual(['electron']);
    expect([...bridge.exposed.keys()]).toEqual(['companion']);
    const api = bridge.exposed.get('companion') as Record<string, (...a: unknown[]) => Promise<unknown>>;
    expect(Object.keys(api).sort()).toEqual([...REQUEST_CHANNELS, 'onPopState', 'onState'].sort());
    await api.copyNumber?.({ callId: 'c-1' });
    expect(ipcRenderer.invoked).toEqual([{ channel: channelName('copyNumber'), args: [{ callId: 'c-1' }] }]);
  });
});
