/**
 * A release feed on 127.0.0.1 as electron-builder publishes it (latest*.yml written with
 * electron-builder's own YAML serialiser, plus the installer file), and electron-updater's real
 * updater pointed at it from plain Node: the Linux .deb updater, with an app adapter for a temp
 * folder and a loopback HTTP executor in place of Electron's `net`. Its install is recorded, never run.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import {
  createServer,
  request,
  type ClientRequest,
  type IncomingMessage,
  type RequestOptions,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeToYaml } from 'builder-util';
import {
  CancellationToken,
  HttpExecutor,
  configureRequestOptions,
  configureRequestUrl,
  type DownloadOptions,
} from 'builder-util-runtime';
import { DebUpdater } from 'electron-updater';
import type { AppAdapter } from 'electron-updater/out/AppAdapter';

/** The channel files electron-updater asks for: Windows, macOS, Linux. */
const CHANNEL_FILES = ['/latest.yml', '/latest-mac.yml', '/latest-linux.yml'];

export interface Release {
  readonly version: string;
  readonly fileName: string;
  readonly bytes: Buffer;
}

/** The update info electron-builder writes for one release (its createUpdateInfo, plus the file size). */
export function updateInfoYaml(release: Release, options: { sha512Of?: Buffer } = {}): string {
  const sha512 = createHash('sha512')
    .update(options.sha512Of ?? release.bytes)
    .digest('base64');
  return serializeToYaml(
    {
      version: release.version,
      files: [{ url: release.fileName, sha512, size: release.bytes.length }],
      path: release.fileName,
      sha512,
      releaseDate: '2026-12-02T04:00:00.000Z',
    },
    false,
    true,
  );
}

export interface UpdateFeed {
  /** e.g. "http://127.0.0.1:41234/" */
  readonly url: string;
  /** Requests for a channel file so far. */
  readonly checks: number;
  /** Requests for the installer file so far. */
  readonly downloads: number;
  /** Serves this release from now on (its channel file from `yaml`, when given, as is). */
  publish(release: Release, yaml?: string): void;
  close(): Promise<void>;
}

export async function startUpdateFeed(first: Release): Promise<UpdateFeed> {
  let release = first;
  let yaml = updateInfoYaml(first);
  let checks = 0;
  let downloads = 0;
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (CHANNEL_FILES.includes(path)) {
      checks++;
      res.writeHead(200, { 'content-type': 'text/yaml' }).end(yaml);
    } else if (path === `/${release.fileName}`) {
      downloads++;
      res.writeHead(200, { 'content-length': release.bytes.length }).end(release.bytes);
    } else {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    get checks() {
      return checks;
    },
    get downloads() {
      return downloads;
    },
    publish(next, text) {
      release = next;
      yaml = text ?? updateInfoYaml(next);
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Electron's `net` replaced by Node's http, loopback only. */
class LoopbackHttpExecutor extends HttpExecutor<ClientRequest> {
  createRequest(options: RequestOptions, callback: (response: IncomingMessage) => void): ClientRequest {
    if (options.hostname !== '127.0.0.1') throw new Error(`refusing to contact ${String(options.hostname)}`);
    return request(options, callback);
  }

  download(url: URL, destination: string, options: DownloadOptions): Promise<string> {
    const cancellation = options.cancellationToken ?? new CancellationToken();
    return cancellation.createPromise<string>((resolve, reject, onCancel) => {
      const requestOptions: RequestOptions = { headers: options.headers ?? undefined };
      configureRequestUrl(url, requestOptions);
      configureRequestOptions(requestOptions);
      this.doDownload(
        requestOptions,
        {
          destination,
          options,
          onCancel,
          callback: (error) => (error ? reject(error) : resolve(destination)),
          responseHandler: null,
        },
        0,
      );
    });
  }
}

export interface RecordedInstall {
  readonly silent: boolean | undefined;
  readonly runAfter: boolean | undefined;
}

/** electron-updater's .deb updater with a recorded install (the real one would run dpkg). */
class RecordingDebUpdater extends DebUpdater {
  readonly installs: RecordedInstall[] = [];

  constructor(app: AppAdapter) {
    super(null, app);
    // With an app adapter given, electron-updater leaves the executor to the caller.
    (this as unknown as { httpExecutor: HttpExecutor<ClientRequest> }).httpExecutor =
      new LoopbackHttpExecutor();
  }

  override quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void {
    this.installs.push({ silent: isSilent, runAfter: isForceRunAfter });
  }
}

export interface LoopbackUpdater {
  readonly updater: RecordingDebUpdater;
  readonly installs: readonly RecordedInstall[];
  close(): Promise<void>;
}

/**
 * electron-updater as an installed app of `currentVersion` sees it: app-update.yml (what
 * electron-builder puts in the app's resources) names the feed, here a generic one on loopback.
 */
export async function loopbackUpdater(feedUrl: string, currentVersion: string): Promise<LoopbackUpdater> {
  const dir = await mkdtemp(join(tmpdir(), 'updater-'));
  const configPath = join(dir, 'app-update.yml');
  await writeFile(
    configPath,
    serializeToYaml({
      provider: 'generic',
      url: feedUrl,
      updaterCacheDirName: 'isymphony-companion-updater',
    }),
  );
  await mkdir(join(dir, 'cache'), { recursive: true });
  const app: AppAdapter = {
    version: currentVersion,
    name: 'iSymphony Companion',
    isPackaged: true,
    appUpdateConfigPath: configPath,
    userDataPath: join(dir, 'user-data'),
    baseCachePath: join(dir, 'cache'),
    whenReady: () => Promise.resolve(),
    relaunch: () => {},
    quit: () => {},
    onQuit: () => {},
  };
  const updater = new RecordingDebUpdater(app);
  return {
    updater,
    installs: updater.installs,
    close: () => rm(dir, { recursive: true, force: true }),
  };
}
