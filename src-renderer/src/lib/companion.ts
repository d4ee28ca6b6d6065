import type { CompanionApi } from '../../../src-main/ipc/contract';

declare global {
  interface Window {
    /** Put there by the preload (or by the browser test harness); the renderer's only way to main. */
    readonly companion?: CompanionApi;
  }
}

/** The preload's API. A page opened without it (a plain browser) cannot work, and says so. */
export function companionApi(): CompanionApi {
  const api = window.companion;
  if (!api) throw new Error('This page must be opened by iSymphony Companion (window.companion is missing).');
  return api;
}
