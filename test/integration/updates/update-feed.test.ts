/**
 * The update decisions (src-main/updates) through the real adapter (src-main/electron/updater.ts)
 * and electron-updater's real updater, against a release feed on 127.0.0.1 serving latest*.yml as
 * electron-builder writes it. Only the install itself is recorded instead of run.
 */
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src-main/common/log';
import { systemClock } from '../../../src-main/common/clock';
import { createUpdaterPort } from '../../../src-main/electron/updater';
import { UpdateController, type UpdateState } from '../../../src-main/updates/update-controller';
import { english } from '../../../src-main/i18n/english';
import { updateMenuView } from '../../../src-main/updates/update-view';
import { cleanupsAfterEach } from '../../support/cleanup';
import { seededRandom } from '../../support/random';
import { loopbackUpdater, startUpdateFeed, updateInfoYaml, type Release } from '../../support/update-feed';
import { FakeClock } from '../../unit/session/support/fake-clock';

const CURRENT = '0.1.0';
const cleanups = cleanupsAfterEach();

function release(version: string, seed = 7): Release {
  const random = seededRandom(seed);
  const bytes = Buffer.from(Array.from({ length: 64 * 1024 }, () => Math.floor(random() * 256)));
  return { version, fileName: `isymphony-companion_${version}_amd64.deb`, bytes };
}

async function setUp(published: Release, options: { clock?: FakeClock } = {}) {
  const feed = await startUpdateFeed(published);
  cleanups.push(() => feed.close());
  const local = await loopbackUpdater(feed.url, CURRENT);
  cleanups.push(() => local.close());
  const controller = new UpdateController({
    port: createUpdaterPort(local.updater, silentLogger),
    clock: options.clock ?? systemClock,
    timing: { firstCheckAfterMs: 30_000, checkEveryMs: 4 * 60 * 60 * 1000 },
  });
  cleanups.push(() => controller.stop());
  const states: UpdateState['kind'][] = [];
  controller.onChange((state) => states.push(state.kind));
  // The tray's words in English, as the menu says them with the English catalogue.
  const menu = () => {
    const view = updateMenuView(controller.current, CURRENT);
    return {
      status: view.status?.message ?? null,
      label: english(view.label.key, view.label.values),
      enabled: view.enabled,
      action: view.action,
    };
  };
  return { feed, local, controller, states, menu };
}

/** Resolves at the first state of this kind (now or later). */
function reach(controller: UpdateController, kind: UpdateState['kind']): Promise<UpdateState> {
  return new Promise((resolve) => {
    const stop = controller.onChange((state) => {
      if (state.kind !== kind) return;
      queueMicrotask(() => stop());
      resolve(state);
    });
  });
}

describe('checking the release feed', () => {
  it('downloads a newer release in the background and offers "Restart to update"', async () => {
    const { feed, local, controller, states, menu } = await setUp(release('0.2.0'));
    expect(menu()).toMatchObject({ label: 'Check for updates…', enabled: true, action: 'check' });
    await controller.checkNow();
    expect(states).toEqual(['idle', 'checking', 'downloading', 'ready']);
    expect(controller.current).toEqual({ kind: 'ready', version: '0.2.0', installWaiting: false });
    expect(feed.downloads).toBe(1);
    expect(menu()).toEqual({
      status: 'Update 0.2.0 is ready; it installs when you quit',
      label: 'Restart to update',
      enabled: true,
      action: 'install',
    });
    // Installed when the app quits, or now if the user chooses.
    expect(local.updater.autoInstallOnAppQuit).toBe(true);
    expect(local.installs).toEqual([]);
    controller.installNow();
    expect(local.installs).toEqual([{ silent: true, runAfter: true }]);
  });

  it('says the app is up to date when the feed holds this version or an older one', async () => {
    for (const version of [CURRENT, '0.0.9']) {
      const { feed, local, controller, menu } = await setUp(release(version));
      await controller.checkNow();
      expect(controller.current).toMatchObject({ kind: 'up-to-date', latest: version });
      expect(menu()).toEqual({
        status: 'Up to date (version 0.1.0)',
        label: 'Check for updates…',
        enabled: true,
        action: 'check',
      });
      expect(feed.checks).toBe(1);
      expect(feed.downloads).toBe(0);
      expect(local.updater.autoInstallOnAppQuit).toBe(false);
    }
  });

  it('explains a malformed feed in one plain sentence and downloads nothing', async () => {
    const newer = release('0.2.0');
    const broken = [
      'version: [0.2.0\nfiles: {', // not YAML
      updateInfoYaml(newer).replace(/^version: .*$/m, 'version: not-a-version'),
      'releaseDate: 2026-12-02T04:00:00.000Z\n', // no version, no files
    ];
    for (const yaml of broken) {
      const { feed, controller, menu } = await setUp(newer);
      feed.publish(newer, yaml);
      await controller.checkNow();
      expect(controller.current).toMatchObject({ kind: 'failed', problem: { code: 'bad-feed' } });
      expect(menu()).toMatchObject({
        status:
          "Update check failed: The update server's release description is not readable, so nothing was downloaded.",
        label: 'Check for updates…',
        enabled: true,
      });
      expect(feed.checks).toBe(1);
      expect(feed.downloads).toBe(0);
    }
  });

  it('says the server could not be reached when it is down, and checks again when asked', async () => {
    const { feed, controller, menu } = await setUp(release('0.2.0'));
    await feed.close();
    await controller.checkNow();
    expect(controller.current).toMatchObject({ kind: 'failed', problem: { code: 'unreachable' } });
    expect(menu().status).toBe(
      'Update check failed: The update server could not be reached; the app tries again later.',
    );
    expect(menu().action).toBe('check');
  });

  it('throws away a download that does not match the checksum in the feed', async () => {
    const newer = release('0.2.0');
    const { feed, local, controller } = await setUp(newer);
    feed.publish(newer, updateInfoYaml(newer, { sha512Of: Buffer.from('something else') }));
    await controller.checkNow();
    expect(feed.downloads).toBeGreaterThanOrEqual(1);
    expect(controller.current).toMatchObject({ kind: 'failed', problem: { code: 'bad-download' } });
    controller.installNow();
    expect(local.installs).toEqual([]);
  });
});

describe('never during a call', () => {
  it('waits for the call to end before installing when the user chooses to restart', async () => {
    const { local, controller, menu } = await setUp(release('0.2.0'));
    await controller.checkNow();
    controller.setLiveCall(true);
    expect(local.updater.autoInstallOnAppQuit).toBe(false);
    controller.installNow();
    expect(local.installs).toEqual([]);
    expect(menu()).toEqual({
      status: 'Update 0.2.0 installs when the call ends',
      label: 'Restart to update',
      enabled: false,
      action: null,
    });
    controller.setLiveCall(false);
    expect(local.installs).toEqual([{ silent: true, runAfter: true }]);
    expect(local.updater.autoInstallOnAppQuit).toBe(true);
  });

  it('does not install on quit while a call rings, and does again once it is over', async () => {
    const { local, controller } = await setUp(release('0.2.0'));
    controller.setLiveCall(true);
    await controller.checkNow();
    expect(controller.current.kind).toBe('ready');
    expect(local.updater.autoInstallOnAppQuit).toBe(false);
    controller.setLiveCall(false);
    expect(local.updater.autoInstallOnAppQuit).toBe(true);
    // Nobody chose to restart: the call ending installs nothing by itself.
    expect(local.installs).toEqual([]);
  });
});

describe('when it checks', () => {
  it('checks once a while after start, then every few hours, one check at a time', async () => {
    const clock = new FakeClock();
    const { feed, controller } = await setUp(release(CURRENT), { clock });
    controller.start();
    clock.advance(29_999);
    // The first check is still scheduled (so it would have been seen), and nothing asked the feed.
    expect(clock.pending).toBe(2);
    expect(controller.current.kind).toBe('idle');
    expect(feed.checks).toBe(0);

    const first = reach(controller, 'up-to-date');
    clock.advance(1);
    await first;
    expect(feed.checks).toBe(1);

    // A manual check while one is under way does not ask the feed twice.
    clock.advance(4 * 60 * 60 * 1000 - 30_000);
    expect(controller.current).toMatchObject({ kind: 'checking', manual: false });
    const second = reach(controller, 'up-to-date');
    await controller.checkNow();
    await second;
    expect(feed.checks).toBe(2);

    controller.stop();
    expect(clock.pending).toBe(0);
  });
});
