import type { Settings } from '../../../src-main/ipc/contract';

/** Pins the theme on <html> ("system" leaves it to prefers-color-scheme). An attribute, not a style: CSP-safe. */
export function applyTheme(theme: Settings['theme']): void {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}
