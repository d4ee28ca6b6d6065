/**
 * A private, throw-away keychain for tests: a D-Bus session bus of our own (no service activation,
 * so nothing starts behind our back) and, if asked, an unlocked gnome-keyring on it, with every
 * XDG and HOME path in a temporary folder. Keychain code runs in child processes whose environment
 * points at that bus, so the test worker's own environment is never changed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { constants } from 'node:fs';
import { access, chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export const KEYRING_TOOLS = ['dbus-daemon', 'dbus-send', 'gnome-keyring-daemon'] as const;

/** The tools of KEYRING_TOOLS that are not on PATH. */
export async function missingKeyringTools(): Promise<string[]> {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter((d) => d !== '');
  const missing: string[] = [];
  for (const tool of KEYRING_TOOLS) {
    let found = false;
    for (const dir of dirs) {
      try {
        await access(join(dir, tool), constants.X_OK);
        found = true;
        break;
      } catch {
        // not in this folder
      }
    }
    if (!found) missing.push(tool);
  }
  return missing;
}

export interface PrivateSession {
  /** The whole environment for a child process that should use this bus (and keyring). */
  readonly env: Readonly<Record<string, string>>;
  readonly dir: string;
  readonly pids: readonly number[];
  /** Kills the daemons and removes the folder. Safe to call twice. */
  stop(): Promise<void>;
}

export interface SessionOptions {
  /** Start an unlocked gnome-keyring with a Secret Service; without it the bus has none. */
  readonly keyring: boolean;
  /** How long to wait for each daemon. */
  readonly timeoutMs?: number;
}

function busConfig(dir: string, serviceDir: string): string {
  return `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=${dir}</listen>
  <auth>EXTERNAL</auth>
  <servicedir>${serviceDir}</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
`;
}

function firstLine(child: ChildProcess, what: string, timeoutMs: number): Promise<string> {
  return new Promise((done, fail) => {
    let out = '';
    let errText = '';
    const timer = setTimeout(
      () => fail(new Error(`${what} did not start within ${timeoutMs} ms: ${errText}`)),
      timeoutMs,
    );
    child.stdout?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: Buffer) => (errText += chunk.toString()));
    child.stdout?.on('data', (chunk: string) => {
      out += chunk;
      const newline = out.indexOf('\n');
      if (newline >= 0) {
        clearTimeout(timer);
        done(out.slice(0, newline).trim());
      }
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      fail(error);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`${what} exited (${code}) before it was ready: ${errText}`));
    });
  });
}

export interface ChildResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command to its end with the given environment. */
export function runCommand(
  command: string,
  args: readonly string[],
  env: Readonly<Record<string, string>>,
  options: { cwd?: string; timeoutMs?: number; input?: string } = {},
): Promise<ChildResult> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      env,
      cwd: options.cwd,
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    if (options.input !== undefined) child.stdin?.end(options.input);
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 30_000);
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', (error) => {
      clearTimeout(timer);
      fail(error);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

async function waitForName(
  env: Readonly<Record<string, string>>,
  name: string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const reply = await runCommand(
      'dbus-send',
      [
        '--session',
        '--print-reply',
        '--dest=org.freedesktop.DBus',
        '/org/freedesktop/DBus',
        'org.freedesktop.DBus.NameHasOwner',
        `string:${name}`,
      ],
      env,
      { timeoutMs: 5_000 },
    );
    if (reply.code === 0 && /boolean true/.test(reply.stdout)) return;
    if (Date.now() > deadline)
      throw new Error(`${name} did not appear on the private bus within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 2_000);
  await exited;
  clearTimeout(timer);
}

export async function startPrivateSession(options: SessionOptions): Promise<PrivateSession> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const dir = await mkdtemp(join(tmpdir(), 'keyring-'));
  const paths = {
    runtime: join(dir, 'run'),
    data: join(dir, 'data'),
    config: join(dir, 'config'),
    cache: join(dir, 'cache'),
    home: join(dir, 'home'),
    services: join(dir, 'services'),
  };
  for (const path of Object.values(paths)) await mkdir(path, { recursive: true });
  await chmod(paths.runtime, 0o700);
  await writeFile(join(dir, 'bus.conf'), busConfig(dir, paths.services));

  const children: ChildProcess[] = [];
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    // The keyring first: it would otherwise notice the bus going away and complain.
    for (const child of [...children].reverse()) await stopProcess(child);
    await rm(dir, { recursive: true, force: true });
  };

  try {
    const bus = spawn(
      'dbus-daemon',
      ['--config-file', join(dir, 'bus.conf'), '--nofork', '--print-address=1'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    children.push(bus);
    const address = await firstLine(bus, 'dbus-daemon', timeoutMs);
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: paths.home,
      XDG_RUNTIME_DIR: paths.runtime,
      XDG_DATA_HOME: paths.data,
      XDG_CONFIG_HOME: paths.config,
      XDG_CACHE_HOME: paths.cache,
      DBUS_SESSION_BUS_ADDRESS: address,
      // No DISPLAY: libsecret must not try to autolaunch a bus of its own.
      LANG: 'C.UTF-8',
    };

    if (options.keyring) {
      const keyring = spawn('gnome-keyring-daemon', ['--foreground', '--unlock', '--components=secrets'], {
        env,
        stdio: ['pipe', 'ignore', 'pipe'],
      });
      children.push(keyring);
      // --unlock reads the login keyring's password from stdin (and creates that keyring the first time).
      keyring.stdin?.end('test-keyring-pw');
      await Promise.race([
        waitForName(env, 'org.freedesktop.secrets', timeoutMs),
        new Promise<never>((_, fail) =>
          keyring.once('exit', (code) => fail(new Error(`gnome-keyring-daemon exited (${code}) at start`))),
        ),
      ]);
    }

    return {
      env,
      dir,
      pids: children.map((c) => c.pid).filter((pid): pid is number => pid !== undefined),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
