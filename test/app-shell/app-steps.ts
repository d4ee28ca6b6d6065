/** Steps the app-shell tests share: finding the app's windows, configuring it through its own page. */
import type { Settings } from '../../src-main/storage/settings-schema';
import type { AppProcess, Recorded } from './app-process';

export function byKind<K extends Recorded['kind']>(kind: K) {
  return (record: Recorded): record is Extract<Recorded, { kind: K }> => record.kind === kind;
}

type Created = Extract<Recorded, { kind: 'window-created' }>;

/** The main window (960 px wide, created first); resolves once its page has loaded. */
export async function mainWindowOf(app: AppProcess): Promise<number> {
  const created = await app.next((r): r is Created => r.kind === 'window-created' && r.options.width === 960);
  await app.next((r) => r.kind === 'page-loaded' && r.window === created.window);
  return created.window;
}

/** The pop window (the one always on top); resolves once its page has loaded. */
export async function popWindowOf(app: AppProcess): Promise<number> {
  const created = await app.next(
    (r): r is Created => r.kind === 'window-created' && r.options.alwaysOnTop === true,
  );
  await app.next((r) => r.kind === 'page-loaded' && r.window === created.window);
  return created.window;
}

/** Saves settings and the password through the main window's page (the preload and IPC checks). */
export async function configureThroughPage(
  app: AppProcess,
  window: number,
  settings: Settings,
  password: string,
): Promise<void> {
  const answers = await app.evaluate<[{ ok: boolean; error?: unknown }, { ok: boolean; error?: unknown }]>(
    window,
    `async ([settings, password]) => [
      await window.companion.saveSettings({ settings }),
      await window.companion.setPassword({ password, memoryOnly: true }),
    ]`,
    [settings, password],
  );
  for (const answer of answers)
    if (!answer.ok) throw new Error(`The app refused: ${JSON.stringify(answer.error)}`);
}

/** The tray menu as it is once `test` holds for it. */
export function trayMenuWhen(
  app: AppProcess,
  test: (menu: Extract<Recorded, { kind: 'tray-menu' }>) => boolean,
  after = 0,
): Promise<Extract<Recorded, { kind: 'tray-menu' }>> {
  return app.next(
    (r): r is Extract<Recorded, { kind: 'tray-menu' }> => r.kind === 'tray-menu' && test(r),
    after,
  );
}
