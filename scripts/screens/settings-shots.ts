/** The screenshot list's Settings screens, and detecting the server's call events. */
import { refList } from '../../src-main/i18n/message-ref';
import { failFields } from '../../src-main/app/answers';
import { problemSaid } from '../../src-main/i18n/english';
import { validateSettings } from '../../src-main/storage/settings-schema';
import { readImport } from '../../src-main/storage/settings-transfer';
import { sampleState } from '../../test/support/scripted-backend';
import { settings, BAD_IMPORT, type Shot } from './fixtures';

export const SETTINGS_SHOTS: readonly Shot[] = [
  {
    name: 'settings',
    page: 'index',
    viewport: { width: 1000, height: 1800 },
    state: sampleState({ settings: settings() }),
    act: async (page) => {
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByTestId('crm-preview').first().waitFor();
      await page.waitForTimeout(400);
    },
  },
  {
    name: 'settings-address',
    page: 'index',
    viewport: { width: 1000, height: 1000 },
    state: sampleState({
      settings: {
        ...settings(),
        server: { host: '', port: 58080, tls: false, trustedCertificateSha256: null },
      },
    }),
    element: '#server',
    act: async (page) => {
      await page.getByRole('button', { name: 'Settings' }).click();
      // A paste, as the page sees one.
      await page.getByLabel('Host', { exact: true }).evaluate((input) => {
        const field = input as unknown as { value: string; dispatchEvent(event: unknown): boolean };
        field.value = 'wss://pbx.example.com:55050/';
        const Input = (globalThis as unknown as { InputEvent: new (t: string, i: object) => unknown })
          .InputEvent;
        field.dispatchEvent(new Input('input', { inputType: 'insertFromPaste', bubbles: true }));
      });
      await page.getByTestId('host-note').waitFor();
    },
  },
  {
    name: 'settings-pops',
    page: 'index',
    viewport: { width: 1000, height: 1400 },
    state: sampleState({
      settings: { ...settings(), popDisplay: 9, popCorner: 'top-right' },
      displays: [
        { id: 7, place: 1, name: 'DELL U2719D', width: 2560, height: 1440, primary: false },
        { id: 9, place: 2, name: 'Built-in display', width: 1920, height: 1080, primary: true },
      ],
    }),
    element: '#pops',
    act: async (page) => {
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.locator('#pops').scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'settings-shortcut',
    page: 'index',
    viewport: { width: 1000, height: 1400 },
    state: sampleState({
      settings: settings(),
      // As main's shortcut registry says it (electron/shortcuts.ts).
      shortcutProblem: problemSaid('shortcut-taken', 'problem.shortcutTaken', {
        accelerator: 'CommandOrControl+Shift+K',
      }),
    }),
    element: '#general',
    act: async (page) => {
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.locator('#general').scrollIntoViewIfNeeded();
      await page.getByTestId('shortcut-recorder').click();
      await page.keyboard.down('Control');
      await page.keyboard.down('Alt');
    },
  },
  {
    name: 'settings-sound',
    page: 'index',
    viewport: { width: 1000, height: 1400 },
    state: sampleState({ settings: { ...settings(), ringSound: 'chime', ringVolume: 60 } }),
    element: '#sound',
    act: async (page) => {
      await page.getByRole('button', { name: 'Settings' }).click();
      // Scrolled to, not chosen in the section nav: the nav is hidden below 640 px (the 200 % test).
      await page.locator('#sound').scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'settings-transfer',
    page: 'index',
    viewport: { width: 1000, height: 1400 },
    state: sampleState({ settings: settings() }),
    element: '#transfer',
    prepare: (backend) => {
      // A file with three problems: each said in plain words, nothing changed.
      backend.handlers.importSettings = async () => {
        const read = readImport(BAD_IMPORT, settings());
        return read.ok ? { ok: true, value: null } : failFields(read.error);
      };
    },
    act: async (page) => {
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.locator('#transfer').scrollIntoViewIfNeeded();
      await page.getByRole('button', { name: 'Import settings…' }).click();
      await page.getByTestId('transfer-result').getByRole('listitem').first().waitFor();
    },
  },
  {
    name: 'settings-lines',
    page: 'index',
    viewport: { width: 1000, height: 1400 },
    state: sampleState({
      settings: {
        ...settings(),
        didLabels: [
          { did: '0800 123 456', label: 'Acme – Sales' },
          { did: '020 7946 0000', label: 'Acme – Support' },
        ],
      },
    }),
    element: '#identity',
    act: async (page) => {
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.locator('#identity').scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'settings-invalid',
    page: 'index',
    viewport: { width: 1000, height: 800 },
    state: sampleState({
      settings: settings(),
      keychain: {
        passwordStored: false,
        where: 'none',
        // As main's secret store says it on Linux without a Secret Service.
        problem: problemSaid('keychain-unavailable', 'problem.keychainUnavailableLinux'),
      },
    }),
    prepare: (backend) => {
      // Main's answer to a host with a space and a port out of range (storage/settings-schema.ts).
      const server = { ...settings().server, host: 'pbx example.com', port: 0 };
      const valid = validateSettings({ ...settings(), server });
      backend.handlers.saveSettings = () => (valid.ok ? { ok: true, value: null } : failFields(valid.error));
    },
    act: async (page) => {
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByLabel('Host', { exact: true }).fill('pbx example.com');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.getByTestId('field-error').first().waitFor();
      await page.locator('.sections').evaluate((el) => (el.scrollTop = 0));
    },
  },
  {
    name: 'detect-calls',
    page: 'index',
    viewport: { width: 900, height: 700 },
    state: sampleState({
      detection: {
        kind: 'result',
        confidence: 'high',
        headline: { key: 'detection.headline.high' },
        lines: [
          ...(
            [
              ['dial', 'CallRinging'],
              ['link', 'CallConnected'],
              ['linkEnd', 'CallDisconnected'],
              ['hangup', 'ChannelClosed'],
            ] as const
          ).map(([kind, name]) => ({
            label: { key: `detection.line.${kind}` } as const,
            value: { key: 'detection.value.event', values: { name } } as const,
            decided: true,
          })),
          {
            label: { key: 'detection.line.caller' },
            value: { key: 'detection.value.caller', values: { suffix: '2' } },
            decided: true,
          },
          {
            label: { key: 'detection.line.fields' },
            value: refList(
              { key: 'detection.value.field', values: { field: 'callerIdName', name: 'cidName' } },
              { key: 'detection.value.field', values: { field: 'callerIdNumber', name: 'cidNum' } },
              { key: 'detection.value.field', values: { field: 'did', name: 'dialedNumber' } },
              { key: 'detection.value.field', values: { field: 'extensionNumber', name: 'exten' } },
            ),
            decided: true,
          },
        ],
        evidence: [{ key: 'detection.evidence.seen', values: { events: 12, types: 6, mentions: 5 } }],
        canApply: true,
        applied: false,
      },
    }),
    act: async (page) => {
      await page
        .getByTestId('detection-dialog')
        .getByRole('button', { name: 'Apply', exact: true })
        .waitFor();
    },
  },
  {
    name: 'call-check',
    page: 'index',
    viewport: { width: 900, height: 420 },
    state: sampleState({ detection: { kind: 'idle', offer: true } }),
  },
];
