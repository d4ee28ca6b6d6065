/**
 * Screenshots of the RUNNING app's windows (npm run screenshots:app, after npm run build): the
 * built main process under the Electron stand-in (test/app-shell), connected to a demo server this
 * script drives; the main window, and the pop window with 1, 2 and 3 cards at the bounds main gave
 * it; then the tray menu after those calls were missed (its recorded model, drawn: see
 * test/app-shell/tray-menu-picture.ts). Written to docs/screenshots/app-*.png.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { startDemoServer } from '../src-main/demo-server';
import { popWindowBounds } from '../src-main/electron/pop-placement';
import { defaultSettings } from '../src-main/storage/settings-schema';
import { DEFAULT_DISPLAY, launchApp } from '../test/app-shell/app-process';
import { configureThroughPage, mainWindowOf, popWindowOf, trayMenuWhen } from '../test/app-shell/app-steps';
import { drawTrayMenu } from '../test/app-shell/tray-menu-picture';
import { eventFactory } from '../test/support/events';

const OUT = resolve(import.meta.dirname, '../docs/screenshots');
const TRAY_ICONS = resolve(import.meta.dirname, '../build/tray/icons');
const PASSWORD = 'screenshots-Pa55word-1';
const CALLERS = [
  { name: 'Ada Lovelace', number: '+44 20 7946 0018' },
  { name: 'Okonkwo Chukwuemeka-Adebayo International Freight', number: '+234 1 555 0101' },
  { name: 'Élodie Marchand', number: '+33 1 55 55 01 23' },
];

await mkdir(OUT, { recursive: true });
const server = await startDemoServer({ host: '127.0.0.1', port: 0, username: 'manager', password: PASSWORD });
const app = await launchApp();
try {
  const main = await mainWindowOf(app);
  const before = app.records.length;
  await configureThroughPage(
    app,
    main,
    {
      ...defaultSettings(),
      mode: 'server',
      server: { host: '127.0.0.1', port: server.port, tls: false, trustedCertificateSha256: null },
      managerUser: 'manager',
      isymphonyUser: '4224',
      extensions: ['4224'],
      popStyle: 'window',
      crm: {
        templates: [
          {
            id: 'crm',
            label: 'HubSpot',
            url: 'https://crm.example.com/c?n={number}',
            autoOpen: 'never',
            rules: {},
          },
          {
            id: 'help',
            label: 'Helpdesk',
            url: 'https://help.example.com/n?c={number}',
            autoOpen: 'never',
            rules: {},
          },
        ],
        defaultCountry: 'GB',
      },
    },
    PASSWORD,
  );
  await trayMenuWhen(app, (m) => /: connected/.test(m.tooltip), before);
  const ev = eventFactory({ now: () => Date.now() });
  let pop = 0;
  const ringing: ReturnType<typeof ev.external>[] = [];
  for (const [index, caller] of CALLERS.entries()) {
    const cards = index + 1;
    const segment = ev.external({ name: caller.name, number: caller.number, did: '+44 800 123 456' });
    ringing.push(segment);
    server.emitEvent(ev.dial(segment, ev.phone({ username: '4224', extension: '4224' })));
    if (pop === 0) pop = await popWindowOf(app);
    const bounds = popWindowBounds(DEFAULT_DISPLAY.workArea, cards);
    await app.next(
      (r) =>
        r.kind === 'window-call' &&
        r.window === pop &&
        r.method === 'setBounds' &&
        JSON.stringify(r.args[0]) === JSON.stringify(bounds),
    );
    await app.page(pop, { kind: 'wait-for', selector: `.pop-card h2:has-text("${caller.name}")` });
    const path = resolve(OUT, `app-pop-${cards}.png`);
    await app.page(pop, { kind: 'screenshot', path });
    console.log(`${path} (${bounds.width}×${bounds.height}, as main sized the window)`);
  }
  const path = resolve(OUT, 'app-main.png');
  await app.page(main, { kind: 'screenshot', path });
  console.log(path);

  // Nobody answers: three missed calls, in the tray's recent calls, with the red dot.
  const beforeHangups = app.records.length;
  for (const segment of ringing) server.emitEvent(ev.hangup(segment));
  const tray = await trayMenuWhen(
    app,
    (m) => m.menu.filter((item) => item.submenu !== null && /Élodie|Ada/.test(item.label)).length >= 2,
    beforeHangups,
  );
  const firstCall = tray.menu.find((item) => item.submenu !== null && /Élodie/.test(item.label));
  const trayPath = resolve(OUT, 'app-tray-menu.png');
  const icon =
    tray.image.file === null
      ? undefined
      : `data:image/png;base64,${(await readFile(resolve(TRAY_ICONS, tray.image.file))).toString('base64')}`;
  await drawTrayMenu(trayPath, tray.menu, {
    ...(firstCall ? { opened: firstCall.label } : {}),
    ...(icon ? { icon } : {}),
  });
  console.log(`${trayPath} (the recorded menu model, drawn; the icon is ${tray.image.file ?? 'empty'})`);
  await app.quit();
} finally {
  await app.dispose();
  await server.stop();
}
