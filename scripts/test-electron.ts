/**
 * npm run test:electron: the REAL built app in the real Electron, driven by Playwright's Electron
 * driver: first launch, "Try the demo", the pop window with the demo's own call, "Open CRM" in it
 * reaching shell.openExternal with the template's link, and screenshots of both windows.
 *
 * Where no Electron binary is installed (this repository's build machine cannot download one), it
 * prints one line saying so and exits 0; that is not a pass, and test/electron/real-electron.test.ts
 * reports it as skipped with the reason.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..');
const SHOTS = join(ROOT, 'test-results/electron');
const TEMPLATE = 'https://crm.example.test/contact?phone={number}';

/**
 * The Electron executable the npm package points at, or why there is none. Read the way the
 * package's index.js reads it, but never through it: requiring `electron` without a binary starts
 * a download, and this must work offline.
 */
export function electronBinary(env: NodeJS.ProcessEnv = process.env): { path: string } | { missing: string } {
  const pkg = join(ROOT, 'node_modules/electron');
  const pathFile = join(pkg, 'path.txt');
  const recorded = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : null;
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const path = join(override, recorded ?? 'electron');
    return existsSync(path) ? { path } : { missing: `ELECTRON_OVERRIDE_DIST_PATH holds no ${path}` };
  }
  if (recorded === null)
    return { missing: 'node_modules/electron has no path.txt: its binary download never ran' };
  const path = join(pkg, 'dist', recorded);
  return existsSync(path) ? { path } : { missing: `${path} does not exist` };
}

async function windowWith(app: ElectronApplication, file: string): Promise<Page> {
  for (;;) {
    const found = app.windows().find((page) => page.url().endsWith(file));
    if (found) return found;
    await app.waitForEvent('window');
  }
}

async function run(executablePath: string): Promise<void> {
  const home = await mkdtemp(join(tmpdir(), 'companion-electron-'));
  await mkdir(SHOTS, { recursive: true });
  const app = await electron.launch({
    executablePath,
    args: [join(ROOT, 'out/main/index.js'), `--user-data-dir=${join(home, 'userData')}`],
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config') } as Record<string, string>,
  });
  try {
    // Links are recorded instead of opening a browser on the test machine.
    await app.evaluate(({ shell }) => {
      const opened: string[] = [];
      (globalThis as unknown as { opened: string[] }).opened = opened;
      shell.openExternal = async (url: string) => {
        opened.push(url);
      };
    });
    const main = await windowWith(app, 'index.html');
    await main.getByRole('button', { name: /Try the demo/ }).click();
    await main.evaluate(async (template) => {
      const api = (globalThis as unknown as { companion: Record<string, (r?: unknown) => Promise<unknown>> })
        .companion;
      const state = (await api.getState!()) as { settings: Record<string, unknown> };
      await api.saveSettings!({
        settings: {
          ...state.settings,
          popStyle: 'window',
          crm: {
            defaultCountry: 'GB',
            templates: [{ id: 'crm', label: 'CRM', url: template, autoOpen: 'never', rules: {} }],
          },
        },
      });
    }, TEMPLATE);
    await main.screenshot({ path: join(SHOTS, 'main.png') });
    const pop = await windowWith(app, 'pop.html');
    const card = pop.locator('.pop-card').first();
    await card.waitFor();
    await pop.screenshot({ path: join(SHOTS, 'pop.png') });
    await card.locator('.open-crm').click();
    const opened = await app.evaluate(async () => {
      const list = (globalThis as unknown as { opened: string[] }).opened;
      while (list.length === 0) await new Promise((r) => setTimeout(r, 50));
      return list;
    });
    if (!opened[0]?.startsWith('https://crm.example.test/contact?phone=')) {
      throw new Error(`Open CRM opened ${JSON.stringify(opened)}`);
    }
    console.log(`test:electron: passed (pop shown, Open CRM opened ${opened[0]}; screenshots in ${SHOTS})`);
  } finally {
    await app.close();
    await rm(home, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('test-electron.ts')) {
  const binary = electronBinary();
  if ('missing' in binary) {
    console.log(`test:electron: not run: no Electron binary on this machine (${binary.missing}).`);
  } else {
    // npm test has just built; run on its own, this builds first.
    if (process.env.TEST_ELECTRON_BUILT !== '1')
      execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    await run(binary.path).catch((error: unknown) => {
      console.error(`test:electron: FAILED: ${error instanceof Error ? error.stack : String(error)}`);
      process.exitCode = 1;
    });
  }
}
