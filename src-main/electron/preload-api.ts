/**
 * Builds the object the preload puts on `window.companion`: one method per contract channel and
 * `onState`. Listeners get the state only, never the IPC event (whose `sender` leads back to
 * ipcRenderer), and ipcRenderer itself is never handed out.
 */
import type { ContextBridge, IpcRenderer, IpcRendererEvent } from 'electron';
import {
  REQUEST_CHANNELS,
  STATE_CHANNEL,
  channelName,
  type AppState,
  type CompanionApi,
} from '../ipc/contract';

export type PreloadIpc = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

export function buildCompanionApi(ipc: PreloadIpc): CompanionApi {
  const api: Record<string, unknown> = {};
  for (const channel of REQUEST_CHANNELS) {
    const name = channelName(channel);
    // At most one argument crosses: whatever else a page passes is dropped here.
    api[channel] = (...args: unknown[]) => (args.length === 0 ? ipc.invoke(name) : ipc.invoke(name, args[0]));
  }
  api.onState = (listener: (state: AppState) => void): (() => void) => {
    if (typeof listener !== 'function') throw new TypeError('onState needs a function.');
    const forward = (_event: IpcRendererEvent, state: AppState) => listener(state);
    ipc.on(STATE_CHANNEL, forward);
    return () => {
      ipc.removeListener(STATE_CHANNEL, forward);
    };
  };
  // The loop above fills exactly the contract's keys; the compiler cannot follow a loop, hence the cast.
  return Object.freeze(api) as CompanionApi;
}

export function exposeCompanionApi(bridge: Pick<ContextBridge, 'exposeInMainWorld'>, ipc: PreloadIpc): void {
  bridge.exposeInMainWorld('companion', buildCompanionApi(ipc));
}
