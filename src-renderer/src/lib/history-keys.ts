/** The history's keys, apart from the list's own roving focus (VirtualList). */

/** Enter, Space, the context-menu key or Shift+F10 on a row (not on a control in it) opens its actions. */
export function opensRowMenu(event: KeyboardEvent, row: HTMLElement): boolean {
  const opens =
    event.key === 'Enter' ||
    event.key === ' ' ||
    event.key === 'ContextMenu' ||
    (event.shiftKey && event.key === 'F10');
  return opens && event.target === row;
}

/** Ctrl+F (⌘F), or "/" outside a text field, goes to the search field; not from inside an open dialog. */
export function goesToSearch(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  const typing = target?.closest('input, textarea, select, [contenteditable="true"]') !== null;
  const find = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'f';
  const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey;
  return (find || slash) && !target?.closest('dialog[open]');
}
