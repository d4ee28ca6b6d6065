// The layers of the app and what each may import: the one source of truth. eslint.config.js turns
// this into eslint-plugin-boundaries rules, and the "Folders and what they may import" table of
// docs/architecture.md is rendered from it (`npm run docs:layers`; a test fails when they differ).
//
// A new folder under src-main/ is one entry here (lint refuses files in a folder that has none).
// `imports`: other layers it may import at runtime; `typeImports`: layers it may only take types
// from (`import type`); `packages`: npm packages it may import (Node built-ins are allowed anywhere
// in src-main and nowhere in the renderer; `electron` at runtime only in src-main/electron).

/** @type {readonly import('./layers').Layer[]} */
export const LAYERS = [
  {
    name: 'i18n',
    folder: 'src-main/i18n',
    holds:
      'languages and the chosen locale, the message catalogues (typed keys from English), the translator, `Intl` formats, the pseudo-locale',
    imports: [],
    packages: ['intl-messageformat', '@formatjs/icu-messageformat-parser'],
    notes: 'pure; shared by main and the windows; [i18n.md](i18n.md)',
  },
  {
    name: 'common',
    folder: 'src-main/common',
    holds: '`Result`/`Problem`, `Clock`/`Random`, `Logger`, `Secret`',
    imports: [],
    typeImports: ['i18n'],
    notes: 'errors are values with a code and a sentence (English, and a message key to translate it)',
  },
  {
    name: 'protocol',
    folder: 'src-main/protocol',
    holds: 'profile, decode, encode, filters, connection target',
    imports: ['common', 'i18n'],
    notes: 'pure; [protocol-module.md](protocol-module.md)',
  },
  {
    name: 'session',
    folder: 'src-main/session',
    holds: '`EventSession`: states, backoff, heartbeat, failure classification, TLS trust',
    imports: ['common', 'protocol', 'i18n'],
    packages: ['ws'],
    notes: '[session.md](session.md)',
  },
  {
    name: 'live-api',
    folder: 'src-main/live-api',
    holds: '`LiveApiClient` over the same transport and classification',
    imports: ['common', 'protocol', 'session'],
    packages: ['zod'],
    notes: '[session.md](session.md)',
  },
  {
    name: 'calls',
    folder: 'src-main/calls',
    holds: '`CallTracker`, pop rules',
    imports: ['common'],
    typeImports: ['protocol'],
    notes: 'pure; [call-model.md](call-model.md)',
  },
  {
    name: 'presence',
    folder: 'src-main/presence',
    holds: '`PresenceTracker`, status types and colours',
    imports: ['common', 'protocol', 'session', 'i18n'],
    typeImports: ['live-api'],
    notes: '[presence.md](presence.md)',
  },
  {
    name: 'pipeline',
    folder: 'src-main/pipeline',
    holds: '`CallPipeline`, `checkConnection`, JSON-lines output',
    imports: ['common', 'protocol', 'session', 'live-api', 'calls', 'presence'],
    notes: 'one object for the app and the command line',
  },
  {
    name: 'discovery',
    folder: 'src-main/discovery',
    holds: '`Discovery`: listens to everything, proposes a protocol profile with its evidence',
    imports: ['common', 'protocol', 'session', 'i18n'],
    typeImports: ['live-api'],
    notes: '[isymphony-protocol.md](isymphony-protocol.md) §3.5',
  },
  {
    name: 'diagnostics',
    folder: 'src-main/diagnostics',
    holds: 'the diagnostics report: what it remembers (problems, event counts), how it is built and scrubbed',
    imports: ['common'],
    typeImports: ['protocol', 'session'],
    notes: '[cli.md](cli.md) `diagnose`, [companion.md](companion.md)',
  },
  {
    name: 'crm',
    folder: 'src-main/crm',
    holds: 'link templates, E.164 numbers, rules, the safe-URL policy',
    imports: ['common', 'i18n'],
    packages: ['libphonenumber-js'],
    notes: 'pure; [crm-links.md](crm-links.md)',
  },
  {
    name: 'lookup',
    folder: 'src-main/lookup',
    holds:
      'who is calling: the phonebook index (E.164, last digits), CSV and vCard import, the CRM lookup over HTTP (template, presets, cache), the lookup chain',
    imports: ['common', 'protocol', 'crm', 'i18n'],
    packages: ['papaparse', 'ical.js', 'libphonenumber-js'],
    notes: 'pure but for `crm-http.ts` (the fetch port); [lookup.md](lookup.md)',
  },
  {
    name: 'dialing',
    folder: 'src-main/dialing',
    holds:
      'call back and click-to-dial: what may be dialled, through the PBX (originate) or the `tel:` fallback',
    imports: ['common', 'protocol', 'crm', 'i18n'],
    typeImports: ['live-api'],
    notes: 'pure; [companion.md](companion.md), protocol notes §4.2',
  },
  {
    name: 'storage',
    folder: 'src-main/storage',
    holds: 'settings (zod schema, atomic file, migrations), history (JSON Lines), keychain',
    imports: ['common', 'protocol', 'lookup', 'i18n'],
    typeImports: ['crm'],
    packages: ['zod', 'keytar'],
    notes: 'the settings schema checks event kinds against the protocol profile',
  },
  {
    name: 'demo-server',
    folder: 'src-main/demo-server',
    holds: 'the iSymphony-compatible server',
    imports: ['common', 'protocol'],
    packages: ['ws', 'selfsigned'],
    notes: 'demo mode, tests, benchmarks',
  },
  {
    name: 'updates',
    folder: 'src-main/updates',
    holds:
      '`UpdateController`: when to check for updates, what the tray says, never installing during a call',
    imports: ['common', 'i18n'],
    notes:
      'pure; electron-updater behind `UpdaterPort` in `electron/updater.ts`; [desktop-shell.md](desktop-shell.md)',
  },
  {
    name: 'ipc',
    folder: 'src-main/ipc',
    holds:
      '`contract.ts`: the request table (payload schema, answer type, allowed windows per request; how an entry is declared in `request-spec.ts`, shared payload parts in `request-payloads.ts`); `views.ts` (with `*-views.ts`): the state and answers both processes see',
    // presence: the status name and note limits of setStatus; zod: types only (main builds the schemas).
    imports: ['protocol', 'presence'],
    typeImports: ['common', 'storage', 'i18n', 'lookup'],
    packages: ['zod'],
    notes:
      'the renderer imports `views.ts` at runtime and `contract.ts` for types only; the preload imports the table, which needs no zod at runtime',
  },
  {
    name: 'app',
    folder: 'src-main/app',
    holds:
      'the app: `create-companion.ts` (the composition root) builds the services and parts of one job each (mode, connection, settings, keychain, live calls, pop lifecycle, presence, history, operations); the `Companion` is their life cycle and implements the IPC contract',
    imports: [
      'common',
      'protocol',
      'session',
      'live-api',
      'calls',
      'presence',
      'pipeline',
      'crm',
      'dialing',
      'storage',
      'demo-server',
      'discovery',
      'diagnostics',
      'ipc',
      'lookup',
      'i18n',
    ],
    packages: ['zod'],
    notes: 'never `electron`; runs the demo server in-process; [companion.md](companion.md)',
  },
  {
    name: 'electron',
    folder: 'src-main/electron',
    holds:
      'the **only** runtime importer of `electron`: entry, windows, protocol, IPC wiring, preload, tray, notifications, pop window, power',
    imports: ['common', 'app', 'ipc', 'updates', 'i18n'],
    packages: ['electron', 'electron-updater'],
    notes: '[desktop-shell.md](desktop-shell.md)',
  },
  {
    name: 'cli',
    folder: 'src-main/cli',
    holds: '`isymphony-companion` commands, one lazily loaded module each',
    imports: [
      'common',
      'protocol',
      'session',
      'live-api',
      'presence',
      'pipeline',
      'discovery',
      'diagnostics',
      'crm',
      'dialing',
      'demo-server',
      'lookup',
      'storage',
    ],
    notes: '[cli.md](cli.md)',
  },
  {
    name: 'renderer',
    folder: 'src-renderer',
    holds: 'the Svelte 5 screens; talk to main only through `window.companion`',
    imports: ['ipc', 'i18n'],
    packages: ['svelte'],
    notes: 'a sandboxed web page: no Node modules',
  },
];

const list = (names) => names ?? [];

/** The boundaries plugin's element descriptors: one element type per layer, by folder. */
export function boundaryElements(layers = LAYERS) {
  return layers.map((layer) => ({ type: layer.name, pattern: layer.folder }));
}

/** Anywhere in src-main: Node's built-ins, and the types (never the code) of `electron`. */
const MAIN_EVERYWHERE = [
  { to: { module: { origin: 'core' } } },
  { to: { module: { origin: 'external', source: 'electron' } }, dependency: { kind: 'type' } },
];

/** The policies of `boundaries/dependencies`, whose default is to disallow (npm and Node modules too). */
export function boundaryPolicies(layers = LAYERS) {
  return layers.flatMap((layer) => {
    const from = { element: { type: layer.name } };
    const allowed = [];
    if (list(layer.imports).length > 0) allowed.push({ to: { element: { types: list(layer.imports) } } });
    if (list(layer.typeImports).length > 0) {
      allowed.push({ to: { element: { types: list(layer.typeImports) } }, dependency: { kind: 'type' } });
    }
    if (list(layer.packages).length > 0) {
      allowed.push({ to: { module: { origin: 'external', source: list(layer.packages) } } });
    }
    if (layer.folder.startsWith('src-main/')) allowed.push(...MAIN_EVERYWHERE);
    return allowed.map((allow) => ({ from, allow }));
  });
}

const code = (names) => names.map((name) => `\`${name}\``).join(', ');

/** The "Folders and what they may import" table of docs/architecture.md. */
export function layerTable(layers = LAYERS) {
  const rows = layers.map((layer) => {
    const mayImport = [
      list(layer.imports).length > 0 ? code(list(layer.imports)) : '',
      list(layer.typeImports).length > 0 ? `types of ${code(list(layer.typeImports))}` : '',
      list(layer.packages).length > 0 ? `npm ${code(list(layer.packages))}` : '',
    ].filter((part) => part !== '');
    const cells = [
      `\`${layer.folder}/\``,
      layer.holds,
      mayImport.length > 0 ? mayImport.join('; ') : 'nothing',
      layer.notes ?? '',
    ];
    return `| ${cells.join(' | ')} |`;
  });
  return ['| folder | holds | may import | notes |', '|---|---|---|---|', ...rows].join('\n');
}
