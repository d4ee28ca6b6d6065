/**
 * The keys of a list whose rows are one Tab stop with roving focus (the history, the Missed
 * section): the arrows, Page Up/Down, Home and End move between rows; Enter, Space, the
 * context-menu key or Shift+F10 open the row's action menu. Only keys pressed on a row itself
 * count: those typed in a control inside it (its open menu) are that control's.
 */

/** A key as the list hears it (a KeyboardEvent): which key, and on what. */
export interface RowKey {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly target: EventTarget | null;
}

/** Where the focused row is: its place, how many rows there are, and how many rows a page moves. */
export interface RowPlace {
  readonly index: number;
  readonly rows: number;
  readonly page: number;
}

/** The row a key moves the focus to (kept within the list), or null when the key is not a move. */
export function rovingTarget(
  event: RowKey,
  row: EventTarget,
  { index, rows, page }: RowPlace,
): number | null {
  if (event.target !== row || rows === 0) return null;
  const to: Partial<Record<string, number>> = {
    ArrowDown: index + 1,
    ArrowUp: index - 1,
    PageDown: index + page,
    PageUp: index - page,
    Home: 0,
    End: rows - 1,
  };
  const next = to[event.key];
  return next === undefined ? null : Math.max(0, Math.min(rows - 1, next));
}

/** Enter, Space, the context-menu key or Shift+F10 on a row (not on a control in it) opens its actions. */
export function opensRowMenu(event: RowKey, row: EventTarget): boolean {
  const opens =
    event.key === 'Enter' ||
    event.key === ' ' ||
    event.key === 'ContextMenu' ||
    (event.shiftKey && event.key === 'F10');
  return opens && event.target === row;
}

/** A row, as far as opening its menu goes (structural, so this module needs no DOM types to be tested). */
export interface MenuRow extends EventTarget {
  querySelector(selectors: string): { click(): void } | null;
}

/** Opens the row's action menu (its one menu button) when the key asks for it; says whether it did. */
export function openRowMenu(event: RowKey & { preventDefault(): void }, row: MenuRow): boolean {
  if (!opensRowMenu(event, row)) return false;
  event.preventDefault();
  row.querySelector('[aria-haspopup="menu"]')?.click();
  return true;
}
