import type { Locator, Page } from 'playwright-core';

/**
 * A history row's action, as a user takes it: the row's one menu ("Actions for <caller>"), then the
 * item. `scope` is the list (or section) that holds the row.
 */
export async function chooseRowAction(scope: Locator | Page, caller: string, action: string): Promise<void> {
  await scope.getByRole('button', { name: `Actions for ${caller}`, exact: true }).click();
  await scope.getByRole('menuitem', { name: action, exact: true }).click();
}
