import { EXIT_USAGE, type Command, type CommandIo } from './io';

/**
 * `isymphony-companion <command> …`. Each command lives in its own module under commands/ and
 * is loaded only when asked for, so `link` does not pay for the websocket stack.
 */
const COMMANDS: Readonly<Record<string, { summary: string; load: () => Promise<Command> }>> = {
  // Commands register here: name → summary and a lazy import of commands/<name>.ts.
  link: {
    summary: 'print the CRM link a template makes for a call',
    load: () => import('./commands/link').then((m) => m.linkCommand),
  },
  lookup: {
    summary: 'name the caller of a number from phonebook files, as the app does',
    load: () => import('./commands/lookup').then((m) => m.lookupCommand),
  },
  'demo-server': {
    summary: 'run the built-in iSymphony-compatible server with demo calls',
    load: () => import('./commands/demo-server').then((m) => m.demoServerCommand),
  },
  watch: {
    summary: "follow one user's calls and print them as JSON lines",
    load: () => import('./commands/watch').then((m) => m.watchCommand),
  },
  discover: {
    summary: 'find which events the server sends for calls, and print a protocol profile',
    load: () => import('./commands/discover').then((m) => m.discoverCommand),
  },
  check: {
    summary: 'connect once and say whether the connection works, or why not',
    load: () => import('./commands/check').then((m) => m.checkCommand),
  },
  dial: {
    summary: 'have the PBX call a number from an extension (the app\'s "Call back")',
    load: () => import('./commands/dial').then((m) => m.dialCommand),
  },
  diagnose: {
    summary: 'print a diagnostics report for a support ticket (never the password)',
    load: () => import('./commands/diagnose').then((m) => m.diagnoseCommand),
  },
  'store-password': {
    summary: "put the manager password in this user's keychain, read from standard input",
    load: () => import('./commands/store-password').then((m) => m.storePasswordCommand),
  },
  status: {
    summary: "print or set one user's iSymphony presence status",
    load: () => import('./commands/status').then((m) => m.statusCommand),
  },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(12)} ${c.summary}`);
  return `Usage: isymphony-companion <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun a command with --help for its options.\n`;
}

export async function runCli(io: CommandIo): Promise<number> {
  const [name, ...rest] = io.argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout)(usage());
    return name === undefined ? EXIT_USAGE : 0;
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!entry) {
    io.stderr(`isymphony-companion: unknown command "${name}".\n\n${usage()}`);
    return EXIT_USAGE;
  }
  const command = await entry.load();
  return command({ ...io, argv: rest });
}
