/**
 * Every channel refuses malformed payloads with an answer, never a throw: wrong types, unknown keys
 * (a smuggled `url`, a `password` beside settings), unbounded strings, throwing getters.
 */
import { describe, expect, it } from 'vitest';
import { ok } from '../../../src-main/common/result';
import { createCompanion } from '../../../src-main/app/create-companion';
import type { DesktopPorts } from '../../../src-main/app/ports';
import { REQUEST_CHANNELS, type RequestChannel } from '../../../src-main/ipc/contract';
import { MemorySecretStore } from '../../../src-main/storage/secret-store';
import { defaultSettings } from '../../../src-main/storage/settings-schema';

const calls: string[] = [];
const ports: DesktopPorts = {
  urlOpener: { open: async (url) => (calls.push(`open ${url}`), ok(null)) },
  clipboard: { writeText: (text) => void calls.push(`copy ${text}`) },
  notifier: { show: () => void calls.push('show'), close: () => void calls.push('close') },
  popWindow: { update: () => void calls.push('pop window') },
  tray: { update: () => {} },
  loginItem: { set: async () => ok(null) },
  shortcuts: { register: () => ok(null) },
};

// Never started: validation comes before any work, so nothing here touches a disk or a socket.
const companion = createCompanion({
  dataDir: '/nonexistent/companion-ipc-test',
  ports,
  secretStore: new MemorySecretStore(),
});

const throwing = new Proxy(
  {},
  {
    get() {
      throw new Error('boom');
    },
    ownKeys() {
      throw new Error('boom');
    },
  },
);
const COMMON_BAD: readonly unknown[] = [42, 'text', true, [], [1], { unexpected: 1 }, throwing];

const BAD: { readonly [C in RequestChannel]: readonly unknown[] } = {
  getState: [],
  chooseMode: [{}, { mode: 'setup' }, { mode: 'demo', extra: true }, { mode: 1 }],
  saveSettings: [{}, { settings: {} }, { settings: defaultSettings(), password: 'x' }, { settings: null }],
  setPassword: [{}, { password: '' }, { password: 'x'.repeat(1025) }, { password: 'x', memoryOnly: 'yes' }],
  setCrmToken: [
    {},
    { token: 7 },
    { token: 'x'.repeat(8193) },
    { token: 'x', origin: 'https://evil.example' },
  ],
  testCrmLookup: [
    {},
    { settings: defaultSettings() },
    { settings: defaultSettings(), number: 442079460018 },
    { settings: defaultSettings(), number: '1'.repeat(65) },
    { settings: defaultSettings(), number: 'call me' },
    { settings: defaultSettings(), number: '020\n7946' },
    { settings: defaultSettings(), number: ' + ( ) ' },
    { settings: defaultSettings(), number: '+442079460018', url: 'https://evil.example/' },
    // A valid number, but no lookup set up in the settings sent: said so, nothing asked.
    { settings: defaultSettings(), number: '+442079460018' },
  ],
  testConnection: [{}, { settings: defaultSettings(), password: '' }, { settings: 'x' }],
  retryNow: [],
  copyDiagnostics: [],
  // A window never names the file: main's own dialogs choose it.
  exportSettings: [{ path: '/tmp/settings.json' }],
  importSettings: [{ path: '/etc/passwd' }, { text: '{}' }],
  startDetection: [],
  finishDetection: [],
  cancelDetection: [],
  applyDetectedProfile: [],
  openCrm: [
    {},
    { callId: '' },
    { callId: 'x'.repeat(129) },
    { callId: 'call-1', url: 'https://evil.example/' },
    { callId: 'call-1', templateId: 'bad id!' },
  ],
  copyNumber: [{}, { callId: 7 }],
  callBack: [{}, { callId: 7 }, { callId: 'c', number: '+442079460018' }, { number: '+442079460018' }],
  dismissPop: [{}, { callId: null }],
  dismissAllPops: [],
  setDoNotDisturb: [{}, { enabled: 'true' }],
  pausePops: [{}, { for: '2h' }, { for: 15 }, { for: '15m', until: 1 }],
  resumePops: [],
  startDemo: [],
  stopDemo: [],
  queryHistory: [
    {},
    { offset: -1, limit: 10 },
    { offset: 0, limit: 0 },
    { offset: 0, limit: 501 },
    { offset: 0.5, limit: 10 },
    { offset: 0, limit: 10, search: 'x'.repeat(101) },
    { offset: 0, limit: 10, missedOnly: 1 },
  ],
  clearHistory: [],
  markMissedSeen: [
    {},
    { throughCallId: '' },
    { throughCallId: 7 },
    { throughCallId: 'x'.repeat(129) },
    { throughCallId: 'c', seenThrough: 123 },
  ],
  previewCrmLink: [{}, { url: 7 }, { url: 'x'.repeat(2049) }],
  setStatus: [
    {},
    { type: 'busy' },
    { type: 'away', name: 7 },
    { type: 'away', name: 'x'.repeat(129) },
    { type: 'away', note: 'x'.repeat(513) },
    { type: 'away', returnTime: -5 },
    { type: 'away', returnTime: 1.5 },
    { type: 'away', returnTime: '2030-01-01' },
    { type: 'away', returnTime: 1e300 },
    { type: 'away', url: 'https://evil.example/' },
  ],
  pickPhonebookFile: [{ path: '/etc/passwd' }],
  importPhonebook: [
    {},
    { replace: 'yes' },
    { replace: true, path: '/etc/passwd' },
    { replace: true, text: 'Name,Phone\nA,1' },
    { replace: true, mapping: { name: [0], company: null, numbers: [-1] } },
    { replace: true, mapping: { name: [0.5], company: null, numbers: [1] } },
    { replace: true, mapping: { name: [], company: null, numbers: Array.from({ length: 17 }, (_, i) => i) } },
    { replace: true, mapping: { name: [], numbers: [1] } },
  ],
  queryPhonebook: [
    {},
    { offset: 0, limit: 0 },
    { offset: 0, limit: 501 },
    { offset: 0, limit: 10, search: 'x'.repeat(101) },
  ],
  savePhonebookContact: [
    {},
    { name: 'A', company: null },
    { name: 'x'.repeat(129), company: null, numbers: ['1'] },
    { name: 'A', company: null, numbers: ['1'.repeat(65)] },
    { name: 'A', company: null, numbers: Array.from({ length: 17 }, () => '1') },
    { id: '../etc', name: 'A', company: null, numbers: ['1'] },
    { name: 'A', company: null, numbers: [1] },
  ],
  deletePhonebookContact: [{}, { id: '' }, { id: 'a b' }],
  addCallerToPhonebook: [{}, { callId: 7 }, { callId: 'c', number: '+442079460018' }],
};

function refused(answer: unknown, channel: RequestChannel): void {
  expect(answer).toMatchObject({ ok: false });
  if (channel === 'testConnection') {
    expect(answer).toMatchObject({ code: expect.any(String), message: expect.any(String) });
  } else {
    expect(answer).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
  }
}

describe('IPC validation', () => {
  for (const channel of REQUEST_CHANNELS) {
    it(`${channel}: every malformed payload gets an error answer`, async () => {
      for (const payload of [...COMMON_BAD, ...BAD[channel]]) {
        const answer = await companion.invoke(channel, payload);
        refused(answer, channel);
      }
    });
  }

  it('refuses an unknown channel with an answer', async () => {
    const answer = await companion.invoke('openUrl' as RequestChannel, { url: 'https://evil.example/' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    const proto = await companion.invoke('__proto__' as RequestChannel, {});
    expect(proto).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('refuses a url smuggled into openCrm, naming the field, and opens nothing', async () => {
    const answer = await companion.invoke('openCrm', { callId: 'call-1', url: 'https://evil.example/' });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
      fields: [{ path: 'url', message: expect.stringContaining('not part of the openCrm request') }],
    });
    expect(calls.filter((c) => c.startsWith('open'))).toEqual([]);
  });

  it('refuses settings carrying a password, with the field and the reason', async () => {
    const answer = await companion.invoke('saveSettings', {
      settings: { ...defaultSettings(), password: 'hunter2' },
    });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'settings-invalid' },
      fields: [{ path: 'password', message: expect.stringContaining('keychain') }],
    });
    expect(JSON.stringify(answer)).not.toContain('hunter2');
  });

  it('gives per-field problems for invalid settings, by dotted path', async () => {
    const settings = defaultSettings();
    const answer = await companion.invoke('saveSettings', {
      settings: { ...settings, server: { ...settings.server, port: 70000 } },
    });
    expect(answer).toMatchObject({ ok: false, fields: [{ path: 'server.port' }] });
  });

  it('never echoes a refused password in its answer', async () => {
    const long = 'S3cret-'.repeat(200);
    const answer = await companion.invoke('setPassword', { password: long });
    expect(JSON.stringify(answer)).not.toContain('S3cret-');
  });
});
