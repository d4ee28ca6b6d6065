/**
 * Builds the object the preload puts on `window.companion`: one method per contract channel,
 * `onState` (the main window's pushes) and `onPopState` (the pop window's). Listeners get the
 * state only, never the IPC event (whose `sender` leads back to ipcRenderer), and ipcRenderer
 * itself is never handed out.
 */
import type { ContextBridge, IpcRenderer, IpcRendererEvent } from 'electron';
import {
  REQUEST_CHANNELS,
  POP_STATE_CHANNEL,
  STATE_CHANNEL,
  channelName,
  type AppState,
  type CompanionApi,
  type PopState,
} from '../ipc/contract';

export type PreloadIpc = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

export function buildCompanionApi(ipc: PreloadIpc): CompanionApi {
  const api: Record<string, unknown> = {};
  for (const channel of REQUEST_CHANNELS) {
    const name = channelName(channel);
    // At most one argument crosses: whatever else a page passes is dropped here.
    api[channel] = (...args: unknown[]) => (args.length === 0 ? ipc.invoke(name) : ipc.invoke(name, args[0]));
  }
  api.onState = listenTo<AppState>(ipc, STATE_CHANNEL, 'onState');
  api.onPopState = listenTo<PopState>(ipc, POP_STATE_CHANNEL, 'onPopState');
  // The loop above fills exactly the contract's keys; the compiler cannot follow a loop, hence the cast.
  return Object.freeze(api) as CompanionApi;
}

/** A push channel as a subscribe function: the listener gets the message only, never the event. */
function listenTo<S>(
  ipc: PreloadIpc,
  channel: string,
  name: string,
): (listener: (state: S) => void) => () => void {
  return (listener) => {
    if (typeof listener !== 'function') throw new TypeError(`${name} needs a function.`);
    const forward = (_event: IpcRendererEvent, state: S) => listener(state);
    ipc.on(channel, forward);
    return () => {
      ipc.removeListener(channel, forward);
    };
  };
}

export function exposeCompanionApi(bridge: Pick<ContextBridge, 'exposeInMainWorld'>, ipc: PreloadIpc): void {
  bridge.exposeInMainWorld('companion', buildCompanionApi(ipc));
}
