/**
 * The manager password, searched for after a browser end-to-end run and a run of faults: in every
 * file the app wrote (settings, history, and a log file the Companion writes at debug level), in
 * every request, answer and state push that crossed the IPC contract (the backend is wrapped to
 * record them), and in everything printed to stdout and stderr meanwhile. Plain, base64, and as a
 * Basic header: zero occurrences.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { streamLogger } from '../../src-main/common/log';
import { startDemoServer, type DemoServer } from '../../src-main/demo-server';
import type { AppState, RequestChannel } from '../../src-main/ipc/contract';
import { useRendererBrowser } from '../browser/browser-fixture';
import { MemorySecretStore } from '../../src-main/storage/secret-store';
import { FAST_TIMINGS, MANAGER } from '../support/companion-backend';
import { eventFactory } from '../support/events';
import { recordingPorts, serverSettings, startCompanion, tempDir } from '../support/companion-harness';
import type { RendererBackend } from '../support/renderer-harness';
import { eventually } from '../support/eventually';
import { pause } from './support';
import { recordFigures } from '../support/figures';

const browser = useRendererBrowser();
const figures: Record<string, unknown> = {};
afterAll(() => recordFigures('secrets', figures));

const WRONG = 'Wrong-Secret-pw-0a7c1e';

/** Everything in a folder, recursively, as text. */
async function filesUnder(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out.set(path, await readFile(path, 'utf8'));
  }
  return out;
}

/** What stdout and stderr were given while `run` ran (still passed through). */
function captureOutput(): { text(): string; restore(): void } {
  const chunks: string[] = [];
  const originals = [process.stdout.write, process.stderr.write] as const;
  for (const stream of [process.stdout, process.stderr]) {
    const original = stream.write.bind(stream);
    stream.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
      chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return original(chunk, ...rest);
    }) as typeof stream.write;
  }
  return {
    text: () => chunks.join(''),
    restore() {
      process.stdout.write = originals[0];
      process.stderr.write = originals[1];
    },
  };
}

interface Crossing {
  readonly kind: 'request' | 'answer' | 'state';
  readonly channel?: string;
  readonly payload: unknown;
}

function recordingBackend(inner: RendererBackend, crossings: Crossing[]): RendererBackend {
  return {
    async invoke(channel: RequestChannel, request: unknown) {
      crossings.push({ kind: 'request', channel, payload: request });
      const answer = await inner.invoke(channel, request);
      crossings.push({ kind: 'answer', channel, payload: answer });
      return answer;
    },
    onState(listener: (state: AppState) => void) {
      return inner.onState((state) => {
        crossings.push({ kind: 'state', payload: state });
        listener(state);
      });
    },
  };
}

function forms(secret: string): Record<string, string> {
  const basic = Buffer.from(`${MANAGER}:${secret}`).toString('base64');
  return {
    plain: secret,
    base64: Buffer.from(secret).toString('base64'),
    'Basic header': `Basic ${basic}`,
    'header value': basic,
    'URL-encoded': encodeURIComponent(secret),
  };
}

describe('the manager password after a browser run and faults', () => {
  it('appears in no file, no IPC crossing and nothing printed', { timeout: 90_000 }, async () => {
    const output = captureOutput();
    const crossings: Crossing[] = [];
    const right = `secrets-Hardening-pw-${process.pid}`;
    let server: DemoServer = await startDemoServer({ username: MANAGER, password: right });
    const port = server.port;
    const data = await tempDir();
    // The Companion's log goes to a file, every level, as a shell would keep it.
    const logFile = join(data.dir, 'logs', 'companion.log');
    mkdirSync(join(data.dir, 'logs'), { recursive: true });
    const { ports, recorded } = recordingPorts();
    const { companion, latest } = await startCompanion({
      dataDir: data.dir,
      ports,
      logger: streamLogger((line) => appendFileSync(logFile, line), 'debug'),
      secretStore: new MemorySecretStore(),
      pipeline: { sessionTimings: FAST_TIMINGS, restTimeoutMs: 2_000 },
      connectionTestTimeoutMs: 3_000,
      demoTraffic: { users: ['demo'], callsPerMinute: 0.001 },
    });
    const until = (check: (s: AppState) => boolean, what: string) => eventually(() => check(latest()), what);
    const ev = eventFactory({ prefix: 'secrets-', now: () => Date.now() });
    try {
      const saved = await companion.invoke('saveSettings', {
        settings: serverSettings(port, { popStyle: 'both' }),
      });
      expect(saved).toEqual({ ok: true, value: null });
      const real = {
        backend: { invoke: companion.invoke.bind(companion), onState: companion.onState.bind(companion) },
      };
      const backend = recordingBackend(real.backend, crossings);
      const view = await browser.open(backend, { viewport: { width: 960, height: 900 } });
      const page = view.page;
      await page.getByTestId('status-bar').waitFor();

      // Typed into the settings screen: first a wrong password, then the right one.
      await page.getByRole('button', { name: 'Settings', exact: true }).click();
      const field = page.getByLabel('Manager password');
      await field.fill(WRONG);
      await page.getByRole('button', { name: 'Save password' }).click();
      await until((s) => s.connection.code === 'credentials-rejected', 'the wrong password refused');
      await field.fill(right);
      await page.getByRole('button', { name: 'Save password' }).click();
      await until((s) => s.connection.state === 'live', 'live with the right password');
      // "Test connection" from the page with a typed password, as the settings screen sends it.
      const typedTest = await page.evaluate(
        ([settingsFromState, pw]) =>
          (
            globalThis as unknown as { companion: { testConnection(r: unknown): Promise<unknown> } }
          ).companion.testConnection({ settings: settingsFromState, password: pw }),
        [latest().settings, right] as const,
      );
      expect(typedTest).toMatchObject({ ok: true });
      const settings = latest().settings;
      expect(await backend.invoke('testConnection', { settings, password: right })).toMatchObject({
        ok: true,
      });
      expect(await backend.invoke('testConnection', { settings, password: WRONG })).toMatchObject({
        ok: false,
      });

      // Calls through the page: a pop, the CRM opened from it, the history.
      const caller = ev.external({ name: 'Ada', number: '+442079460018' });
      const desk = ev.phone({ username: '4224', extension: '4224' });
      server.emitEvent(ev.dial(caller, desk));
      await until((s) => s.pops.length === 1, 'the pop');
      await backend.invoke('openCrm', { callId: latest().pops[0]!.id });
      server.emitEvent(ev.hangup(caller));
      await until((s) => s.historyVersion === 1, 'the history entry');

      // Faults: restarts on the same port with a call ringing across them, drops, garbage.
      await server.stop();
      for (let i = 0; i < 5; i++) {
        server = await startDemoServer({ username: MANAGER, password: right, port });
        await until((s) => s.connection.state === 'live', `live after restart ${i + 1}`);
        await eventually(() => (server.clients()[0]?.filters.length ?? 0) > 0, 'the filter');
        const caller = ev.external({ name: `Restart ${i}`, number: `+1555000${i}` });
        server.emitEvent(ev.dial(caller, ev.phone({ username: '4224', extension: '4224' })));
        for (let g = 0; g < 50; g++) server.emitRaw('{"type":"dial","time":"never"', { bypassFilters: true });
        if (i === 2) server.dropAll();
        await pause(50);
        await server.stop();
      }
      server = await startDemoServer({ username: MANAGER, password: right, port });
      await until((s) => s.connection.state === 'live' && s.liveCalls.length === 0, 'live and caught up');
      await backend.invoke('getState', null);
      await pause(100);
      await view.close();
      await companion.stop();

      const files = await filesUnder(data.dir);
      const haystacks: Record<string, string> = {
        ...Object.fromEntries(files),
        'IPC crossings': JSON.stringify(crossings),
        'recorded desktop port calls': JSON.stringify(recorded),
        'printed output': output.text(),
      };
      // There was plenty to search: a log file, settings, history, many crossings.
      expect([...files.keys()].some((p) => p.endsWith('settings.json'))).toBe(true);
      expect([...files.keys()].some((p) => p.endsWith('history.jsonl'))).toBe(true);
      expect((files.get(logFile) ?? '').split('\n').length).toBeGreaterThan(20);
      expect(crossings.filter((c) => c.kind === 'state').length).toBeGreaterThan(5);
      expect(crossings.filter((c) => c.kind === 'request' && c.channel === 'setPassword')).toHaveLength(2);
      // (The search itself works: the requests that carried the typed password do hold it.)
      expect(JSON.stringify(crossings).includes(right)).toBe(true);
      let found = 0;
      let searched = 0;
      for (const [where, text] of Object.entries(haystacks)) {
        for (const secret of [right, WRONG]) {
          // The page typed the password into setPassword: that request itself is allowed to carry it.
          const searchable =
            where === 'IPC crossings'
              ? JSON.stringify(
                  crossings.filter(
                    (c) =>
                      !(
                        c.kind === 'request' &&
                        (c.channel === 'setPassword' || c.channel === 'testConnection')
                      ),
                  ),
                )
              : text;
          for (const [form, needle] of Object.entries(forms(secret))) {
            searched++;
            if (searchable.includes(needle)) {
              found++;
              expect.soft(false, `${where} holds the password (${form})`).toBe(true);
            }
          }
        }
      }
      expect(found).toBe(0);
      Object.assign(figures, {
        secretsFound: found,
        searches: searched,
        filesSearched: files.size,
        ipcCrossingsSearched: crossings.length,
        printedBytesSearched: output.text().length,
      });
    } finally {
      output.restore();
      await companion.stop();
      await server.stop();
      await data.remove();
    }
  });
});
