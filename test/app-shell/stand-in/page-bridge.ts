/**
 * What runs in a window's page before its own scripts: the app's BUILT preload bundle, given a
 * `require('electron')` that returns a contextBridge and an ipcRenderer stand-in and nothing else.
 * The ipcRenderer stand-in carries messages to Node through one Playwright binding, which the
 * script takes off the page's globals before the preload runs, so the page sees exactly what the
 * preload exposes (plus the delivery hook main's `webContents.send` needs, see DELIVER).
 *
 * Real Electron runs the preload in an isolated world; here it shares the page's world, so the
 * test checks the exposed surface instead of relying on isolation.
 */

/** The Playwright binding the stand-in ipcRenderer sends through. */
export const TRANSPORT = '__electronStandInTransport';
/** How main's webContents.send reaches the page's ipcRenderer listeners. */
export const DELIVER = '__electronStandInDeliver';

export type TransportMessage =
  | { readonly type: 'invoke'; readonly channel: string; readonly args: unknown[] }
  | { readonly type: 'exposed'; readonly key: string; readonly keys: string[] }
  /** A key the page received, for webContents' before-input-event (Electron's comes before the page's). */
  | { readonly type: 'input'; readonly input: Electron.Input };

/** The init script for one window: the preload's CommonJS source wrapped with its `require`. */
export function preloadInitScript(preloadSource: string): string {
  return `(() => {
  const transport = globalThis[${JSON.stringify(TRANSPORT)}];
  delete globalThis[${JSON.stringify(TRANSPORT)}];
  const listeners = new Map();
  const ipcRenderer = {
    invoke(channel, ...args) {
      return transport({ type: 'invoke', channel: String(channel), args });
    },
    on(channel, listener) {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel).add(listener);
      return ipcRenderer;
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener);
      return ipcRenderer;
    },
  };
  // The last few deliveries' times (main's send, on main's clock; arrival and the listeners done, on
  // the page's), kept on the hook itself for the bench (test/bench/app-dial.ts), never on the page's globals.
  const deliveries = [];
  const deliver = (channel, args, sent) => {
    const arrived = performance.timeOrigin + performance.now();
    const event = { sender: ipcRenderer, senderId: 0, ports: [] };
    try {
      for (const listener of [...(listeners.get(channel) ?? [])]) listener(event, ...args);
    } finally {
      deliveries.push({ channel, sent, arrived, handled: performance.timeOrigin + performance.now() });
      if (deliveries.length > ${DELIVERIES_KEPT}) deliveries.shift();
    }
  };
  deliver.deliveries = deliveries;
  Object.defineProperty(globalThis, ${JSON.stringify(DELIVER)}, { value: Object.freeze(deliver) });
  // Like Electron's contextBridge: the page gets copies; functions are wrappers, never the originals.
  const copy = (value) => {
    if (typeof value === 'function') return (...args) => value(...args);
    if (value === null || typeof value !== 'object') return value;
    const out = {};
    for (const key of Object.keys(value)) out[key] = copy(value[key]);
    return Object.freeze(out);
  };
  const contextBridge = {
    exposeInMainWorld(key, api) {
      Object.defineProperty(globalThis, key, { value: copy(api), enumerable: true });
      void transport({ type: 'exposed', key: String(key), keys: Object.keys(api ?? {}) });
    },
  };
  const require = (name) => {
    if (name === 'electron') return Object.freeze({ contextBridge, ipcRenderer });
    throw new Error('A sandboxed preload can require only electron, not ' + name);
  };
  // Every key, as main's before-input-event sees it. (Electron asks main first and may keep a key
  // from the page; here main hears of it as the page does, which is enough to act on it.)
  for (const type of ['keydown', 'keyup']) {
    globalThis.addEventListener(type, (event) => {
      void transport({ type: 'input', input: {
        type: type === 'keydown' ? 'keyDown' : 'keyUp', key: event.key, code: event.code,
        isAutoRepeat: event.repeat, isComposing: event.isComposing, shift: event.shiftKey,
        control: event.ctrlKey, alt: event.altKey, meta: event.metaKey, location: event.location, modifiers: [],
      } });
    }, true);
  }
  const module = { exports: {} };
  const exports = module.exports;
  void exports;
${preloadSource}
})();`;
}

/** How many deliveries the page remembers (`DeliveryStamp`), newest last. */
export const DELIVERIES_KEPT = 16;

/** One message main sent to a page, as the page saw it (read by the bench, `DELIVERIES_OF`). */
export interface DeliveryStamp {
  readonly channel: string;
  /** main's `webContents.send`, on main's clock. */
  readonly sent: number;
  /** The page had it (the stand-in's ipcRenderer, before any listener), on the page's clock. */
  readonly arrived: number;
  /** Every listener (the preload's, and through it the page's) had returned, on the page's clock. */
  readonly handled: number;
}

/** Evaluated in a page: its remembered deliveries, oldest first. */
export const DELIVERIES_OF = `() => [...(globalThis[${JSON.stringify(DELIVER)}]?.deliveries ?? [])]`;

/** Both clocks the stamps use: wall-clock milliseconds, sub-millisecond (the same in Node and Chromium). */
export const wallClock = (): number => performance.timeOrigin + performance.now();

/**
 * The expression that hands one message to the page (a string, so no bundler helpers leak into
 * it). JSON carries the arguments: AppState is plain data. `sent`: when main sent it.
 */
export function deliverExpression(channel: string, args: readonly unknown[], sent: number): string {
  return `globalThis[${JSON.stringify(DELIVER)}]?.(${JSON.stringify(channel)}, ${JSON.stringify(args)}, ${sent})`;
}

/** A function's source called with one JSON argument, as an expression Playwright evaluates (and awaits). */
export function callExpression(source: string, arg: unknown): string {
  return `(${source})(${arg === undefined ? '' : JSON.stringify(arg)})`;
}
