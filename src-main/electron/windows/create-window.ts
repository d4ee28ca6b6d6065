/**
 * Every BrowserWindow is made here, with the same locked-down webPreferences. They are written
 * out inline in the constructor call so that Electronegativity can read them.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

export type WindowConstructor<W> = new (options: BrowserWindowConstructorOptions) => W;

export function createSecureWindow<W>(
  BrowserWindow: WindowConstructor<W>,
  options: Omit<BrowserWindowConstructorOptions, 'webPreferences'>,
  preloadPath: string,
): W {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      // The preload is the app's own bundled, sandboxed script that exposes only the IPC contract.
      // prettier-ignore
      preload: preloadPath, // eng-disable PRELOAD_JS_CHECK: the app's own contract-only preload
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      // A middle click must not be a way around the window-open handler.
      disableBlinkFeatures: 'Auxclick',
    },
  });
}
