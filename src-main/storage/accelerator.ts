/**
 * Which texts Electron's globalShortcut accepts as an accelerator ("CommandOrControl+Shift+K"),
 * checked here so settings validation refuses what registration would fail on.
 */
const MODIFIERS = new Set([
  'command',
  'cmd',
  'control',
  'ctrl',
  'commandorcontrol',
  'cmdorctrl',
  'alt',
  'option',
  'altgr',
  'shift',
  'super',
  'meta',
]);
const NAMED_KEYS = new Set([
  'plus',
  'space',
  'tab',
  'capslock',
  'numlock',
  'scrolllock',
  'backspace',
  'delete',
  'insert',
  'return',
  'enter',
  'up',
  'down',
  'left',
  'right',
  'home',
  'end',
  'pageup',
  'pagedown',
  'escape',
  'esc',
  'printscreen',
  'volumeup',
  'volumedown',
  'volumemute',
  'medianexttrack',
  'mediaprevioustrack',
  'mediastop',
  'mediaplaypause',
  'numdec',
  'numadd',
  'numsub',
  'nummult',
  'numdiv',
]);

/** An Electron accelerator with at least one modifier: a global shortcut must not swallow a plain key. */
export function isGlobalAccelerator(text: string): boolean {
  if (text.length === 0 || text.length > 100) return false;
  const parts = text.split('+');
  // "Shift++" means Shift and the plus key: split leaves two empty parts at the end.
  if (parts.length >= 3 && parts.at(-1) === '' && parts.at(-2) === '') parts.splice(-2, 2, 'plus');
  const key = parts.pop();
  if (key === undefined || parts.length === 0) return false;
  const seen = new Set<string>();
  for (const modifier of parts) {
    const lower = modifier.toLowerCase();
    if (!MODIFIERS.has(lower) || seen.has(lower)) return false;
    seen.add(lower);
  }
  const k = key.toLowerCase();
  return (
    /^[a-z0-9]$/.test(k) ||
    /^f(?:[1-9]|1[0-9]|2[0-4])$/.test(k) ||
    /^num[0-9]$/.test(k) ||
    /^[)!@#$%^&*(:;<=>?_~{}|"',./`[\]\\-]$/.test(k) ||
    NAMED_KEYS.has(k)
  );
}
