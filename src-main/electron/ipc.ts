/**
 * IPC wiring: one handler per contract channel, each dropping requests from anyone but the main
 * frame of a window main created showing the app's own origin, and refusing (with an answer, and
 * a log line) a request the sending window may not send by its list in the request table; and
 * state pushes to every app window (the pop window only its part).
 */
import type { IpcMain } from 'electron';
import type { Logger } from '../common/log';
import {
  POP_STATE_CHANNEL,
  REQUEST_CHANNELS,
  STATE_CHANNEL,
  popStateKey,
  popStateOf,
  channelName,
  windowMaySend,
  type RequestChannel,
  type WindowName,
} from '../ipc/contract';
import type { CompanionForShell } from '../app/shell-facing';
import type { WindowRegistry } from './windows/registry';

/** The parts of a frame the check reads (a WebFrameMain fits). */
export interface SenderFrame {
  readonly origin: string;
  readonly url: string;
  readonly processId: number;
  readonly routingId: number;
  readonly parent: unknown;
}

/** The parts of an IpcMainInvokeEvent the check reads. */
export interface SenderEvent {
  readonly sender: { readonly id: number; readonly mainFrame: SenderFrame };
  readonly senderFrame: SenderFrame | null;
}

export type SenderVerdict =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'unknown-window' | 'no-frame' | 'sub-frame' | 'wrong-origin' };

export function checkSender(
  event: SenderEvent,
  isKnownContents: (id: number) => boolean,
  origins: readonly string[],
): SenderVerdict {
  if (!isKnownContents(event.sender.id)) return { ok: false, reason: 'unknown-window' };
  const frame = event.senderFrame;
  // senderFrame is null when the frame navigated away or was destroyed before the message arrived.
  if (frame === null) return { ok: false, reason: 'no-frame' };
  const main = event.sender.mainFrame;
  if (frame.parent !== null || frame.processId !== main.processId || frame.routingId !== main.routingId) {
    return { ok: false, reason: 'sub-frame' };
  }
  if (!origins.includes(frame.origin)) return { ok: false, reason: 'wrong-origin' };
  return { ok: true };
}

export interface IpcOptions {
  readonly ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  readonly companion: Pick<CompanionForShell, 'invoke'>;
  readonly windows: Pick<WindowRegistry, 'hasContents' | 'windowOf'>;
  readonly origins: readonly string[];
  readonly logger: Logger;
}

/** Registers every handler; returns a function that removes them. */
export function registerIpcHandlers(options: IpcOptions): () => void {
  for (const channel of REQUEST_CHANNELS) {
    options.ipcMain.handle(channelName(channel), (event, request: unknown) => {
      const verdict = checkSender(event, (id) => options.windows.hasContents(id), options.origins);
      if (!verdict.ok) {
        options.logger.log('warn', 'Dropped an IPC request from an untrusted sender', {
          channel,
          reason: verdict.reason,
        });
        throw new Error('Request refused.');
      }
      const window = options.windows.windowOf(event.sender.id);
      if (window === null || !windowMaySend(window, channel)) {
        options.logger.log('warn', 'Refused a request this window may not send', {
          channel,
          window: window ?? 'unknown',
        });
        return notAllowed(channel, window);
      }
      return options.companion.invoke(channel, request);
    });
  }
  return () => {
    for (const channel of REQUEST_CHANNELS) options.ipcMain.removeHandler(channelName(channel));
  };
}

/** The answer to a request the window may not send, in the shape its channel answers. */
export function notAllowed(channel: RequestChannel, window: WindowName | null): unknown {
  const code = 'request-not-allowed';
  const message = `The ${window ?? 'unknown'} window may not ask for ${channel}; each window sends only what its page needs.`;
  return channel === 'testConnection'
    ? { ok: false, code, message }
    : { ok: false, error: { code, message } };
}

/**
 * Pushes every state the Companion publishes to each live app window, each what its page shows:
 * the pop window its own part (`PopState`), at once when a new pop comes (a caller is waiting on
 * it) and only when that part changed; the main window the whole state, paced, so it redraws a new
 * call an interval after the pop window rather than beside it. Returns the unsubscribe.
 */
export function pushStateToWindows(
  companion: Pick<CompanionForShell, 'onState'>,
  windows: Pick<WindowRegistry, 'contents' | 'windowOf'>,
): () => void {
  const isPop = (contents: { readonly id: number }) => windows.windowOf(contents.id) === 'pop';
  // What each pop window was last sent (by webContents id), so an unchanged part is not sent again.
  const lastPop = new Map<number, string>();
  const stopPops = companion.onState((state) => {
    const pops = windows.contents().filter(isPop);
    for (const id of lastPop.keys()) if (!pops.some((contents) => contents.id === id)) lastPop.delete(id);
    if (pops.length === 0) return;
    const popState = popStateOf(state);
    const key = popStateKey(popState);
    for (const contents of pops) {
      if (lastPop.get(contents.id) === key) continue;
      lastPop.set(contents.id, key);
      contents.send(POP_STATE_CHANNEL, popState);
    }
  }, 'at-once');
  const stopOthers = companion.onState((state) => {
    for (const contents of windows.contents()) if (!isPop(contents)) contents.send(STATE_CHANNEL, state);
  }, 'paced');
  return () => {
    stopPops();
    stopOthers();
  };
}
