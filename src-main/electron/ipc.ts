/**
 * IPC wiring: one handler per contract channel, each dropping requests from anyone but the main
 * frame of a window main created showing the app's own origin, and refusing (with an answer, and
 * a log line) a request the sending window may not send by its list in the request table; and
 * state pushes to every app window.
 */
import type { IpcMain } from 'electron';
import type { Logger } from '../common/log';
import {
  REQUEST_CHANNELS,
  STATE_CHANNEL,
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

/** Pushes every state the Companion publishes to each live app window; returns the unsubscribe. */
export function pushStateToWindows(
  companion: Pick<CompanionForShell, 'onState'>,
  windows: Pick<WindowRegistry, 'contents'>,
): () => void {
  return companion.onState((state) => {
    for (const contents of windows.contents()) contents.send(STATE_CHANNEL, state);
  });
}
