/**
 * The Electron entry: one instance, a tray that outlives its windows, and every OS port wired to
 * the Companion. Everything with logic lives in the small modules it composes.
 */
import {
  BrowserWindow,
  Menu,
  Notification,
  Tray,
  app,
  clipboard,
  dialog,
  globalShortcut,
  ipcMain,
  nativeImage,
  net,
  powerMonitor,
  protocol,
  screen,
  session,
  shell,
  type BrowserWindowConstructorOptions,
} from 'electron';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppState } from '../ipc/contract';
import { ENGLISH, type LocaleView } from '../i18n/languages';
import type { CompanionForShell } from '../app/shell-facing';
import { systemClock } from '../common/clock';
import { UpdateController, isLiveCall } from '../updates/update-controller';
import { updateMenuView } from '../updates/update-view';
import { streamLogger } from '../common/log';
import { APP_USER_MODEL_ID } from './app-id';
import { findDialLink } from '../app/shell-dialing';
import { createClipboardWriter } from './clipboard';
import { createDisplayList } from './displays';
import { composeCompanion } from './compose';
import { pushStateToWindows, registerIpcHandlers } from './ipc';
import { HIDDEN_ARG, createLoginItemSetting } from './login-item';
import { createDialConfirm, createDialNotices } from './dial-dialogs';
import { createNotifier } from './notifications';
import { createCallLinkRegistration } from './protocol-client';
import { createPasswordMoveDialog } from './password-move-dialog';
import { createFileChooser } from './file-chooser';
import { createQuietHours } from './quiet-hours';
import { machineDefaultsPath } from '../app/settings-keeper';
import { createPopWindowHost } from './pop-window';
import { watchPowerAndNetwork } from './power';
import { appSchemePrivileges, registerAppProtocol } from './protocol';
import { createQuitSequence } from './quit';
import { rendererSource } from './renderer-origin';
import { createShortcutRegistry } from './shortcuts';
import { createTrayHost } from './tray';
import { statusDotImages, trayIconFolder, trayIconImages } from './tray-icons';
import { electronUpdaterPort } from './updater';
import { createUrlOpener } from './url-opener';
import { createMainWindowZoom } from './zoom-keys';
import { createMainWindowController } from './windows/main-window';
import { createWindowRegistry } from './windows/registry';
import { createSecureWindow } from './windows/create-window';
import { guardSession, guardWebContents } from './windows/security';

const logger = streamLogger((line) => process.stderr.write(line));
const here = dirname(fileURLToPath(import.meta.url));
const rendererRoot = join(here, '../renderer');
const preloadPath = join(here, '../preload/preload.cjs');

// Must happen before `ready`: the scheme's privileges are fixed when Chromium starts.
protocol.registerSchemesAsPrivileged(appSchemePrivileges());
if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);

// A tel:, callto: or sip: link from macOS (the callLinks setting) may come before the app is ready:
// the newest one waits for the Companion.
let linkBeforeStart: string | null = null;
let dialLinkNow: ((link: string) => void) | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('open-url', (event, url) => {
    event.preventDefault();
    if (dialLinkNow) dialLinkNow(url);
    else linkBeforeStart = url;
  });
  // Every webContents, including any this code did not create itself, gets the navigation guards.
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, logger));
  void app.whenReady().then(start, (error: unknown) => {
    logger.log('error', 'Electron failed to start', { error: String(error) });
    app.exit(1);
  });
}

async function start(): Promise<void> {
  const source = rendererSource(process.env, app.isPackaged);
  guardSession(session.defaultSession, source.origins, logger);
  registerAppProtocol(protocol, { root: rendererRoot, readFile: (path) => readFile(path), logger });
  if (process.platform !== 'darwin') Menu.setApplicationMenu(null);

  const windows = createWindowRegistry();
  let quitting = false;
  let latestState: AppState | null = null;
  // The language of main's own dialogs and buttons: the newest state's, so a Settings change applies at once.
  const locale = (): LocaleView => latestState?.locale ?? ENGLISH;
  // Assigned below, before any port can call back (callbacks follow user actions or Companion events).
  let companion: CompanionForShell | null = null;
  const withCompanion = (use: (c: CompanionForShell) => unknown) => {
    if (companion) void use(companion);
  };

  const newWindow = (options: BrowserWindowConstructorOptions) =>
    createSecureWindow(BrowserWindow, options, preloadPath);

  const mainZoom = createMainWindowZoom(process.platform);
  const mainWindow = createMainWindowController({
    createWindow: newWindow,
    url: (route) => source.pageUrl('index', route === 'home' ? undefined : route),
    isQuitting: () => quitting,
    onCreated: (window) => {
      windows.add(window, 'main');
      mainZoom.attach(window.webContents);
    },
  });

  const trayIcons = trayIconFolder({
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    mainDir: here,
  });
  const tray = createTrayHost({
    createTray: (image) => new Tray(image),
    buildMenu: (template) => Menu.buildFromTemplate(template),
    icon: trayIconImages(nativeImage, trayIcons, process.platform),
    statusDot: statusDotImages(nativeImage, trayIcons),
    platform: process.platform,
    actions: {
      openCrm: (callId) => withCompanion((c) => c.openCrm(callId)),
      callBack: (callId) => withCompanion((c) => c.callBack(callId)),
      setDoNotDisturb: (enabled) => withCompanion((c) => c.setDoNotDisturb(enabled)),
      pausePops: (choice) => withCompanion((c) => c.pausePops(choice)),
      resumePops: () => withCompanion((c) => c.resumePops()),
      setStatus: (type) => withCompanion((c) => c.setStatus({ type })),
      openWindow: () => mainWindow.show(),
      openSettings: () => mainWindow.show('settings'),
      setStartAtLogin: (enabled) => withCompanion((c) => c.setStartAtLogin(enabled)),
      quit: () => app.quit(),
    },
  });

  const notifier = createNotifier({
    createNotification: (options) => new Notification(options),
    isSupported: () => Notification.isSupported(),
    platform: process.platform,
    onClick: (callId) => withCompanion((c) => c.openCrm(callId)),
    ownRingSound: () => (latestState?.settings.ringSound ?? 'off') !== 'off',
    // A missed call: the calls view, where its Missed section row has Call back (Windows, Linux).
    onMissedClick: () => mainWindow.show('calls'),
    onMissedCallBack: (callId) => withCompanion((c) => c.callBack(callId)),
    logger,
    locale,
  });

  companion = composeCompanion({
    dataDir: app.getPath('userData'),
    logger,
    platform: process.platform,
    appVersion: app.getVersion(),
    systemLanguages: systemLanguages(),
    ports: {
      tray,
      urlOpener: createUrlOpener(shell, logger),
      clipboard: createClipboardWriter(clipboard, logger),
      notifier,
      missedNotifier: notifier,
      popWindow: createPopWindowHost({
        createWindow: newWindow,
        screen,
        url: source.pageUrl('pop'),
        platform: process.platform,
        displayPreference: () => latestState?.settings.popDisplay ?? 'cursor',
        corner: () => latestState?.settings.popCorner ?? 'bottom-right',
        textSize: () => latestState?.settings.textSize ?? 100,
        onCreated: (window) => windows.add(window, 'pop'),
      }),
      loginItem: createLoginItemSetting({
        platform: process.platform,
        app,
        env: process.env,
        execPath: process.execPath,
        home: app.getPath('home'),
        fs: { mkdir, rm, writeFile: (path, text) => writeFile(path, text, 'utf8') },
      }),
      shortcuts: createShortcutRegistry(globalShortcut, () => withCompanion((c) => c.openShortcutCrm())),
      passwordMove: createPasswordMoveDialog({
        showMessageBox: (options) => dialog.showMessageBox(options),
        locale,
      }),
      dialing: {
        say: createDialNotices({
          createNotification: (options) => new Notification(options),
          isSupported: () => Notification.isSupported(),
          platform: process.platform,
          logger,
        }),
        readClipboard: () => clipboard.readText(),
        confirmDial: createDialConfirm((options) => dialog.showMessageBox(options), locale),
        setCallLinks: createCallLinkRegistration(app, {
          defaultApp: process.defaultApp === true,
          execPath: process.execPath,
          script: process.argv[1] === undefined ? undefined : resolve(process.argv[1]),
        }),
        shortcut: createShortcutRegistry(globalShortcut, () => withCompanion((c) => c.dialClipboard())),
      },
      fileChooser: createFileChooser({
        showOpenDialog: (options) => dialog.showOpenDialog(options),
        showSaveDialog: (options) => dialog.showSaveDialog(options),
      }),
      displays: createDisplayList(screen),
      quietHours: createQuietHours({ platform: process.platform, env: process.env }),
    },
    machineDefaultsPath: machineDefaultsPath(process.platform, process.env),
  });
  const running = companion;

  // Updates: checked after start and every few hours, downloaded in the background, installed on
  // quit or on "Restart to update", never while a call is live (src-main/updates).
  const updates = new UpdateController({
    port: electronUpdaterPort({ isPackaged: app.isPackaged, logger }),
    clock: systemClock,
  });
  updates.onChange((state) => {
    const view = updateMenuView(state, app.getVersion());
    tray.setUpdate({
      view,
      onClick: () => (view.action === 'install' ? updates.installNow() : void updates.checkNow()),
    });
  });

  registerIpcHandlers({ ipcMain, companion: running, windows, origins: source.origins, logger });
  running.onState((state) => {
    latestState = state;
    mainZoom.setTextSize(state.settings.textSize);
    updates.setLiveCall(state.liveCalls.some(isLiveCall));
  });
  pushStateToWindows(running, windows);
  const stopWatching = watchPowerAndNetwork({
    powerMonitor,
    isOnline: () => net.isOnline(),
    clock: systemClock,
    companion: running,
  });

  // A second start hands its arguments over: a call link is dialled (its notice says how), anything
  // else shows the window.
  app.on('second-instance', (_event, argv) => {
    if (findDialLink(argv) !== null) void running.dialLink(argv);
    else mainWindow.show();
  });
  app.on('activate', () => mainWindow.show());
  // Windows only hide; the app lives in the tray until Quit (or Cmd+Q on macOS).
  app.on('window-all-closed', () => {});
  app.on('before-quit', () => {
    quitting = true;
  });
  // Linux and macOS: the system is shutting down; quit properly instead of being killed.
  powerMonitor.on('shutdown', () => app.quit());
  app.on(
    'will-quit',
    createQuitSequence({
      stop: async () => {
        stopWatching();
        updates.stop();
        globalShortcut.unregisterAll();
        await running.stop();
        tray.destroy();
      },
      quit: () => app.quit(),
      clock: systemClock,
      logger,
    }),
  );

  await running.start();
  updates.start();
  dialLinkNow = (link) => void running.dialLink([link]);
  const startLink = findDialLink(process.argv.slice(1)) ?? linkBeforeStart;
  linkBeforeStart = null;
  if (startLink !== null) void running.dialLink([startLink]);
  const openedAtLogin =
    process.argv.includes(HIDDEN_ARG) ||
    (process.platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin);
  // First run (setup) always shows the window; TS cannot see the callback above assigning latestState.
  const state = latestState as AppState | null;
  // Started for a link, the notice says how it went; the window stays in the tray.
  if ((!openedAtLogin && startLink === null) || state?.mode === 'setup') mainWindow.show();
}

/** The OS's preferred languages for Settings → Language "system"; the app's locale when the OS lists none. */
function systemLanguages(): readonly string[] {
  const preferred = app.getPreferredSystemLanguages();
  return preferred.length > 0 ? preferred : [app.getLocale()];
}
