/**
 * Runs the BUILT main process (out/main/index.js) in a child Node process with `electron`
 * resolved to the stand-in, and gives the test its records and its hands (see stand-in/driver.ts).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { access, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_ARGS } from '../support/renderer-harness';
import {
  CONFIG_VARIABLE,
  type ChildMessage,
  type Command,
  type PageAction,
  type Recorded,
  type StandInConfig,
  type StandInDisplay,
  type WindowView,
} from './stand-in/config';

export const ROOT = resolve(import.meta.dirname, '../..');
export const MAIN_ENTRY = join(ROOT, 'out/main/index.js');
const REGISTER = join(ROOT, 'test/app-shell/stand-in/register.ts');

/** A 1920×1080 screen with a 40 px taskbar at the bottom. */
export const DEFAULT_DISPLAY: StandInDisplay = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
  scaleFactor: 1,
};

export interface LaunchOptions {
  /** Reuse a data folder (a second instance, a second start); default a fresh one. */
  readonly userData?: string;
  readonly args?: readonly string[];
  readonly displays?: readonly StandInDisplay[];
  readonly env?: Readonly<Record<string, string>>;
  /** Another script to run instead of out/main/index.js (the start-up bench's floor). */
  readonly entry?: string;
}

type Matcher<R extends Recorded> = (record: Recorded) => record is R;

export class AppProcess {
  readonly records: Recorded[] = [];
  readonly stderr: string[] = [];
  readonly exited: Promise<number | null>;
  #waiters: { test: (record: Recorded) => boolean; resolve: (record: Recorded) => void }[] = [];
  #replies = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  #nextId = 1;
  #exitCode: number | null | undefined = undefined;

  constructor(
    readonly child: ChildProcess,
    readonly userData: string,
    private readonly ownsUserData: boolean,
  ) {
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => this.stderr.push(chunk));
    child.on('message', (message: ChildMessage) => {
      if ('record' in message) {
        this.records.push(message.record);
        for (const waiter of [...this.#waiters]) {
          if (waiter.test(message.record)) {
            this.#waiters.splice(this.#waiters.indexOf(waiter), 1);
            waiter.resolve(message.record);
          }
        }
        return;
      }
      const pending = this.#replies.get(message.reply);
      this.#replies.delete(message.reply);
      if (message.ok) pending?.resolve(message.value);
      else pending?.reject(new Error(message.error));
    });
    this.exited = new Promise((done) =>
      child.once('exit', (code) => {
        this.#exitCode = code;
        for (const pending of this.#replies.values()) pending.reject(new Error(this.#diedMessage()));
        this.#replies.clear();
        done(code);
      }),
    );
  }

  #diedMessage(): string {
    return `The app exited (code ${String(this.#exitCode)}). Its stderr:\n${this.stderr.join('').slice(-4000)}`;
  }

  /** The first record (already seen or still to come) that matches. */
  next<R extends Recorded>(test: Matcher<R> | ((record: Recorded) => boolean), after = 0): Promise<R> {
    const seen = this.records.slice(after).find(test);
    if (seen) return Promise.resolve(seen as R);
    return new Promise<R>((resolve, reject) => {
      this.#waiters.push({ test, resolve: (record) => resolve(record as R) });
      void this.exited.then(() => reject(new Error(this.#diedMessage())));
    });
  }

  /** Every record of a kind so far. */
  all<K extends Recorded['kind']>(kind: K): Extract<Recorded, { kind: K }>[] {
    return this.records.filter((r): r is Extract<Recorded, { kind: K }> => r.kind === kind);
  }

  send(command: Command): Promise<unknown> {
    if (this.#exitCode !== undefined || !this.child.connected)
      return Promise.reject(new Error(this.#diedMessage()));
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#replies.set(id, { resolve, reject });
      this.child.send({ id, command });
    });
  }

  async windows(): Promise<WindowView[]> {
    return (await this.send({ op: 'windows' })) as WindowView[];
  }

  async window(id: number): Promise<WindowView> {
    const found = (await this.windows()).find((w) => w.id === id);
    if (!found) throw new Error(`No window ${id}.`);
    return found;
  }

  page(window: number, action: PageAction): Promise<unknown> {
    return this.send({ op: 'page', window, action });
  }

  /** Evaluates a function's source in a window's page (a string: nothing from Node leaks in). */
  evaluate<T>(window: number, source: string, arg?: unknown): Promise<T> {
    return this.page(window, { kind: 'evaluate', source, arg }) as Promise<T>;
  }

  /** The tray's menu as last set. */
  trayMenu(): Extract<Recorded, { kind: 'tray-menu' }> | undefined {
    return this.all('tray-menu').at(-1);
  }

  clickTray(...path: string[]): Promise<unknown> {
    return this.send({ op: 'click-tray-item', path });
  }

  /** Quits like the tray's Quit and waits for the process to end; resolves with the quit record. */
  async quit(): Promise<{ handles: readonly string[]; exitCode: number | null }> {
    const quitRecord = this.next((r): r is Extract<Recorded, { kind: 'quit' }> => r.kind === 'quit');
    await this.send({ op: 'quit' });
    const { handles } = await quitRecord;
    return { handles, exitCode: await this.exited };
  }

  /** Test clean-up: quit if still running, kill if that does not work, remove the data folder. */
  async dispose(): Promise<void> {
    if (this.#exitCode === undefined) {
      if (this.child.connected) this.child.disconnect();
      const timer = setTimeout(() => this.child.kill('SIGKILL'), 15_000);
      await this.exited;
      clearTimeout(timer);
    }
    if (this.ownsUserData) await rm(this.userData, { recursive: true, force: true });
  }
}

export async function launchApp(options: LaunchOptions = {}): Promise<AppProcess> {
  // The suite runs what `npm run build` made (npm test and npm run test:app build first).
  await access(MAIN_ENTRY).catch(() => {
    throw new Error(`${MAIN_ENTRY} is missing: run npm run build first.`);
  });
  const userData = options.userData ?? (await mkdtemp(join(tmpdir(), 'companion-app-')));
  const packageJson = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const config: StandInConfig = {
    userData,
    home: join(userData, 'home'),
    chromium: '/usr/bin/chromium',
    chromiumArgs: CHROMIUM_ARGS,
    displays: options.displays ?? [DEFAULT_DISPLAY],
    cursor: { x: 400, y: 300 },
    version: packageJson.version,
  };
  const child = fork(options.entry ?? MAIN_ENTRY, [...(options.args ?? [])], {
    cwd: ROOT,
    execArgv: ['--import', 'tsx', '--import', REGISTER],
    env: {
      ...process.env,
      // No keychain unless a test brings one: the app must cope (demo mode needs none).
      DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent',
      ...options.env,
      [CONFIG_VARIABLE]: JSON.stringify(config),
    },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  return new AppProcess(child, userData, options.userData === undefined);
}

export type { Recorded, WindowView };
