/** The history's keys, apart from its rows' roving focus (roving-keys.ts). */

/** Ctrl+F (⌘F), or "/" outside a text field, goes to the search field; not from inside an open dialog. */
export function goesToSearch(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  const typing = target?.closest('input, textarea, select, [contenteditable="true"]') !== null;
  const find = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'f';
  const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey;
  return (find || slash) && !target?.closest('dialog[open]');
}
